#pragma once
// A date field shown as dd.MM.yyyy with a calendar. When the date may be left out, its lowest value
// stands for "not given" (shown as a dash): typing a digit starts from today, Delete empties it,
// and the calendar opens on the current month rather than in 1900.
#include <QDateEdit>

namespace reper {

class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // Optional fields accept "not given"; required ones start empty too until a date is chosen.
    void setOptional(bool optional) { m_optional = optional; }
    bool isOptional() const { return m_optional; }

    QDate value() const; // null when not given
    void setValue(const QDate& date);
    void clearValue();
    bool isEmpty() const { return date() == minimumDate(); }

Q_SIGNALS:
    void valueChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    bool m_optional = true;
};

} // namespace reper
