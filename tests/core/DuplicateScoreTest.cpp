// The rule and score of a candidate pair once the hashes agree (docs/decisions.md D-dup).
#include "core/DuplicateScore.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

DuplicateFacts facts(const char* sex, const char* date, int year, const char* county)
{
    return {QString::fromLatin1(sex), QString::fromLatin1(date), year, QString::fromLatin1(county)};
}

} // namespace

TEST_CASE("a name pair needs the same sex, county and birth", "[duplicates]")
{
    const DuplicateFacts a = facts("F", "1990-02-02", 1990, "BV");
    auto same = DuplicateScore::sameName(a, facts("F", "1990-02-02", 1990, "BV"));
    REQUIRE(same);
    CHECK(same->rule == DuplicateRule::NameAndBirthDate);
    CHECK(same->score == 90);

    // The year alone on one side (or both) agrees with a date of that year.
    auto year = DuplicateScore::sameName(a, facts("F", "", 1990, "BV"));
    REQUIRE(year);
    CHECK(year->rule == DuplicateRule::NameAndBirthYear);
    CHECK(year->score == 70);
    CHECK(DuplicateScore::sameName(facts("F", "", 1990, "BV"), facts("F", "", 1990, "BV")));
    CHECK(DuplicateScore::sameName(facts("F", "1990-05-05", 0, "BV"), facts("F", "", 1990, "BV")));

    CHECK_FALSE(DuplicateScore::sameName(a, facts("F", "1990-02-03", 1990, "BV"))); // two dates that differ
    CHECK_FALSE(DuplicateScore::sameName(a, facts("F", "", 1991, "BV")));
    CHECK_FALSE(DuplicateScore::sameName(a, facts("M", "1990-02-02", 1990, "BV")));
    CHECK_FALSE(DuplicateScore::sameName(a, facts("F", "1990-02-02", 1990, "CJ")));
    CHECK_FALSE(DuplicateScore::sameName(a, facts("F", "", 0, "BV"))); // no birth on one side
    CHECK_FALSE(DuplicateScore::sameName(facts("F", "1990-02-02", 0, ""), facts("F", "1990-02-02", 0, "")));
}

TEST_CASE("a CNP pair is always a pair, scored down for each fact the records disagree on", "[duplicates]")
{
    const DuplicateFacts a = facts("M", "1991-03-03", 1991, "CJ");
    CHECK(DuplicateScore::sameCnp(a, a).score == 100);
    CHECK(DuplicateScore::sameCnp(a, a).rule == DuplicateRule::Cnp);
    CHECK(DuplicateScore::sameCnp(a, facts("M", "", 1991, "CJ")).score == 100);
    CHECK(DuplicateScore::sameCnp(a, facts("F", "1991-03-03", 1991, "CJ")).score == 90);
    CHECK(DuplicateScore::sameCnp(a, facts("F", "1991-03-04", 1991, "AB")).score == 70);
    CHECK(DuplicateScore::ruleCode(DuplicateRule::NameAndBirthYear) == QStringLiteral("name_birth_year"));
}
