// Work that may be stopped half way: a long query under a QueryInterrupt, and a backup copied in
// steps of pages with its progress, stopped on request without leaving a file or an audit entry.
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/BackupService.h"
#include "storage/services/BackupSet.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// Counting to 10^8 in a recursive CTE: far longer than any test may wait, unless interrupted.
const QString kHeavyQuery = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT count(*) FROM c");

qint64 backupEntries(Store& store)
{
    // The filter takes the action's group ("backup" and "backup.failed"): backups done only here.
    auto entries = store.audit().list(AuditFilter::forAction(AuditAction::Backup));
    REQUIRE(entries.ok());
    return std::count_if(entries->begin(), entries->end(),
                         [](const AuditEntry& e) { return e.action == AuditAction::Backup; });
}

// Makes the store larger than one step of the backup (1,024 pages of 4 KiB).
void fill(Store& store)
{
    REQUIRE(store.db()
                .exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('filler', zeroblob(6000000))"))
                .ok());
}

} // namespace

TEST_CASE("a query interrupted on request fails as cancelled, and the connection goes on", "[storage][jobs]")
{
    TempStore t;
    int asked = 0;
    {
        QueryInterrupt interrupt(t->db(), [&asked] { return ++asked >= 5; });
        const auto counted = t->db().queryInt(kHeavyQuery);
        REQUIRE_FALSE(counted.ok());
        CHECK(counted.error().cancelled);
        CHECK(counted.error().message == QStringLiteral("The work was cancelled."));
        CHECK(interrupt.interrupted());
        // Stopped at the fifth question, not after counting to the end.
        CHECK(asked == 5);
    }
    const auto after = t->db().queryInt(QStringLiteral("SELECT count(*) FROM center"));
    REQUIRE(after.ok());
    CHECK(*after == 15);
}

TEST_CASE("a query that is not stopped runs to its end under a QueryInterrupt", "[storage][jobs]")
{
    TempStore t;
    QueryInterrupt interrupt(t->db(), [] { return false; });
    const auto counted = t->db().queryInt(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c"));
    REQUIRE(counted.ok());
    CHECK(*counted == 100000);
    CHECK_FALSE(interrupt.interrupted());
}

TEST_CASE("a backup in steps reports its pages up to the total and holds its own entry", "[storage][jobs][backup]")
{
    TempStore t;
    fill(t.store());
    const QString copy = t.dir() + QStringLiteral("/stepped.reper");
    QList<QPair<qint64, qint64>> seen;
    BackupSteps steps;
    steps.pages = [&seen](qint64 done, qint64 total) { seen << qMakePair(done, total); };
    steps.stop = [] { return false; };
    REQUIRE(BackupService::backup(t.store(), copy, &steps).ok());
    REQUIRE(seen.size() >= 3); // more than one step of pages
    const qint64 total = seen.last().second;
    CHECK(total > 1024);
    CHECK(seen.last().first == total);
    for (int i = 1; i < seen.size(); ++i)
        CHECK(seen[i].first >= seen[i - 1].first);
    CHECK(backupEntries(t.store()) == 1);

    // The copy opens with the same password and its trail ends with the backup's own entry.
    auto opened = Store::open(copy, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(opened.ok());
    CHECK((*opened)
              ->db()
              .queryInt(QStringLiteral("SELECT length(value) FROM store_meta WHERE key = 'filler'"))
              .value_or(0)
          == 6000000);
    auto entries = (*opened)->audit().list(AuditFilter::forAction(AuditAction::Backup));
    REQUIRE(entries.ok());
    CHECK(entries->size() == 1);
    const QString head = readText(BackupService::headPathFor(copy));
    const auto recorded = AuditHead::find(head);
    REQUIRE(recorded.has_value());
    CHECK(recorded->seq == entries->last().seq);
}

TEST_CASE("a backup stopped half way leaves no file and no backup entry", "[storage][jobs][backup]")
{
    TempStore t;
    fill(t.store());
    const QString copy = t.dir() + QStringLiteral("/stopped.reper");
    int steps = 0;
    BackupSteps control;
    control.pages = [&steps](qint64, qint64) { ++steps; };
    control.stop = [&steps] { return steps >= 2; }; // after the first step of pages
    const Status s = BackupService::backup(t.store(), copy, &control);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().cancelled);
    CHECK(steps == 2);
    const QStringList left = QDir(t.dir()).entryList({QStringLiteral("stopped*")}, QDir::Files);
    CHECK(left.isEmpty());
    CHECK_FALSE(QFile::exists(KeyFile::pathFor(copy)));
    CHECK_FALSE(QFile::exists(BackupService::headPathFor(copy)));
    CHECK(backupEntries(t.store()) == 0);

    t.close();
    auto reopened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(reopened.ok());
    CHECK(BackupService::verify(**reopened).ok);
}

TEST_CASE("a backup that fails after its own entry was written says so in the trail", "[storage][jobs][backup]")
{
    TempStore t;
    const QString copy = t.dir() + QStringLiteral("/late.reper");
    // The key file's part cannot be written (a folder is in its place): the copy of the store is
    // done, its entry in the trail, and the last steps fail.
    REQUIRE(QDir().mkpath(BackupSet::partOf(KeyFile::pathFor(copy))));
    const Status s = BackupService::backup(t.store(), copy);
    REQUIRE_FALSE(s.ok());
    CHECK_FALSE(QFile::exists(copy));
    CHECK(backupEntries(t.store()) == 1);
    auto failed = t.store().audit().list(AuditFilter::forAction(AuditAction::BackupFailed));
    REQUIRE(failed.ok());
    REQUIRE(failed->size() == 1);
    const QJsonObject detail = QJsonDocument::fromJson(failed->first().detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("file")).toString() == QStringLiteral("late.reper"));
    CHECK(detail.value(QStringLiteral("reason")).toString() == QStringLiteral("failed"));
    CHECK(BackupService::verify(t.store()).ok);

    // A backup that works writes no such entry.
    REQUIRE(QDir(BackupSet::partOf(KeyFile::pathFor(copy))).removeRecursively());
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    CHECK(backupEntries(t.store()) == 2);
    CHECK(t.store().audit().list(AuditFilter::forAction(AuditAction::BackupFailed))->size() == 1);
}
