#pragma once
// A victim's age on a day, as every figure counts it (docs/counting-rules.md): whole years
// completed on that day with a birth date; the day's year minus the birth year with only a birth
// year; unknown with neither.
#include <QDate>
#include <QString>
#include <optional>

namespace reper::VictimAge {

std::optional<int> on(const QDate& day, const QDate& birthDate, std::optional<int> birthYear);

// The bilanț's age group of an age: "0-13", "14-17", "18-25", "26-35", "36+" (domain.md).
QString bilantGroup(int age);

} // namespace reper::VictimAge
