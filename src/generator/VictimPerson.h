#pragma once
// The person columns of a victim (victims.csv repeats them on every identification row, and they
// must agree). They are drawn from the victim's own random stream, so a re-identification years
// later rebuilds exactly the same values without keeping them in memory.
#include "generator/CivilDay.h"
#include "generator/GeneratorContext.h"

#include <string>

namespace reper::gen {

struct VictimPerson
{
    std::string sex; // F, M, U
    int birthDay = CivilDay::kNoDay; // a CivilDay day number
    int birthYear = 0; // written only when the birth date is not: 0 is "not given"
    int ageAtFirst = 0; // whole years at the first notification
    std::string citizenship;
    std::string county;
    std::string residenceEnv;
    std::string education;
    std::string lastName;
    std::string firstName;
    std::string cnp;
    std::string address;
    std::string phone;
    std::string notes;

    bool female() const { return sex == "F"; }
    bool minorAt(int day) const;
};

// The person of victim number `victimIndex`, first notified on `firstDay` to `center`.
VictimPerson makeVictimPerson(const GeneratorContext& context, qint64 victimIndex, int firstDay, int center);

// A valid CNP: sex and century digit, birth date, county number, serial, check digit.
std::string makeCnp(Random& random, bool male, int birthDay, int countyNumber);

} // namespace reper::gen
