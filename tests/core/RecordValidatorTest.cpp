#include "core/RecordValidator.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {
bool hasProblemOn(const FieldProblems& problems, const char* field)
{
    for (const auto& p : problems)
        if (p.field == QLatin1String(field))
            return true;
    return false;
}
} // namespace

TEST_CASE("a period may end on the day it starts but not before", "[core][validation]")
{
    Assistance a;
    a.service = QStringLiteral("shelter");
    a.provider = QStringLiteral("ngo");
    a.startDate = QDate(2018, 3, 1);
    a.endDate = QDate(2018, 3, 1);
    CHECK(RecordValidator::check(a).isEmpty());
    a.endDate = QDate(2018, 1, 30);
    const auto problems = RecordValidator::check(a);
    REQUIRE(hasProblemOn(problems, "end_date"));
    CHECK(problems.first().message.contains(QStringLiteral("30 days before")));
    a.endDate = QDate();
    CHECK(RecordValidator::check(a).isEmpty());
}

TEST_CASE("birth date and birth year must agree", "[core][validation]")
{
    Victim v;
    v.code = QStringLiteral("RV-TEST01");
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    v.birthDate = QDate(1990, 5, 1);
    v.birthYear = 1990;
    CHECK(RecordValidator::check(v).isEmpty());
    v.birthYear = 1991;
    CHECK(hasProblemOn(RecordValidator::check(v), "birth_year"));
}

TEST_CASE("the primary form of exploitation is one of the forms listed", "[core][validation]")
{
    Victim v;
    Identification i;
    i.notificationDate = QDate(2018, 1, 1);
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("internal");
    i.exploitation = {QStringLiteral("sexual"), QStringLiteral("labour")};
    i.primaryExploitation = QStringLiteral("labour");
    CHECK(RecordValidator::check(i, v).isEmpty());
    i.primaryExploitation = QStringLiteral("begging");
    CHECK(hasProblemOn(RecordValidator::check(i, v), "primary_exploitation"));
    i.primaryExploitation = QStringLiteral("labour");
    i.identificationDate = QDate(2017, 12, 31);
    CHECK(hasProblemOn(RecordValidator::check(i, v), "identification_date"));
}
