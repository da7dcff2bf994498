// Optimistic locking on a local store (issue 8 §3): two users of one centre open the same record in
// two sessions; the second save over the first is refused with who changed it and when, nothing of
// it is written, and the same change saves once the record is read again. The victim, its case and
// every record kind the window edits go through the same check (EditSupport's updateRecord).
#include "SecurityFixture.h"
#include "storage/Store.h"
#include "storage/cases/CaseRepository.h"
#include "storage/engine/Database.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordId firstOf(Store& store, const char* table, const QString& center)
{
    auto st = store.db().prepare(QStringLiteral("SELECT x.id FROM %1 x JOIN center c ON c.id = x.center_id "
                                                "WHERE c.code = ? ORDER BY x.id LIMIT 1")
                                     .arg(QLatin1String(table)));
    REQUIRE(st);
    st->bind(1, center);
    REQUIRE(st->next());
    return st->int64(0);
}

void requireConflict(const Status& s, const QString& who)
{
    REQUIRE_FALSE(s);
    CHECK(s.error().fault == Fault::Conflict);
    CHECK(s.error().message.contains(who));
    CHECK(s.error().message.contains(QStringLiteral("after you opened it")));
}

} // namespace

TEST_CASE("a save over someone else's change is refused, says who, and saves once read again", "[security][locking]")
{
    SecurityFixture f;
    auto op = f.openAs(QStringLiteral("op_bv"));
    auto coord = f.openAs(QStringLiteral("coord_bv"));
    const RecordId id = firstOf(*op, "assistance", QStringLiteral("CR-BV"));

    auto mine = RecordEditor(*op).load<Assistance>(id);
    auto theirs = RecordEditor(*coord).load<Assistance>(id);
    REQUIRE(mine);
    REQUIRE(theirs);
    REQUIRE(mine->stamp.version >= 1);
    CHECK(mine->stamp.version == theirs->stamp.version);
    const QDate start = mine->startDate;

    theirs->endDate = start.addDays(10);
    REQUIRE(RecordEditor(*coord).save(*theirs));
    mine->endDate = start.addDays(20);
    const Result<RecordId> refused = RecordEditor(*op).save(*mine);
    requireConflict(refused.ok() ? Status::success() : Status(refused.error()), QStringLiteral("coord_bv"));

    // Nothing of the refused save was written; the record is one version on.
    auto stored = RecordEditor(*op).load<Assistance>(id);
    REQUIRE(stored);
    CHECK(stored->endDate == start.addDays(10));
    CHECK(stored->stamp.updatedBy == QStringLiteral("coord_bv"));
    CHECK(stored->stamp.version == mine->stamp.version + 1);

    // Read again, the same change saves; now the coordinator's copy is the old one.
    stored->endDate = start.addDays(20);
    REQUIRE(RecordEditor(*op).save(*stored));
    CHECK(RecordEditor(*coord).load<Assistance>(id)->endDate == start.addDays(20));
    theirs->endDate = start.addDays(30);
    const Result<RecordId> again = RecordEditor(*coord).save(*theirs);
    requireConflict(again.ok() ? Status::success() : Status(again.error()), QStringLiteral("op_bv"));

    // A record deleted meanwhile is gone, not a conflict.
    auto latest = RecordEditor(*coord).load<Assistance>(id);
    REQUIRE(latest);
    REQUIRE(RecordEditor(*op).remove<Assistance>(id));
    const Result<RecordId> gone = RecordEditor(*coord).save(*latest);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().fault == Fault::None);
    CHECK(gone.error().message == QStringLiteral("The record is no longer in the store."));
}

TEST_CASE("the victim and its case are locked the same way", "[security][locking]")
{
    SecurityFixture f;
    auto op = f.openAs(QStringLiteral("op_bv"));
    auto coord = f.openAs(QStringLiteral("coord_bv"));
    const RecordId victimId = firstOf(*op, "victim", QStringLiteral("CR-BV"));

    auto mine = VictimEditor(*op).load(victimId);
    auto theirs = VictimEditor(*coord).load(victimId);
    REQUIRE(mine);
    REQUIRE(theirs);
    theirs->victim.residenceEnv = QStringLiteral("rural");
    REQUIRE(VictimEditor(*coord).save(theirs->victim, std::nullopt));
    mine->victim.residenceEnv = QStringLiteral("urban");
    const Result<RecordId> refused = VictimEditor(*op).save(mine->victim, std::nullopt);
    requireConflict(refused.ok() ? Status::success() : Status(refused.error()), QStringLiteral("coord_bv"));
    CHECK(VictimEditor(*op).load(victimId)->victim.residenceEnv == QStringLiteral("rural"));

    auto caseOfOp = CaseRepository(*op).forVictim(victimId);
    auto caseOfCoord = CaseRepository(*coord).forVictim(victimId);
    REQUIRE(caseOfOp);
    REQUIRE(caseOfCoord);
    REQUIRE(caseOfOp->stamp.version >= 1);
    caseOfCoord->status
        = caseOfCoord->status == QLatin1String("follow_up") ? QStringLiteral("active") : QStringLiteral("follow_up");
    REQUIRE(CaseRepository(*coord).save(*caseOfCoord));
    const QDate opened = caseOfOp->openedOn;
    caseOfOp->openedOn = opened.addDays(-1);
    requireConflict(CaseRepository(*op).save(*caseOfOp), QStringLiteral("coord_bv"));
    auto now = CaseRepository(*op).forVictim(victimId);
    REQUIRE(now);
    CHECK(now->status == caseOfCoord->status);
    CHECK(now->openedOn == opened);
}
