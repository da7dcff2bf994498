#pragma once
// One figure of the home page: a large number and what it counts.
#include <QFrame>

class QLabel;

namespace reper {

class FigureTile : public QFrame
{
    Q_OBJECT
public:
    FigureTile(const QString& caption, QWidget* parent = nullptr);
    void setValue(qint64 value);
    QString valueText() const;

private:
    QLabel* m_value;
    QLabel* m_caption;
};

} // namespace reper
