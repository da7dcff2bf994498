#include "VictimPerson.h"

#include "core/Cnp.h"
#include "generator/CivilDay.h"
#include "generator/SyntheticNames.h"
#include "generator/SyntheticTexts.h"
#include "generator/Weighted.h"

#include <algorithm>

namespace reper::gen {

namespace {

const Weighted<const char*> kSex = {{"F", 78}, {"M", 21}, {"U", 1}};
const Weighted<const char*> kForeignCitizenship = {{"MD", 45}, {"UA", 25}, {"BG", 10}, {"VN", 8}, {"PH", 7}, {"NP", 5}};
const Weighted<const char*> kResidence = {{"rural", 57}, {"urban", 37}, {"", 6}};
const Weighted<const char*> kEducation = {{"lower_secondary", 40}, {"primary", 18}, {"upper_secondary", 14},
                                          {"vocational", 7},       {"none", 6},     {"unknown", 5},
                                          {"post_secondary", 1},   {"tertiary", 1}, {"", 5}};
// Age at first notification: 10–13, 14–17, 18–25, 26–35, 36–50.
const Weighted<std::pair<int, int>> kAge
    = {{{10, 13}, 8}, {{14, 17}, 30}, {{18, 25}, 30}, {{26, 35}, 18}, {{36, 50}, 14}};

int sameDayYearsBefore(int day, int years)
{
    int y = 0, m = 0, d = 0;
    CivilDay::toDate(day, y, m, d);
    return CivilDay::fromDate(y - years, m, std::min(d, m == 2 ? 28 : d));
}

std::string fitEducation(std::string education, int age)
{
    if (age < 14 && education != "none" && education != "primary" && education != "unknown" && !education.empty())
        return "lower_secondary";
    if (age < 21 && (education == "tertiary" || education == "post_secondary"))
        return "upper_secondary";
    return education;
}

} // namespace

bool VictimPerson::minorAt(int day) const
{
    if (birthDay != CivilDay::kNoDay)
        return sameDayYearsBefore(day, 18) < birthDay;
    if (birthYear > 0)
        return CivilDay::year(day) - birthYear < 18;
    return false;
}

std::string makeCnp(Random& random, bool male, int birthDay, int countyNumber)
{
    int y = 0, m = 0, d = 0;
    CivilDay::toDate(birthDay, y, m, d);
    const int sexDigit = y < 2000 ? (male ? 1 : 2) : (male ? 5 : 6);
    const int serial = random.between(1, 999);
    char digits[14];
    const int values[12]
        = {sexDigit,          y / 10 % 10,       y % 10,       m / 10,           m % 10,     d / 10, d % 10,
           countyNumber / 10, countyNumber % 10, serial / 100, serial / 10 % 10, serial % 10};
    for (int i = 0; i < 12; ++i)
        digits[i] = char('0' + values[i]);
    digits[12] = char('0' + Cnp::checkDigit(QString::fromLatin1(digits, 12)));
    digits[13] = '\0';
    return digits;
}

VictimPerson makeVictimPerson(const GeneratorContext& context, qint64 victimIndex, int firstDay, int center)
{
    Random random = context.random(Purpose::Person, quint64(victimIndex));
    const Regions& regions = context.regions();
    VictimPerson p;
    p.sex = kSex.pick(random);
    const bool foreign = random.chance(0.03);
    p.citizenship = foreign ? kForeignCitizenship.pick(random) : "RO";
    const int county = regions.pickCounty(random, center);
    const CountyInfo& countyInfo = regions.county(county);
    if (!foreign || random.chance(0.5))
        p.county = countyInfo.code;
    p.residenceEnv = foreign ? (random.chance(0.7) ? "urban" : "") : kResidence.pick(random);

    const auto [youngest, oldest] = kAge.pick(random);
    p.ageAtFirst = random.between(youngest, oldest);
    p.education = fitEducation(kEducation.pick(random), p.ageAtFirst);
    const int latest = sameDayYearsBefore(firstDay, p.ageAtFirst);
    const int earliest = sameDayYearsBefore(firstDay, p.ageAtFirst + 1) + 1;
    const int birthDay = random.between(earliest, latest);
    const int birthMode = int(random.below(100));
    if (birthMode < 70)
        p.birthDay = birthDay;
    else if (birthMode < 90)
        p.birthYear = CivilDay::year(birthDay);

    if (p.birthDay != CivilDay::kNoDay && p.citizenship == "RO" && p.sex != "U" && random.chance(0.48))
        p.cnp = makeCnp(random, p.sex == "M", p.birthDay, regions.cnpCountyCode(random, county));

    const bool female = p.sex != "M";
    if (random.chance(0.88)) {
        const auto origin = SyntheticNames::originOf(random, p.citizenship, p.county);
        p.lastName = SyntheticNames::lastName(random, female, origin);
        p.firstName = SyntheticNames::firstName(random, female, origin);
    }
    if (random.chance(0.45)) {
        if (p.residenceEnv == "rural")
            p.address = SyntheticNames::ruralAddress(random, countyInfo.name);
        else
            p.address = SyntheticNames::urbanAddress(random,
                                                     p.county.empty() ? regions.center(center).seat : countyInfo.city);
    }
    if (random.chance(0.3))
        p.phone = SyntheticNames::phone(random);
    if (random.chance(0.12))
        p.notes = SyntheticTexts::victimNote(random, countyInfo.city, female, p.ageAtFirst < 18);
    return p;
}

} // namespace reper::gen
