#pragma once
// Calendar dates as the import files and the store write them: YYYY-MM-DD, no time zone.
// Parsing is strict and says exactly what is wrong ("November has 30 days", "month 00", …).
#include "core/Result.h"

#include <QDate>
#include <QString>

namespace reper::CivilDate {

Result<QDate> parse(QStringView text);
QString format(const QDate& date); // YYYY-MM-DD, empty for a null date
QString display(const QDate& date); // dd.MM.yyyy, as Romanian forms show it

} // namespace reper::CivilDate
