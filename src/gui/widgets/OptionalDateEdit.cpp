#include "OptionalDateEdit.h"

#include "core/CivilDate.h"
#include "gui/common/Appearance.h"
#include "gui/common/UiLanguage.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QScreen>
#include <QVBoxLayout>

namespace reper {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_popup(new QWidget(this, Qt::Popup))
    , m_calendar(new QCalendarWidget(m_popup))
{
    setMaxLength(32);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 48);
    m_calendarAction = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    connect(m_calendarAction, &QAction::triggered, this, &OptionalDateEdit::showCalendar);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setMinimumDate(QDate(1900, 1, 1));
    m_calendar->setMaximumDate(QDate(2100, 12, 31));
    m_calendar->setGridVisible(true);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& date) {
        m_popup->hide();
        setValue(date);
        setFocus(Qt::PopupFocusReason);
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate& date) {
        m_popup->hide();
        setValue(date);
        setFocus(Qt::PopupFocusReason);
    });
    connect(this, &QLineEdit::textChanged, this, [this] {
        showState();
        Q_EMIT valueChanged(value());
    });
    connect(this, &QLineEdit::editingFinished, this, &OptionalDateEdit::tidy);
    retranslate();
}

QDate OptionalDateEdit::value() const
{
    const auto date = CivilDate::parseTyped(text());
    return date ? *date : QDate();
}

void OptionalDateEdit::setValue(const QDate& date) { setText(CivilDate::display(date)); }

void OptionalDateEdit::clearValue() { clear(); }

std::optional<QString> OptionalDateEdit::problem() const
{
    const auto date = CivilDate::parseTyped(text());
    if (date)
        return std::nullopt;
    return date.error().message;
}

// The date understood, written back as dd.MM.yyyy once the field is left (15112026 → 15.11.2026).
void OptionalDateEdit::tidy()
{
    const QDate date = value();
    if (date.isValid() && text() != CivilDate::display(date))
        setValue(date);
}

void OptionalDateEdit::showState()
{
    const auto why = problem();
    setStyleSheet(why ? QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 3px; }")
                            .arg(Appearance::problemColour(this).name())
                      : QString());
    setToolTip(why ? *why : tr("Type the date (15.11.2026) or choose it in the calendar (Alt+Down)"));
    setAccessibleDescription(why ? *why : QString());
}

void OptionalDateEdit::showCalendar()
{
    const QDate shown = value().isValid() ? value() : QDate::currentDate();
    m_calendar->setLocale(UiLanguage::locale());
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* s = screen()) {
        const QRect room = s->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool opens = (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)
        || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier);
    if (opens && !isReadOnly()) {
        showCalendar();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && event->modifiers() == Qt::NoModifier
        && !isReadOnly() && value().isValid()) {
        const QDate next = value().addDays(event->key() == Qt::Key_Up ? 1 : -1);
        if (next.year() >= 1900 && next.year() <= 2100)
            setValue(next);
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OptionalDateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void OptionalDateEdit::retranslate()
{
    setPlaceholderText(tr("dd.mm.yyyy"));
    m_calendarAction->setText(tr("Choose in the calendar"));
    m_calendarAction->setToolTip(tr("Choose in the calendar (Alt+Down)"));
    showState();
}

} // namespace reper
