#pragma once
// A victim's age on a day, as every figure counts it (docs/counting-rules.md): whole years
// completed on that day with a birth date; the day's year minus the birth year with only a birth
// year; unknown with neither.
#include <QDate>
#include <optional>

namespace reper::VictimAge {

std::optional<int> on(const QDate& day, const QDate& birthDate, std::optional<int> birthYear);

} // namespace reper::VictimAge
