#include "VictimAge.h"

namespace reper::VictimAge {

std::optional<int> on(const QDate& day, const QDate& birthDate, std::optional<int> birthYear)
{
    if (!day.isValid())
        return std::nullopt;
    if (birthDate.isValid()) {
        int age = day.year() - birthDate.year();
        if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
            --age;
        return age;
    }
    if (birthYear)
        return day.year() - *birthYear;
    return std::nullopt;
}

QString bilantGroup(int age)
{
    if (age <= 13)
        return QStringLiteral("0-13");
    if (age <= 17)
        return QStringLiteral("14-17");
    if (age <= 25)
        return QStringLiteral("18-25");
    if (age <= 35)
        return QStringLiteral("26-35");
    return QStringLiteral("36+");
}

} // namespace reper::VictimAge
