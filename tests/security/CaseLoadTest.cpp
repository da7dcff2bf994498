// The case-load report (issue 10 §7): each figure hand-counted on a store built here — CR-CJ's cases,
// opened, contacted, closed and repatriated on known days, on the test clock (2026-01-15) — the
// median with an odd and an even count and with none, and who may see it.
#include "CaseLoadCases.h"
#include "core/CaseLoadFigures.h"
#include "storage/Store.h"
#include "storage/cases/CaseLoadRepository.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kCj = QStringLiteral("CR-CJ");

QDate d(int y, int m, int day) { return QDate(y, m, day); }

CaseLoadFigures figuresOf(Store& store, const Scope& scope, const QDate& from, const QDate& to)
{
    auto figures = CaseLoadRepository(store).figures({scope, from, to, {}});
    INFO((figures.ok() ? std::string() : figures.error().message.toStdString()));
    REQUIRE(figures.ok());
    return *figures;
}

} // namespace

TEST_CASE("case load: the figures of a centre, counted by hand", "[security][caseload]")
{
    SecurityFixture f;
    recordCaseLoadCases(f);
    auto coord = f.openAs(QStringLiteral("coord_nat"));
    const CaseLoadFigures c = figuresOf(*coord, Scope::ofCenter(kCj), d(2025, 10, 1), d(2025, 12, 31));
    CHECK(c.asOf == d(2026, 1, 15));
    // Open today: A B C E F H I J; overdue: A (no contact for 60 days) and J (its follow-up, no contact).
    CHECK(c.open == 8);
    CHECK(c.openOverdue == 2);
    REQUIRE(c.workers.size() == 2);
    CHECK(c.workers[0].center == kCj);
    CHECK(c.workers[0].worker == QLatin1String("op_cj"));
    CHECK(c.workers[0].open == 7);
    CHECK(c.workers[0].overdue == 2);
    CHECK(c.workers[1].worker.isEmpty()); // the unassigned last
    CHECK(c.workers[1].open == 1);
    CHECK(c.workers[1].overdue == 0);
    // Opened in the period: B C D E; closed: D (G closed before it).
    CHECK(c.opened == 4);
    CHECK(c.closed == 1);
    // Days to the first contact: B 3, C 10, D 7 → the median of an odd count is the middle one, 7.
    CHECK(c.openedWithContact == 3);
    CHECK(c.openedWithoutContact() == 1);
    REQUIRE(c.medianDaysToContact.has_value());
    CHECK(*c.medianDaysToContact == Approx(7.0));
    // Follow-ups due in the period: H 10-10 (contact 10-08, within the 7 days' lead), I 11-20 (contact
    // 11-25, late), J 12-05 (none).
    CHECK(c.followUpsDue == 3);
    CHECK(c.followUpsOnTime == 1);
    CHECK(c.followUpsLate == 1);
    CHECK(c.followUpsMissed() == 1);
}

TEST_CASE("case load: the median with an even count and with none", "[security][caseload]")
{
    SecurityFixture f;
    recordCaseLoadCases(f);
    auto coord = f.openAs(QStringLiteral("coord_nat"));
    // October: B (3 days) and C (10 days) → the mean of the two, 6.5; H's follow-up only.
    const CaseLoadFigures october = figuresOf(*coord, Scope::ofCenter(kCj), d(2025, 10, 1), d(2025, 10, 31));
    CHECK(october.opened == 2);
    CHECK(october.openedWithContact == 2);
    REQUIRE(october.medianDaysToContact.has_value());
    CHECK(*october.medianDaysToContact == Approx(6.5));
    CHECK(october.followUpsDue == 1);
    CHECK(october.followUpsOnTime == 1);
    CHECK(october.closed == 0);
    // December: E only, never contacted → no median; D closed.
    const CaseLoadFigures december = figuresOf(*coord, Scope::ofCenter(kCj), d(2025, 12, 1), d(2025, 12, 31));
    CHECK(december.opened == 1);
    CHECK(december.openedWithContact == 0);
    CHECK_FALSE(december.medianDaysToContact.has_value());
    CHECK(december.closed == 1);
    CHECK(december.followUpsDue == 1);
    CHECK(december.followUpsMissed() == 1);
    // A period in the future counts no follow-up that has not fallen due yet.
    const CaseLoadFigures ahead = figuresOf(*coord, Scope::ofCenter(kCj), d(2026, 2, 1), d(2026, 12, 31));
    CHECK(ahead.opened == 0);
    CHECK(ahead.followUpsDue == 0);
    CHECK(ahead.open == 8); // the snapshot is today's whatever the period
}

TEST_CASE("case load: the median of whole numbers", "[core][caseload]")
{
    CHECK_FALSE(CaseLoad::median({}).has_value());
    CHECK(*CaseLoad::median({5}) == Approx(5.0));
    CHECK(*CaseLoad::median({9, 1, 4}) == Approx(4.0));
    CHECK(*CaseLoad::median({10, 3, 1, 8}) == Approx(5.5));
}

TEST_CASE("case load: a coordinator sees their scope, nobody else sees it", "[security][caseload]")
{
    SecurityFixture f;
    recordCaseLoadCases(f);
    const QDate from = d(2025, 10, 1);
    const QDate to = d(2025, 12, 31);
    {
        // The nation holds CR-CJ's cases and the fixture's own (opened on 2026-01-15, outside the period).
        auto nat = f.openAs(QStringLiteral("coord_nat"));
        const CaseLoadFigures n = figuresOf(*nat, Scope::national(), from, to);
        CHECK(n.opened == 4);
        CHECK(n.closed == 1);
        CHECK(n.open > 8);
        bool cj = false;
        for (const WorkerLoad& w : n.workers)
            cj = cj || w.center == kCj;
        CHECK(cj);
    }
    {
        // CR-BV's coordinator: CR-BV only, none of CR-CJ's cases.
        auto bv = f.openAs(QStringLiteral("coord_bv"));
        const CaseLoadFigures own = figuresOf(*bv, Scope::ofCenter(QStringLiteral("CR-BV")), from, to);
        CHECK(own.opened == 0);
        for (const WorkerLoad& w : own.workers)
            CHECK(w.center == QLatin1String("CR-BV"));
        CHECK_FALSE(CaseLoadRepository(*bv).figures({Scope::ofCenter(kCj), from, to, {}}).ok());
        CHECK_FALSE(CaseLoadRepository(*bv).figures({Scope::national(), from, to, {}}).ok());
    }
    for (const char* user : {"op_cj", "analyst_nat", "analyst_bv"}) {
        INFO(user);
        auto other = f.openAs(QString::fromLatin1(user));
        const auto refused = CaseLoadRepository(*other).figures({Scope::ofCenter(kCj), from, to, {}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QLatin1String("coordinator")));
    }
    auto nat = f.openAs(QStringLiteral("coord_nat"));
    CHECK_FALSE(CaseLoadRepository(*nat).figures({Scope::ofCenter(kCj), to, from, {}}).ok()); // ends before it begins
}
