#pragma once
// Names, addresses and phone numbers that look Romanian (ă â î ș ț, comma-below) and belong to no
// one: first and last names by sex, with Hungarian names where Hungarian is spoken and a few names
// for foreign citizens; street addresses in county seats and rural addresses (sat, comună, județ),
// both with commas inside.
#include "generator/Random.h"

#include <string>

namespace reper::gen::SyntheticNames {

enum class Origin { Romanian, Hungarian, Moldovan, Ukrainian, Bulgarian, Vietnamese, Filipino, Nepali };

// The naming tradition of a person of that citizenship living in that county.
Origin originOf(Random& random, const std::string& citizenship, const std::string& countyCode);
std::string firstName(Random& random, bool female, Origin origin);
std::string lastName(Random& random, bool female, Origin origin);
// "Str. Zorilor nr. 56, Focșani", "Str. Republicii nr. 91, bl. B19, sc. 1, ap. 11, București", …
std::string urbanAddress(Random& random, const std::string& city);
// "sat Gârcina, com. Dealu Frumos, jud. Neamț"
std::string ruralAddress(Random& random, const std::string& countyName);
// 07xxxxxxxx or 07xx xxx xxx
std::string phone(Random& random);

} // namespace reper::gen::SyntheticNames
