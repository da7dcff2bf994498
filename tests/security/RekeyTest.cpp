// A new store key (issue 11 §1): after a user is disabled, the store key they knew opens nothing —
// neither through the program nor with the stock sqlcipher tool and a copy of the old key file —
// while everyone else, the recovery key and the identity keys go on working. A rekey stopped
// between the store and its key file is finished (or undone) at the next sign-in.
#include "security/SecurityFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/BackupService.h"
#include "storage/services/RekeyService.h"
#include "storage/services/UserService.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

bool sqlcipherOpens(const QString& path, const MasterKey& key)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("sqlcipher")), {path});
    if (!p.waitForStarted())
        return false;
    p.write("PRAGMA key = \"x'" + key.bytes().toHex()
            + "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT count(*) FROM victim;\n");
    p.closeWriteChannel();
    p.waitForFinished(60000);
    // A count of the victims (the fixture has some) only when the key opens the file.
    bool isNumber = false;
    const int victims = p.readAllStandardOutput().trimmed().toInt(&isNumber);
    return p.exitCode() == 0 && isNumber && victims > 0;
}

} // namespace

TEST_CASE("after a disabled user's rekey, their password and their copy of the key file open nothing",
          "[security][rekey]")
{
    SecurityFixture fx;
    // What op_cj took home before leaving: the key file, their password, so the store key.
    const QString takenHome = fx.dir() + QStringLiteral("/taken-home.keys");
    REQUIRE(QFile::copy(KeyFile::pathFor(fx.path()), takenHome));
    auto copy = KeyFile::load(takenHome);
    REQUIRE(copy.ok());
    auto theirs = copy->unlockSlot(QStringLiteral("op_cj"), passwordOf(QStringLiteral("op_cj")));
    REQUIRE(theirs.ok());
    const MasterKey oldKey = theirs->key;
    REQUIRE(sqlcipherOpens(fx.path(), oldKey));
    // A backup made before the rekey.
    const QString backup = fx.dir() + QStringLiteral("/before.reper");
    {
        auto admin = fx.openAs(QStringLiteral("admin"));
        REQUIRE(BackupService::backup(*admin, backup).ok());
        REQUIRE(UserService(*admin).disable(QStringLiteral("op_cj")).ok());
        auto report = RekeyService(*admin).rekey();
        INFO((report ? std::string() : report.error().message.toStdString()));
        REQUIRE(report.ok());
        CHECK(report->dropped.isEmpty());
        CHECK(report->kept.size() == 7);
        CHECK_FALSE(report->kept.contains(QStringLiteral("op_cj")));
        CHECK_FALSE(admin->key().sameAs(oldKey));
        // The session goes on with the new key.
        CHECK(admin->audit().list(AuditFilter::forAction(AuditAction::StoreRekeyed))->size() == 1);
        CHECK(AuditVerifier(*admin).verify().ok);
    }
    CHECK_FALSE(sqlcipherOpens(fx.path(), oldKey));
    CHECK_FALSE(Database::open(fx.path(), oldKey.bytes(), false).ok());
    // Everyone else opens; op_bv still reads CR-BV's names.
    for (const RoleUser& u : roleUsers()) {
        const QString name = QString::fromLatin1(u.name);
        if (name == QLatin1String("op_cj"))
            continue;
        INFO(name.toStdString());
        CHECK(Store::open(fx.path(), name, passwordOf(name), fixedClock()).ok());
    }
    {
        auto op = fx.openAs(QStringLiteral("op_bv"));
        auto id = VictimRepository(*op).idByCode(QStringLiteral("RV-T00001"));
        REQUIRE(id.ok());
        REQUIRE(id->has_value());
        auto identity = VictimRepository(*op).openIdentity(**id);
        REQUIRE(identity.ok());
        CHECK(identity->lastName == QStringLiteral("Testescu"));
    }
    // The recovery key still opens it all.
    auto recovered
        = Store::openWithRecoveryKey(fx.path(), fx.temp().recoveryKey(), QStringLiteral("admin"), fixedClock());
    REQUIRE(recovered.ok());
    CHECK((*recovered)->identityKeys().heldCenters().size() == 15);
    recovered->reset();
    // What a rekey cannot take back: the backup made before keeps the old key and the old slots.
    CHECK(sqlcipherOpens(backup, oldKey));
}

TEST_CASE("a rekey stopped before its key file was in place is finished, or undone, at the next sign-in",
          "[security][rekey]")
{
    TempStore t;
    const MasterKey oldKey = t->key();
    t.close();
    const QString keyPath = KeyFile::pathFor(t.path());
    const QString pending = KeyFile::pendingPathFor(t.path());
    const auto pendingWith = [&](const MasterKey& next) {
        auto keys = KeyFile::load(keyPath);
        REQUIRE(keys.ok());
        keys->setKeyCheck(next.checkValue());
        REQUIRE(keys->resealMaster(QStringLiteral("admin"), next).ok());
        REQUIRE(keys->setRecovery(keys->recovery().boxPublic, next).ok());
        REQUIRE(keys->save(pending).ok());
    };
    SECTION("the store was rekeyed: the waiting key file goes in place")
    {
        const MasterKey next = MasterKey::generate();
        pendingWith(next);
        {
            auto db = Database::open(t.path(), oldKey.bytes(), false);
            REQUIRE(db.ok());
            REQUIRE((*db)->rekey(next.bytes()).ok());
        }
        auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
        INFO((opened ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.ok());
        CHECK((*opened)->key().sameAs(next));
        CHECK_FALSE(QFile::exists(pending));
    }
    SECTION("the store was not rekeyed: the waiting key file is removed")
    {
        pendingWith(MasterKey::generate());
        auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
        REQUIRE(opened.ok());
        CHECK((*opened)->key().sameAs(oldKey));
        CHECK_FALSE(QFile::exists(pending));
    }
}

TEST_CASE("only an administrator renews the store key", "[security][rekey]")
{
    SecurityFixture fx;
    for (const QString& user : {QStringLiteral("op_bv"), QStringLiteral("coord_nat"), QStringLiteral("analyst_nat")}) {
        auto store = fx.openAs(user);
        auto refused = RekeyService(*store).rekey();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("administrator")));
    }
}
