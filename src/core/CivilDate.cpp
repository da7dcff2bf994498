#include "CivilDate.h"

#include "core/TextPolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

// The date of year, month and day, or what is wrong with them; `monthText` as it was written.
Result<QDate> fromParts(const QString& shown, int year, int month, const QString& monthText, int day)
{
    if (year < 1900)
        return makeError(Tr::tr("'%1': the year %2 is before 1900").arg(shown).arg(year));
    if (month < 1 || month > 12)
        return makeError(Tr::tr("'%1': there is no month %2").arg(shown, monthText));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        if (month == 2 && day == 29)
            return makeError(Tr::tr("'%1': %2 is not a leap year").arg(shown).arg(year));
        const QString monthName = Tr::tr(kMonths[month - 1]);
        return makeError(Tr::tr("'%1': %2 has %3 days").arg(shown, monthName).arg(days));
    }
    return QDate(year, month, day);
}

} // namespace

Result<QDate> parse(QStringView text)
{
    const QString shown = TextPolicy::echo(text.toString()); // a value cut to a readable length
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-') || !allDigits(text.mid(0, 4))
        || !allDigits(text.mid(5, 2)) || !allDigits(text.mid(8, 2)))
        return makeError(Tr::tr("'%1' is not a date in the form YYYY-MM-DD").arg(shown));
    return fromParts(shown, text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(5, 2).toString(),
                     text.mid(8, 2).toInt());
}

Result<QDate> parseTyped(QStringView typed)
{
    const QString text = typed.trimmed().toString();
    if (text.isEmpty())
        return QDate();
    const QString shown = TextPolicy::echo(text); // a value cut to a readable length
    // A form takes the years the window can show (the import takes any year from 1900 on).
    const auto fromParts
        = [](const QString& echoed, int year, int month, const QString& monthText, int day) -> Result<QDate> {
        if (year > 2100)
            return makeError(Tr::tr("'%1': the year %2 is after 2100").arg(echoed).arg(year));
        return CivilDate::fromParts(echoed, year, month, monthText, day);
    };
    // Day, month and year with a dot, a slash, a dash or a space between; or the ISO form.
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[./ -](\\d{1,2})[./ -](\\d+)$"));
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})$"));
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        if (m.capturedLength(3) != 4)
            return makeError(Tr::tr("'%1': write the year with four digits (15.11.2026)").arg(shown));
        return fromParts(shown, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(2), m.captured(1).toInt());
    }
    if (const auto m = yearFirst.match(text); m.hasMatch())
        return fromParts(shown, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(2), m.captured(3).toInt());
    // Eight digits: day, month, year (15112026) — or year, month, day (20261115): the year is 1900–2100,
    // so at most one of the two readings is a date.
    if (text.size() == 8 && allDigits(text)) {
        auto dayMonthYear
            = fromParts(shown, text.mid(4, 4).toInt(), text.mid(2, 2).toInt(), text.mid(2, 2), text.left(2).toInt());
        if (dayMonthYear)
            return dayMonthYear;
        if (auto yearMonthDay
            = fromParts(shown, text.left(4).toInt(), text.mid(4, 2).toInt(), text.mid(4, 2), text.mid(6, 2).toInt()))
            return yearMonthDay;
        return dayMonthYear;
    }
    if (allDigits(text) && (text.size() == 6 || text.size() == 4))
        return makeError(Tr::tr("'%1': write the year with four digits (15.11.2026)").arg(shown));
    return makeError(Tr::tr("'%1' is not a date: write the day, the month and the year (15.11.2026)").arg(shown));
}

QDate fromStore(const char* text, qsizetype length)
{
    if (!text || length != 10)
        return {};
    const auto number = [text](int at, int digits) {
        int v = 0;
        for (int i = at; i < at + digits; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
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
