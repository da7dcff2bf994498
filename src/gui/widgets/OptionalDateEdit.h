#pragma once
// A date field: the date typed as people write it — 15.11.2026, 1.2.2019, 15112026, a pasted
// 2026-11-15 (CivilDate::parseTyped) — or chosen in a calendar (the button at its end, Alt+Down or
// F4). Leaving the field shows the date understood as dd.MM.yyyy; text that is no date stays as
// typed, framed in red, and problem() says why, so a form refuses to save it rather than store a
// date nobody typed. Blank is "not given". Up and Down move a date by a day.
#include <QDate>
#include <QLineEdit>
#include <optional>

class QCalendarWidget;

namespace reper {

class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // Optional fields accept "not given" (blank); required ones are checked by their form.
    void setOptional(bool optional) { m_optional = optional; }
    bool isOptional() const { return m_optional; }

    QDate value() const; // null when blank or not a date
    void setValue(const QDate& date);
    void clearValue();
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    // Why the text is not a date ("'31.11.2026': November has 30 days"); nothing when it is one or blank.
    std::optional<QString> problem() const;

    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

Q_SIGNALS:
    // On every change of the text: the date it holds (null when blank or not a date).
    void valueChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void tidy();
    void showState();
    void retranslate();
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QAction* m_calendarAction = nullptr;
    bool m_optional = true;
};

} // namespace reper
