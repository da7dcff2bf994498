#pragma once
// A count (participants, materials, attendees): digits only, never negative. When optional, its
// lowest value stands for "not given" and shows a dash.
#include <QSpinBox>
#include <optional>

namespace reper {

class CountEdit : public QSpinBox
{
    Q_OBJECT
public:
    explicit CountEdit(QWidget* parent = nullptr);

    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    std::optional<qint64> count() const;
    void setCount(std::optional<qint64> count);

private:
    bool m_optional = false;
};

} // namespace reper
