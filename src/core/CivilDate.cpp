#include "CivilDate.h"

#include "core/TextPolicy.h"

#include <QCoreApplication>
#include <QLocale>

namespace reper::CivilDate {

namespace {

// The messages of this file, for lupdate and the translators (context "CivilDate").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CivilDate)
};

// Month names are part of the message, so they are translated with it (the window is Romanian).
const char* const kMonths[] = {
    QT_TRANSLATE_NOOP("CivilDate", "January"),   QT_TRANSLATE_NOOP("CivilDate", "February"),
    QT_TRANSLATE_NOOP("CivilDate", "March"),     QT_TRANSLATE_NOOP("CivilDate", "April"),
    QT_TRANSLATE_NOOP("CivilDate", "May"),       QT_TRANSLATE_NOOP("CivilDate", "June"),
    QT_TRANSLATE_NOOP("CivilDate", "July"),      QT_TRANSLATE_NOOP("CivilDate", "August"),
    QT_TRANSLATE_NOOP("CivilDate", "September"), QT_TRANSLATE_NOOP("CivilDate", "October"),
    QT_TRANSLATE_NOOP("CivilDate", "November"),  QT_TRANSLATE_NOOP("CivilDate", "December"),
};

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

} // namespace

Result<QDate> parse(QStringView text)
{
    const QString shown = TextPolicy::echo(text.toString()); // a value cut to a readable length
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-') || !allDigits(text.mid(0, 4))
        || !allDigits(text.mid(5, 2)) || !allDigits(text.mid(8, 2)))
        return makeError(Tr::tr("'%1' is not a date in the form YYYY-MM-DD").arg(shown));
    const int year = text.mid(0, 4).toInt();
    const int month = text.mid(5, 2).toInt();
    const int day = text.mid(8, 2).toInt();
    if (year < 1900)
        return makeError(Tr::tr("'%1': the year %2 is before 1900").arg(shown).arg(year));
    if (month < 1 || month > 12)
        return makeError(Tr::tr("'%1': there is no month %2").arg(shown, text.mid(5, 2).toString()));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        if (month == 2 && day == 29)
            return makeError(Tr::tr("'%1': %2 is not a leap year").arg(shown).arg(year));
        const QString monthName = Tr::tr(kMonths[month - 1]);
        return makeError(Tr::tr("'%1': %2 has %3 days").arg(shown, monthName).arg(days));
    }
    return QDate(year, month, day);
}

QString format(const QDate& date)
{
    if (!date.isValid())
        return {};
    // By hand: QDate::toString goes through the locale machinery, and an import formats millions.
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    const char16_t text[10] = {char16_t('0' + y / 1000 % 10),
                               char16_t('0' + y / 100 % 10),
                               char16_t('0' + y / 10 % 10),
                               char16_t('0' + y % 10),
                               u'-',
                               char16_t('0' + m / 10),
                               char16_t('0' + m % 10),
                               u'-',
                               char16_t('0' + d / 10),
                               char16_t('0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QString display(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString(); }

} // namespace reper::CivilDate
