#include "storage/keys/KeyFile.h"
#include "storage/services/BackupService.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("a backup is an encrypted copy that opens with the same password", "[storage][backup]")
{
    TempStore t;
    REQUIRE(t->db().exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('marker', 'before backup')")).ok());
    const QString copy = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    CHECK(QFile::exists(KeyFile::pathFor(copy)));
    QFile f(copy);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.readAll().startsWith("SQLite format 3"));

    auto opened = Store::open(copy, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(opened.ok());
    CHECK(*(*opened)->db().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'marker'"))
          == QStringLiteral("before backup"));
}

TEST_CASE("restore brings a backup back and keeps the replaced store", "[storage][backup]")
{
    TempStore t;
    REQUIRE(t->db().exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('marker', 'old')")).ok());
    const QString copy = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    REQUIRE(t->db().exec(QStringLiteral("UPDATE store_meta SET value = 'new' WHERE key = 'marker'")).ok());
    t.close();

    CHECK_FALSE(BackupService::restore(copy, t.path(), QStringLiteral("admin"), QStringLiteral("wrong")).ok());
    REQUIRE(BackupService::restore(copy, t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword)).ok());
    auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(opened.ok());
    CHECK(*(*opened)->db().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'marker'"))
          == QStringLiteral("old"));
    const QStringList kept = QDir(t.dir()).entryList({QStringLiteral("store.reper.before-restore-*.bak")});
    CHECK(kept.size() == 1);
}

TEST_CASE("a restore never overwrites nor stumbles on a copy kept by an earlier one", "[storage][backup]")
{
    TempStore t;
    const QString copy = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    t.close();
    // Copies already kept under the names this second and the next two would take (two restores
    // within one second did fail with "Cannot keep a copy of the current store").
    const QDateTime now = QDateTime::currentDateTime();
    QStringList planted;
    for (int s = 0; s < 3; ++s) {
        const QString name = t.path()
            + QStringLiteral(".before-restore-%1.bak").arg(now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile f(name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("an earlier kept copy");
        planted << name;
    }
    REQUIRE(BackupService::restore(copy, t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword)).ok());
    REQUIRE(BackupService::restore(copy, t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword)).ok());
    for (const QString& name : planted) {
        QFile f(name);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("an earlier kept copy"));
    }
    CHECK(QDir(t.dir()).entryList({QStringLiteral("store.reper.before-restore-*.bak")}).size() == 5);
    CHECK(Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock()).ok());
}

TEST_CASE("verify checks integrity, cipher and key slots", "[storage][backup]")
{
    TempStore t;
    const VerifyReport report = BackupService::verify(t.store());
    INFO(report.lines.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
    CHECK(report.lines.size() >= 7);
    // A key file of another store is noticed.
    KeyFile other;
    other.setStoreId(QStringLiteral("someone-else"));
    const AuditSigner signer = AuditSigner::generate();
    REQUIRE(other
                .setSlot(QStringLiteral("admin"), QString::fromLatin1(kPassword), t->key(),
                         SlotSecrets{BoxKeyPair::generate(), signer, signer.publicKey()}, false)
                .ok());
    REQUIRE(other.save(KeyFile::pathFor(t.path())).ok());
    CHECK_FALSE(BackupService::verify(t.store()).ok);
}
