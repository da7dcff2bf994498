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

TEST_CASE("a date typed into a form is read as people write it, or refused with the reason", "[core][date]")
{
    const auto date = [](const char16_t* text) {
        const auto r = CivilDate::parseTyped(QStringView(text));
        INFO(QString::fromUtf16(text).toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(date(u"15.11.2026") == QDate(2026, 11, 15));
    CHECK(date(u"1.2.2019") == QDate(2019, 2, 1));
    CHECK(date(u"01.02.2019") == QDate(2019, 2, 1));
    CHECK(date(u"15112026") == QDate(2026, 11, 15));
    CHECK(date(u"2026-11-15") == QDate(2026, 11, 15)); // pasted from a spreadsheet or an import file
    CHECK(date(u" 15/11/2026 ") == QDate(2026, 11, 15));
    CHECK(date(u"15-11-2026") == QDate(2026, 11, 15));
    CHECK(date(u"20261115") == QDate(2026, 11, 15)); // year first: day 20 of month 26 is no date
    CHECK(date(u"29.02.2024") == QDate(2024, 2, 29));
    CHECK(date(u"") == QDate()); // blank: not given
    CHECK(date(u"   ") == QDate());

    const auto refused = [](const char16_t* text) {
        const auto r = CivilDate::parseTyped(QStringView(text));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(refused(u"31.11.2026") == QStringLiteral("'31.11.2026': November has 30 days"));
    CHECK(refused(u"29.02.2026") == QStringLiteral("'29.02.2026': 2026 is not a leap year"));
    CHECK(refused(u"15.13.2026") == QStringLiteral("'15.13.2026': there is no month 13"));
    CHECK(refused(u"15.11.26").contains(QStringLiteral("four digits")));
    CHECK(refused(u"151126").contains(QStringLiteral("four digits")));
    CHECK(refused(u"15.11.202").contains(QStringLiteral("four digits")));
    CHECK(refused(u"15.11.1850").contains(QStringLiteral("before 1900")));
    CHECK(refused(u"15.11.2126").contains(QStringLiteral("after 2100")));
    CHECK(refused(u"15 noiembrie").contains(QStringLiteral("is not a date")));
    CHECK(refused(u"32132026").contains(QStringLiteral("no month 13")));
    CHECK(refused(u"15.11").contains(QStringLiteral("is not a date")));
}
