#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("a new store opens with the administrator's password", "[storage][store]")
{
    TempStore t;
    CHECK(t->user().name == QStringLiteral("admin"));
    CHECK(t->user().hasRole(QStringLiteral("administrator")));
    CHECK(t->user().hasRole(QStringLiteral("coordinator")));
    CHECK(t->user().center.isEmpty());
    CHECK(t->reference().centers().size() == 15);
    CHECK(t->reference().counties().size() == 42);
    CHECK(t->db().userVersion() == Migrator::latestVersion());
    CHECK(*t->db().queryText(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(*t->db().queryInt(QStringLiteral("PRAGMA synchronous")) == 2);
    CHECK(*t->db().queryInt(QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM country")) == 249);
    t.close();

    auto again = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(again.ok());
    CHECK((*again)->user().name == QStringLiteral("admin"));
}

TEST_CASE("a wrong password or user opens nothing and changes nothing", "[storage][store]")
{
    TempStore t;
    t.close();
    QFile f(t.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto wrong = Store::open(t.path(), QStringLiteral("admin"), QStringLiteral("not-the-password"), fixedClock());
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("Wrong user name or password")));
    CHECK_FALSE(Store::open(t.path(), QStringLiteral("nobody"), QString::fromLatin1(kPassword), fixedClock()).ok());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("creating a store where one exists is refused", "[storage][store]")
{
    TempStore t;
    auto second = Store::create(t.path(), QStringLiteral("admin2"), QStringLiteral("another-password"), fixedClock());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("already exists")));
}

TEST_CASE("the store file is encrypted: no SQLite header, plain sqlite3 cannot read it", "[storage][store]")
{
    TempStore t;
    REQUIRE(t->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    QFile f(t.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));
    CHECK_FALSE(bytes.contains("Timi"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        WARN("sqlite3 tool not installed: only the header was checked");
        return;
    }
    QProcess p;
    p.start(sqlite3, {t.path(), QStringLiteral("SELECT count(*) FROM victim;")});
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitCode() != 0);
    CHECK(p.readAllStandardError().contains("not a database"));
}

TEST_CASE("the recovery key opens the store when every password is forgotten", "[storage][store]")
{
    TempStore t;
    const QString recovery = t.recoveryKey();
    t.close();
    auto opened = Store::openWithRecoveryKey(t.path(), recovery, QStringLiteral("admin"), fixedClock());
    REQUIRE(opened.ok());
    CHECK(*(*opened)->db().queryInt(QStringLiteral("SELECT count(*) FROM center")) == 15);
    // It holds every centre's identity key.
    CHECK((*opened)->identityKeys().heldCenters().size() == 15);
    (*opened).reset();
    // A different (valid-looking) recovery key does not.
    const QString other = RecoveryKey::encode(SecretBytes::random(32));
    auto refused = Store::openWithRecoveryKey(t.path(), other, QStringLiteral("admin"), fixedClock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("This recovery key does not open this store."));
    // The store key reaches the recovery key through the key file: without one, a key file of the
    // same store key (a backup's) is needed.
    const QString keyPath = KeyFile::pathFor(t.path());
    REQUIRE(QFile::copy(keyPath, keyPath + QStringLiteral(".copy")));
    REQUIRE(QFile::remove(keyPath));
    CHECK_FALSE(Store::openWithRecoveryKey(t.path(), recovery, QStringLiteral("admin"), fixedClock()).ok());
    REQUIRE(QFile::rename(keyPath + QStringLiteral(".copy"), keyPath));
    CHECK(Store::openWithRecoveryKey(t.path(), recovery, QStringLiteral("admin"), fixedClock()).ok());
}

TEST_CASE("a store newer than the program is refused with a clear message", "[storage][store]")
{
    TempStore t;
    REQUIRE(t->db().exec(QStringLiteral("PRAGMA user_version = 999")).ok());
    t.close();
    auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("newer version of Reper")));
}

TEST_CASE("an older store is backed up before it is migrated", "[storage][store]")
{
    TempStore t;
    // Pretend the store is at schema 0 with data: the migration must refuse to run twice over
    // existing tables, but the backup must be taken first.
    REQUIRE(t->db().exec(QStringLiteral("PRAGMA user_version = 0")).ok());
    t.close();
    auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    // Version 0 counts as a new store: the initial schema is applied, fails on existing tables,
    // and nothing is half-written.
    CHECK_FALSE(opened.ok());
    auto slot = KeyFile::load(KeyFile::pathFor(t.path()))
                    ->unlockSlot(QStringLiteral("admin"), QString::fromLatin1(kPassword));
    REQUIRE(slot.ok());
    auto db = Database::open(t.path(), slot->key.bytes(), false);
    REQUIRE(db.ok());
    CHECK(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM center")) == 15);
}

TEST_CASE("the database refuses a key of the wrong size and checks its constraints", "[storage][store]")
{
    TempStore t;
    CHECK_FALSE(Database::open(t.dir() + QStringLiteral("/x.db"), QByteArray(16, 'k'), true).ok());
    // CHECK constraints guard the codes even if a caller forgets to validate.
    const auto bad = t->db().exec(QStringLiteral(
        "INSERT INTO event(center_id, date, type, role, title, created_by, created_at, updated_by, updated_at) "
        "VALUES (1, '2018-01-01', 'webinar', 'participant', 'x', 1, 'now', 1, 'now')"));
    CHECK_FALSE(bad.ok());
    const auto order = t->db().exec(QStringLiteral(
        "INSERT INTO campaign(code, center_id, title, level, funding, start_date, end_date, created_by, created_at, "
        "updated_by, updated_at) VALUES ('C', 1, 't', 'local', 'own', '2018-02-01', '2018-01-01', 1, 'n', 1, 'n')"));
    CHECK_FALSE(order.ok());
}

TEST_CASE("a store file is readable by its owner only", "[storage][store]")
{
    TempStore t;
    CHECK(QFile(t.path()).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("the test clock moved for a scope is back where it was after it", "[storage][store][support]")
{
    const QDateTime pinned = fixedClock().now();
    REQUIRE(pinned == QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    TempStore t;
    {
        ClockAt later(QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC));
        CHECK(t->clock().now() == QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC));
        later.set(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        CHECK(t->clock().today() == QDate(2026, 3, 1));
        {
            const ClockAt evenLater(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
            CHECK(t->clock().now().date().year() == 2027);
        }
        CHECK(t->clock().today() == QDate(2026, 3, 1)); // the inner scope put back the outer's time
    }
    // The store keeps its clock; the clock is back at the time every other test expects.
    CHECK(t->clock().now() == pinned);
    CHECK(fixedClock().now() == pinned);
}
