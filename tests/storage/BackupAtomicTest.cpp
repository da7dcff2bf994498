// A backup appears whole (store, key file, head) or not at all, an older one survives until the new
// one is whole, and a restore replaces the store and its key file together or not at all (issue 11
// §3). Each test stops the work at a named fault point as a kill would, then opens.
#include "core/FaultPoint.h"
#include "storage/Store.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/BackupService.h"
#include "storage/services/BackupSet.h"
#include "storage/services/RestoreJournal.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace reper;
using namespace reper::test;

namespace {

// Stops the work at `point` while it lives.
struct StopAt
{
    explicit StopAt(const char* point) { FaultPoint::stopAt(QString::fromLatin1(point)); }
    ~StopAt() { FaultPoint::stopAt({}); }
};

Result<std::unique_ptr<Store>> openAsAdmin(const QString& path)
{
    return Store::open(path, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
}

QString markerOf(Store& store)
{
    return store.db().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'marker'")).value_or({});
}

Status setMarker(Store& store, const QString& value)
{
    return store.db().exec(
        QStringLiteral("INSERT OR REPLACE INTO store_meta(key, value) VALUES ('marker', '%1')").arg(value));
}

} // namespace

TEST_CASE("a backup killed before its parts are vouched for leaves the older backup whole", "[storage][backup][faults]")
{
    const char* point = GENERATE("backup.parts-written", "backup.marker-written", "backup.renamed-keys");
    TempStore t;
    const QString copy = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(setMarker(t.store(), QStringLiteral("old")).ok());
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    REQUIRE(setMarker(t.store(), QStringLiteral("new")).ok());
    {
        StopAt stop(point);
        const Status s = BackupService::backup(t.store(), copy);
        REQUIRE_FALSE(s.ok());
        REQUIRE(s.error().fault == Fault::Stopped);
    }
    INFO(point);
    // Whatever opens the backup sees one whole set: the old one before the marker, the new one after.
    auto opened = openAsAdmin(copy);
    REQUIRE(opened.ok());
    const bool vouched = QString::fromLatin1(point) != QLatin1String("backup.parts-written");
    CHECK(markerOf(**opened) == (vouched ? QStringLiteral("new") : QStringLiteral("old")));
    CHECK_FALSE(QFileInfo::exists(BackupSet(copy).markerPath()));
    CHECK(QFileInfo::exists(BackupService::headPathFor(copy)));
    opened->reset();
    // The next backup to the same path clears what was left and succeeds.
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    CHECK_FALSE(QFileInfo::exists(BackupSet::partOf(copy)));
    CHECK_FALSE(QFileInfo::exists(BackupSet::partOf(KeyFile::pathFor(copy))));
}

TEST_CASE("a first backup killed before it is whole does not exist", "[storage][backup][faults]")
{
    TempStore t;
    const QString copy = t.dir() + QStringLiteral("/first.reper");
    {
        StopAt stop("backup.parts-written");
        REQUIRE_FALSE(BackupService::backup(t.store(), copy).ok());
    }
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(KeyFile::pathFor(copy)));
    CHECK_FALSE(QFileInfo::exists(BackupService::headPathFor(copy)));
}

TEST_CASE("a restore of another store's backup killed half way is finished or never happened",
          "[storage][backup][faults]")
{
    const char* point = GENERATE("restore.parts-written", "restore.journal-written", "restore.store-replaced");
    INFO(point);
    TempStore other;
    REQUIRE(setMarker(other.store(), QStringLiteral("other")).ok());
    const QString otherId = other->storeId();
    TempStore t;
    const QString backup = t.dir() + QStringLiteral("/other.reper");
    REQUIRE(BackupService::backup(other.store(), backup).ok());
    const QString ownId = t->storeId();
    REQUIRE(ownId != otherId);
    t.close();
    {
        StopAt stop(point);
        const Status s
            = BackupService::restore(backup, t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword));
        REQUIRE_FALSE(s.ok());
        REQUIRE(s.error().fault == Fault::Stopped);
    }
    auto opened = openAsAdmin(t.path());
    REQUIRE(opened.ok());
    const bool journaled = QString::fromLatin1(point) != QLatin1String("restore.parts-written");
    CHECK((*opened)->storeId() == (journaled ? otherId : ownId));
    CHECK(markerOf(**opened) == (journaled ? QStringLiteral("other") : QString()));
    // A restore finished at the open says so, once, naming the kept copy.
    CHECK((*opened)->notices().size() == (journaled ? 1 : 0));
    if (journaled)
        CHECK((*opened)->notices().first().contains(QStringLiteral(".before-restore-")));
    CHECK_FALSE(QFileInfo::exists(RestoreJournal::pathFor(t.path())));
    CHECK_FALSE(QFileInfo::exists(RestoreJournal::storePartFor(t.path())));
    CHECK_FALSE(QFileInfo::exists(RestoreJournal::keysPartFor(t.path())));
    const VerifyReport report = BackupService::verify(**opened);
    INFO(report.lines.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
}

TEST_CASE("two backups to one path at once take turns and both succeed", "[storage][backup][faults]")
{
    // Two windows (or a window and reper-cli) back up to the same file at the same moment. The first
    // is held while its copy is being written; the second must not remove the first's parts.
    TempStore t;
    const QString copy = t.dir() + QStringLiteral("/shared.reper");
    auto second = openAsAdmin(t.path());
    REQUIRE(second.ok());
    std::mutex m;
    std::condition_variable cv;
    bool firstWriting = false;
    bool secondDone = false;
    BackupSteps steps;
    steps.pages = [&](qint64, qint64) {
        std::unique_lock<std::mutex> lock(m);
        if (firstWriting)
            return;
        firstWriting = true;
        cv.notify_all();
        // Long enough for the second backup to run through, if nothing makes it wait.
        cv.wait_for(lock, std::chrono::seconds(5), [&] { return secondDone; });
    };
    Status first = Status::success();
    std::thread writer([&] { first = BackupService::backup(t.store(), copy, &steps); });
    {
        std::unique_lock<std::mutex> lock(m);
        cv.wait(lock, [&] { return firstWriting; });
    }
    const Status other = BackupService::backup(**second, copy);
    {
        std::lock_guard<std::mutex> lock(m);
        secondDone = true;
    }
    cv.notify_all();
    writer.join();
    INFO((first ? QString() : first.error().message + QLatin1Char(' ') + first.error().detail).toStdString());
    CHECK(first.ok());
    CHECK(other.ok());
    second->reset();
    // Whatever went in last, the backup at the path is whole: it opens and passes its check.
    CHECK(QFileInfo::exists(KeyFile::pathFor(copy)));
    CHECK_FALSE(QFileInfo::exists(BackupSet::partOf(copy)));
    CHECK_FALSE(QFileInfo::exists(BackupSet::partOf(KeyFile::pathFor(copy))));
    auto opened = openAsAdmin(copy);
    REQUIRE(opened.ok());
    CHECK(BackupService::verify(**opened).ok);
}
