#pragma once
// Calendar dates as the import files and the store write them: YYYY-MM-DD, no time zone.
// Parsing is strict and says exactly what is wrong ("November has 30 days", "month 00", …).
#include "core/Result.h"

#include <QDate>
#include <QString>

namespace reper::CivilDate {

Result<QDate> parse(QStringView text);
// A date as people type it into a form: 15.11.2026, 1.2.2019 (also with / or - between), 15112026,
// or a pasted 2026-11-15; a null date for blank text. Anything else is refused with what is wrong
// ("'31.11.2026': November has 30 days", "write the year with four digits"), never guessed.
Result<QDate> parseTyped(QStringView text);
QString format(const QDate& date); // YYYY-MM-DD, empty for a null date
// A date as the store wrote it (format()'s ten characters), read fast for a list or a report's
// rows on either engine: only its length is checked, a null date for anything else.
QDate fromStore(const char* text, qsizetype length);
QString display(const QDate& date); // dd.MM.yyyy, as Romanian forms show it

} // namespace reper::CivilDate
