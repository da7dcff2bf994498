// A store written before key pairs (tests/data/v1-store: key file version 1, identity in clear inside
// the encrypted file) is upgraded when an administrator opens it: a backup first, then the identity
// sealed per centre, a new recovery key shown, the administrator's slot rewritten; each other user's
// slot at their next sign-in, the centre's staff receiving its key through their signing key. No
// one else can upgrade it, and a slot of the old kind whose signing fields were removed signs in no
// more.
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/lists/RecordListQuery.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/RekeyService.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

struct OldStore
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.reper"));
    OldStore()
    {
        REQUIRE(QFile::copy(dataPath(QStringLiteral("v1-store/store.reper")), path));
        REQUIRE(QFile::copy(dataPath(QStringLiteral("v1-store/store.reper.keys")), KeyFile::pathFor(path)));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(KeyFile::pathFor(path), QFile::ReadOwner | QFile::WriteOwner);
    }
    Result<std::unique_ptr<Store>> open(const QString& user, const QString& password)
    {
        return Store::open(path, user, password, fixedClock());
    }
};

QString own(const char* user) { return QString::fromLatin1(user) + QStringLiteral("-own-password-1"); }
const QString kAdminPassword = QStringLiteral("v1-admin-password");

Result<VictimIdentity> identityOf(Store& store, const QString& code)
{
    auto id = VictimRepository(store).idByCode(code);
    if (!id)
        return id.error();
    if (!id->has_value())
        return makeError(QStringLiteral("not found"));
    return VictimRepository(store).openIdentity(**id);
}

} // namespace

TEST_CASE("an administrator's sign-in upgrades a store of the old kind — no one else's does", "[security][upgrade]")
{
    OldStore old;
    // The old recovery key is the old store key itself.
    const MasterKey oldKey(*RecoveryKey::decode(readText(dataPath(QStringLiteral("v1-store/recovery-key.txt")))));
    {
        auto db = Database::open(old.path, oldKey.bytes(), false);
        REQUIRE(db.ok());
        CHECK(*(*db)->queryText(QStringLiteral("SELECT last_name FROM victim_identity ORDER BY victim_id LIMIT 1"))
              == QStringLiteral("Testescu"));
    }
    auto refused = old.open(QStringLiteral("op_bv"), own("op_bv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("an administrator must open it once")));
    CHECK(KeyFile::load(KeyFile::pathFor(old.path))->version() == 1);

    QString recovery;
    {
        auto admin = old.open(QStringLiteral("admin"), kAdminPassword);
        INFO((admin ? std::string() : admin.error().message.toStdString() + admin.error().detail.toStdString()));
        REQUIRE(admin.ok());
        recovery = (*admin)->newRecoveryKey();
        REQUIRE(RecoveryKey::decode(recovery).ok());
        CHECK((*admin)->audit().list(AuditFilter::forAction(AuditAction::KeysUpgraded))->size() == 1);
        const AuditVerifyReport verified = AuditVerifier(**admin).verify();
        INFO(verified.lines.join(QLatin1Char('\n')).toStdString());
        CHECK(verified.ok);
        REQUIRE((*admin)->acknowledgeRecoveryKey().ok());
    }
    // A backup was taken first, with the old key file; the new key file holds the recovery seal.
    // It is named after the schema the store was brought to.
    CHECK(QDir(old.dir.path())
              .entryList({QStringLiteral("store.reper.before-schema-%1-*.bak").arg(Migrator::latestVersion())})
              .size()
          == 1);
    auto keys = KeyFile::load(KeyFile::pathFor(old.path));
    REQUIRE(keys.ok());
    CHECK(keys->version() == 2);
    CHECK_FALSE(keys->recovery().isEmpty());
    CHECK_FALSE(keys->slotFor(QStringLiteral("admin"))->isLegacy());
    CHECK(keys->slotFor(QStringLiteral("op_bv"))->isLegacy());
    CHECK_FALSE(QFile::exists(KeyFile::pendingPathFor(old.path)));
    // The store key did not change, but it reads no name any more: the file was rewritten.
    {
        auto db = Database::open(old.path, oldKey.bytes(), false);
        REQUIRE(db.ok());
        CHECK(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM victim_identity WHERE last_name LIKE '%escu%'"))
              == 0);
    }
    QFile raw(old.path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Testescu"));

    // op_bv's old slot is upgraded at their sign-in, and CR-BV's key reaches it through their
    // signing key; they read and find RV-T00001.
    {
        auto op = old.open(QStringLiteral("op_bv"), own("op_bv"));
        INFO((op ? std::string() : op.error().message.toStdString()));
        REQUIRE(op.ok());
        CHECK((*op)->newRecoveryKey().isEmpty());
        auto identity = identityOf(**op, QStringLiteral("RV-T00001"));
        REQUIRE(identity.ok());
        CHECK(identity->lastName == QStringLiteral("Testescu"));
        ListFilter f;
        f.search = QStringLiteral("testescu");
        CHECK(*RecordListQuery(**op, ListKind::Victims).count(f) == 1);
    }
    CHECK_FALSE(KeyFile::load(KeyFile::pathFor(old.path))->slotFor(QStringLiteral("op_bv"))->isLegacy());
    // Another centre's operator and an analyst read nothing; the operator whose password was still
    // a temporary one (the administrator typed it) gets no key either.
    {
        auto cj = old.open(QStringLiteral("op_cj"), own("op_cj"));
        REQUIRE(cj.ok());
        CHECK_FALSE(identityOf(**cj, QStringLiteral("RV-T00001")).ok());
    }
    {
        auto temp = old.open(QStringLiteral("op_temp"), QStringLiteral("temporary-password-1"));
        REQUIRE(temp.ok());
        CHECK((*temp)->mustChangePassword());
        CHECK((*temp)->identityKeys().isEmpty());
    }
    // The new recovery key reads every centre, CR-B's planted name included.
    {
        auto recovered = Store::openWithRecoveryKey(old.path, recovery, QStringLiteral("admin"), fixedClock());
        REQUIRE(recovered.ok());
        auto secret = identityOf(**recovered, QStringLiteral("RV-T00002"));
        // The recovery session reads through the vault; the access rules say an administrator may not.
        CHECK_FALSE(secret.ok());
        auto stored
            = (*recovered)
                  ->identity()
                  .read(*(*recovered)->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00002'")));
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        CHECK((*stored)->lastName == QStringLiteral("Secretescu"));
    }
    // A rekey now drops the slots still of the old kind (coord_bv and analyst_nat never signed in).
    {
        auto admin = old.open(QStringLiteral("admin"), kAdminPassword);
        REQUIRE(admin.ok());
        auto report = RekeyService(**admin).rekey();
        INFO((report ? std::string() : report.error().message.toStdString()));
        REQUIRE(report.ok());
        CHECK(report->dropped.contains(QStringLiteral("coord_bv")));
        CHECK(report->dropped.contains(QStringLiteral("analyst_nat")));
        CHECK(report->kept.contains(QStringLiteral("op_bv")));
    }
    CHECK(old.open(QStringLiteral("op_bv"), own("op_bv")).ok());
    CHECK_FALSE(old.open(QStringLiteral("coord_bv"), own("coord_bv")).ok());
}

TEST_CASE("a slot of the old kind whose signing fields were removed does not sign in", "[security][upgrade]")
{
    OldStore old;
    QJsonObject root = readJsonObject(KeyFile::pathFor(old.path));
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    for (int i = 0; i < slots.size(); ++i) {
        QJsonObject o = slots[i].toObject();
        if (o.value(QStringLiteral("user")).toString() == QLatin1String("op_bv")) {
            for (const char* field : {"sign", "sign_public", "sign_nonce", "sign_sealed"})
                o.remove(QString::fromLatin1(field));
            slots[i] = o;
        }
    }
    root.insert(QStringLiteral("slots"), slots);
    REQUIRE(writeFileAtomically(KeyFile::pathFor(old.path), QJsonDocument(root).toJson()).ok());
    REQUIRE(old.open(QStringLiteral("admin"), kAdminPassword).ok()); // upgraded
    auto opened = old.open(QStringLiteral("op_bv"), own("op_bv"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("holds no signing key")));
}
