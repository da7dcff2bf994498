#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

namespace reper {

namespace {
// One day before the earliest date the store accepts stands for "not given".
const QDate kNotGiven(1899, 12, 31);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setCalendarPopup(true);
    setMinimumDate(kNotGiven);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    setDate(kNotGiven);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    calendarWidget()->setLocale(QLocale());
    calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    connect(this, &QDateEdit::dateChanged, this, [this](const QDate&) { Q_EMIT valueChanged(value()); });
}

QDate OptionalDateEdit::value() const { return date() == kNotGiven ? QDate() : date(); }

void OptionalDateEdit::setValue(const QDate& date) { setDate(date.isValid() ? date : kNotGiven); }

void OptionalDateEdit::clearValue() { setDate(kNotGiven); }

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool digit = !event->text().isEmpty() && event->text().at(0).isDigit();
    if (isEmpty() && digit) {
        // Start from today: the typed digit replaces the day.
        setDate(QDate::currentDate());
        setSelectedSection(QDateTimeEdit::DaySection);
    } else if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
               && (lineEdit()->selectedText() == lineEdit()->text() || isEmpty())) {
        clearValue();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    if (isEmpty())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    QDateEdit::mousePressEvent(event);
    if (isEmpty())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
}

} // namespace reper
