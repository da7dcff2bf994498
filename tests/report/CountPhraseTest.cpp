// The Romanian number grammar of domain.md §6, number by number.
#include "report/CountPhrase.h"

#include <QString>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::CountPhrase;

namespace {

const Noun kVictim{QStringLiteral("victimă"), QStringLiteral("victime"), Gender::Feminine};
const Noun kActivity{QStringLiteral("activitate"), QStringLiteral("activități"), Gender::Feminine};
const Noun kPerson{QStringLiteral("persoană"), QStringLiteral("persoane"), Gender::Feminine};
const Noun kSpecialist{QStringLiteral("specialist"), QStringLiteral("specialiști"), Gender::Masculine};
const Noun kProtocol{QStringLiteral("protocol"), QStringLiteral("protocoale"), Gender::Neuter};
const Noun kProject{QStringLiteral("proiect"), QStringLiteral("proiecte"), Gender::Neuter};
const Noun kCampaign{QStringLiteral("campanie"), QStringLiteral("campanii"), Gender::Feminine};
const Adjective kNewNeuter{QStringLiteral("nou"), QStringLiteral("noi")};
const Adjective kNewFeminine{QStringLiteral("nouă"), QStringLiteral("noi")};

struct Case
{
    qint64 n;
    const char* grouped;
    bool de;
    const char* victims; // exact()
    const char* activities; // over()
    const char* persons; // approximately()
};

// Every number of the issue, with what each rule makes of it.
const Case kCases[] = {
    {0, "0", false, "nicio victimă", "nicio activitate", "nicio persoană"},
    {1, "1", false, "o victimă", "o activitate", "o persoană"},
    {2, "2", false, "două victime", "două activități", "două persoane"},
    {19, "19", false, "19 victime", "19 activități", "19 persoane"},
    {20, "20", true, "20 de victime", "20 de activități", "20 de persoane"},
    {21, "21", true, "21 de victime", "21 de activități", "21 de persoane"},
    {100, "100", true, "100 de victime", "100 de activități", "100 de persoane"},
    {101, "101", false, "101 victime", "101 activități", "101 persoane"},
    {119, "119", false, "119 victime", "119 activități", "119 persoane"},
    {120, "120", true, "120 de victime", "120 de activități", "120 de persoane"},
    {999, "999", true, "999 de victime", "999 de activități", "999 de persoane"},
    {1000, "1.000", true, "1.000 de victime", "1.000 de activități", "aproximativ 1.000 de persoane"},
    {1001, "1.001", false, "1.001 victime", "peste 1.000 de activități", "aproximativ 1.000 de persoane"},
    {1912, "1.912", false, "1.912 victime", "peste 1.900 de activități", "aproximativ 1.900 de persoane"},
    {2500, "2.500", true, "2.500 de victime", "2.500 de activități", "aproximativ 2.500 de persoane"},
    {2537, "2.537", true, "2.537 de victime", "peste 2.500 de activități", "aproximativ 2.500 de persoane"},
    {3288, "3.288", true, "3.288 de victime", "peste 3.200 de activități", "aproximativ 3.300 de persoane"},
    {4012, "4.012", false, "4.012 victime", "peste 4.000 de activități", "aproximativ 4.000 de persoane"},
    {178642, "178.642", true, "178.642 de victime", "peste 170.000 de activități", "aproximativ 180.000 de persoane"},
};

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

} // namespace

TEST_CASE("groupThousands puts a dot between groups of three digits", "[report][countphrase]")
{
    for (const Case& c : kCases) {
        INFO(c.n);
        CHECK(groupThousands(c.n) == s(c.grouped));
    }
    CHECK(groupThousands(1234567) == QStringLiteral("1.234.567"));
    CHECK(groupThousands(5000000000LL) == QStringLiteral("5.000.000.000"));
    CHECK(groupThousands(-2537) == QStringLiteral("-2.537"));
}

TEST_CASE("takesDe: 20 or more, last two digits 00 or 20-99", "[report][countphrase]")
{
    for (const Case& c : kCases) {
        INFO(c.n);
        CHECK(takesDe(c.n) == c.de);
    }
    CHECK(takesDe(200));
    CHECK_FALSE(takesDe(201));
    CHECK_FALSE(takesDe(1019));
    CHECK(takesDe(1020));
    CHECK(takesDe(180000));
}

TEST_CASE("Rounding to two significant digits", "[report][countphrase]")
{
    CHECK(roundDownTwoSignificant(2537) == 2500);
    CHECK(roundDownTwoSignificant(1912) == 1900);
    CHECK(roundDownTwoSignificant(2500) == 2500);
    CHECK(roundDownTwoSignificant(1001) == 1000);
    CHECK(roundDownTwoSignificant(178642) == 170000);
    CHECK(roundDownTwoSignificant(99) == 99);
    CHECK(roundDownTwoSignificant(119) == 110);

    CHECK(roundTwoSignificant(178642) == 180000);
    CHECK(roundTwoSignificant(4012) == 4000);
    CHECK(roundTwoSignificant(3288) == 3300);
    CHECK(roundTwoSignificant(1950) == 2000); // half up
    CHECK(roundTwoSignificant(1949) == 1900);
    CHECK(roundTwoSignificant(121377) == 120000);
    CHECK(roundTwoSignificant(287406) == 290000);
    CHECK(roundTwoSignificant(99500) == 100000); // carries into a new digit
    CHECK(roundTwoSignificant(19) == 19);
}

TEST_CASE("exact, over and approximately for every number of the issue", "[report][countphrase]")
{
    for (const Case& c : kCases) {
        INFO(c.n);
        CHECK(exact(c.n, kVictim) == s(c.victims));
        CHECK(over(c.n, kActivity) == s(c.activities));
        CHECK(approximately(c.n, kPerson) == s(c.persons));
    }
}

TEST_CASE("'de' is decided on the number written, not the exact one", "[report][countphrase]")
{
    // 1.019 alone takes no "de", the 1.000 it is written as does.
    CHECK(exact(1019, kActivity) == s("1.019 activități"));
    CHECK(over(1019, kActivity) == s("peste 1.000 de activități"));
    CHECK(approximately(1018, kPerson) == s("aproximativ 1.000 de persoane"));
    CHECK(approximately(10119, kPerson) == s("aproximativ 10.000 de persoane"));
}

TEST_CASE("1 and 2 agree with the gender of the noun", "[report][countphrase]")
{
    CHECK(exact(0, kSpecialist) == s("niciun specialist"));
    CHECK(exact(1, kSpecialist) == s("un specialist"));
    CHECK(exact(2, kSpecialist) == s("doi specialiști"));
    CHECK(exact(112, kSpecialist) == s("112 specialiști"));
    CHECK(approximately(3288, kSpecialist) == s("aproximativ 3.300 de specialiști"));
    CHECK(approximately(4012, kSpecialist) == s("aproximativ 4.000 de specialiști"));

    // Neuter: masculine in the singular, feminine in the plural.
    CHECK(exact(0, kProject) == s("niciun proiect"));
    CHECK(exact(1, kProject) == s("un proiect"));
    CHECK(exact(2, kProject) == s("două proiecte"));
    CHECK(exact(3, kProject) == s("3 proiecte"));

    CHECK(numeral(1, Gender::Feminine) == s("o"));
    CHECK(numeral(2, Gender::Masculine) == s("doi"));
    CHECK(numeral(2, Gender::Neuter) == s("două"));
    CHECK(numeral(0, Gender::Neuter) == s("niciun"));
    CHECK(numeral(0, Gender::Feminine) == s("nicio"));
    CHECK(numeral(2500, Gender::Feminine) == s("2.500"));
}

TEST_CASE("An adjective goes between number and noun", "[report][countphrase]")
{
    CHECK(exact(0, kProtocol, kNewNeuter) == s("niciun nou protocol"));
    CHECK(exact(1, kProtocol, kNewNeuter) == s("un nou protocol"));
    CHECK(exact(2, kProtocol, kNewNeuter) == s("două noi protocoale"));
    CHECK(exact(5, kProtocol, kNewNeuter) == s("5 noi protocoale"));
    CHECK(exact(7, kProtocol, kNewNeuter) == s("7 noi protocoale"));
    CHECK(exact(20, kProtocol, kNewNeuter) == s("20 de noi protocoale"));
    CHECK(exact(1, kCampaign, kNewFeminine) == s("o nouă campanie"));
    CHECK(over(2537, kCampaign, kNewFeminine) == s("peste 2.500 de noi campanii"));
}
