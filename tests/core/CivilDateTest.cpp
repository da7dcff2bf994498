#include "core/CivilDate.h"

#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("a calendar date in YYYY-MM-DD form is read", "[core][date]")
{
    const auto d = CivilDate::parse(u"2018-12-31");
    REQUIRE(d.ok());
    CHECK(*d == QDate(2018, 12, 31));
    CHECK(CivilDate::format(*d) == QStringLiteral("2018-12-31"));
    CHECK(CivilDate::display(*d) == QStringLiteral("31.12.2018"));
    CHECK(CivilDate::parse(u"2016-02-29").ok());
}

TEST_CASE("a date that is not a calendar date says what is wrong", "[core][date]")
{
    const auto message = [](const char16_t* text) {
        const auto r = CivilDate::parse(QStringView(text));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(message(u"2018-02-29").contains(QStringLiteral("not a leap year")));
    CHECK(message(u"1999-11-31").contains(QStringLiteral("November has 30 days")));
    CHECK(message(u"2018-09-31").contains(QStringLiteral("September has 30 days")));
    CHECK(message(u"2018-00-20").contains(QStringLiteral("no month 00")));
    CHECK(message(u"12.06.2018").contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(message(u"20180411").contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(message(u"2018\u201306\u201323").contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(message(u"2018-13-01").contains(QStringLiteral("no month 13")));
    CHECK_FALSE(CivilDate::parse(u" 2018-01-01").ok());
}
