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

} // namespace reper::VictimAge
