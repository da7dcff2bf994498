// Who may introduce a key: `key.registered` (and the user entries that grant roles) must be signed
// by a key that was, at that point of the trail, an administrator's; and a slot holding a key the
// trail does not know does not introduce it by itself while its user has a current key.
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/services/UserService.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kIonTemporary = QStringLiteral("temporary-password-1");

// What a user who holds the master key (every user does) and their own signing key can write:
// an entry appended at the end, chained and signed by that key.
struct Forger
{
    Database& db;
    QString storeIdNotUsed;

    // Returns the id of the key it introduces, if any.
    qint64 append(const QString& userName, qint64 keyId, const AuditSigner& signer, const QString& action,
                  const QString& recordCode, const QJsonObject& detail, const QByteArray& newKey = {},
                  qint64 newKeyUser = 0)
    {
        auto last = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        REQUIRE(last);
        REQUIRE(last->next());
        AuditEntry e;
        e.seq = last->int64(0) + 1;
        e.prevHash = last->blob(1);
        last->reset();
        qint64 newKeyId = 0;
        if (!newKey.isEmpty()) {
            auto key = db.prepare(
                QStringLiteral("INSERT INTO audit_key(user_id, public_key, registered_seq) VALUES (?, ?, ?)"));
            REQUIRE(key);
            REQUIRE(key->bind(1, newKeyUser).bindBlob(2, newKey).bind(3, e.seq).exec());
            newKeyId = db.lastInsertId();
        }
        e.at = QStringLiteral("2026-01-15T12:00:00Z");
        e.userName = userName;
        e.action = action;
        e.recordType = QStringLiteral("user");
        e.recordCode = recordCode;
        e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
        e.signerKey = signer.publicKey();
        e.keyId = keyId;
        e.hash = e.computeHash();
        e.signature = signer.sign(e.hash);
        auto ins = db.prepare(QStringLiteral("INSERT INTO audit_entry(seq, at, user_name, action, record_type, "
                                             "record_code, detail, key_id, prev_hash, hash, signature) "
                                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        REQUIRE(ins);
        ins->bind(1, e.seq).bind(2, e.at).bind(3, e.userName).bind(4, e.action).bind(5, e.recordType);
        ins->bind(6, e.recordCode).bind(7, e.detail).bind(8, e.keyId);
        REQUIRE(ins->bindBlob(9, e.prevHash).bindBlob(10, e.hash).bindBlob(11, e.signature).exec());
        return newKeyId;
    }
};

// A store whose administrator added the operator "ion"; returns ion's signing key from ion's slot.
AuditSigner storeWithOperator(TempStore& t)
{
    REQUIRE(UserService(t.store())
                .add(QStringLiteral("ion"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"), kIonTemporary)
                .ok());
    auto keys = KeyFile::load(KeyFile::pathFor(t.path()));
    REQUIRE(keys);
    auto slot = keys->unlockSlot(QStringLiteral("ion"), kIonTemporary);
    REQUIRE(slot);
    REQUIRE(slot->signer.isValid());
    return slot->signer;
}

AuditVerifyReport verifyAsAdmin(TempStore& t)
{
    t.close();
    auto store = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    if (!store) {
        // A key forged for admin into audit_key makes admin's own slot refused at sign-in (its key is
        // no longer the one the table names for admin); the trail is then checked with the recovery key.
        REQUIRE(store.error().detail == QLatin1String("retired or unknown signing key"));
        store = Store::openWithRecoveryKey(t.path(), t.recoveryKey(), QStringLiteral("admin"), fixedClock());
    }
    REQUIRE(store);
    return AuditVerifier(**store).verify();
}

} // namespace

TEST_CASE("audit verify refuses a key introduced by a user who was no administrator at that point",
          "[security][audit][roles]")
{
    TempStore t;
    const AuditSigner ion = storeWithOperator(t);
    const QString recovery = t.recoveryKey();
    REQUIRE(verifyAsAdmin(t).ok);
    t.close();
    const MasterKey key = storeKeyFromRecoveryKey(t.path(), recovery);
    REQUIRE(key.isValid());
    auto db = Database::open(t.path(), key.bytes(), false);
    REQUIRE(db);
    const qint64 ionId = *(*db)->queryInt(QStringLiteral("SELECT id FROM app_user WHERE name = 'ion'"));
    const qint64 adminId = *(*db)->queryInt(QStringLiteral("SELECT id FROM app_user WHERE name = 'admin'"));
    const qint64 ionKey = *(*db)->queryInt(QStringLiteral("SELECT id FROM audit_key WHERE user_id = %1").arg(ionId));
    Forger forge{**db, {}};
    const AuditSigner mallory = AuditSigner::generate();
    const QString malloryKey = QString::fromLatin1(mallory.publicKey().toBase64());

    SECTION("an operator introduces a new key for the administrator")
    {
        const qint64 malloryId = forge.append(
            QStringLiteral("ion"), ionKey, ion, AuditAction::KeyRegistered, QStringLiteral("admin"),
            {{QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("public_key"), malloryKey}},
            mallory.publicKey(), adminId);
        // ... and signs as the administrator with it.
        forge.append(QStringLiteral("admin"), malloryId, mallory, AuditAction::UserAdded, QStringLiteral("evil"),
                     {{QStringLiteral("roles"), QStringLiteral("administrator")}});
    }
    SECTION("an operator grants themselves the administrator role, then introduces a key")
    {
        forge.append(QStringLiteral("ion"), ionKey, ion, AuditAction::UserAdded, QStringLiteral("ion"),
                     {{QStringLiteral("roles"), QStringLiteral("administrator")}});
        forge.append(QStringLiteral("ion"), ionKey, ion, AuditAction::KeyRegistered, QStringLiteral("ion"),
                     {{QStringLiteral("user"), QStringLiteral("ion")}, {QStringLiteral("public_key"), malloryKey}},
                     mallory.publicKey(), ionId);
    }
    db->reset();
    const AuditVerifyReport report = verifyAsAdmin(t);
    INFO(report.lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.ok);
    CHECK(report.lines.join(QLatin1Char('\n')).contains(QStringLiteral("administrator")));
}

TEST_CASE("a user disabled is no administrator any more for the trail", "[security][audit][roles]")
{
    TempStore t;
    REQUIRE(
        UserService(t.store()).add(QStringLiteral("ana2"), {QStringLiteral("administrator")}, {}, kIonTemporary).ok());
    auto keys = KeyFile::load(KeyFile::pathFor(t.path()));
    REQUIRE(keys);
    auto slot = keys->unlockSlot(QStringLiteral("ana2"), kIonTemporary);
    REQUIRE(slot);
    const AuditSigner ana2 = slot->signer;
    REQUIRE(UserService(t.store()).disable(QStringLiteral("ana2")).ok());
    const QString recovery = t.recoveryKey();
    REQUIRE(verifyAsAdmin(t).ok);
    t.close();
    const MasterKey key = storeKeyFromRecoveryKey(t.path(), recovery);
    REQUIRE(key.isValid());
    auto db = Database::open(t.path(), key.bytes(), false);
    REQUIRE(db);
    const qint64 anaKey = *(*db)->queryInt(
        QStringLiteral("SELECT k.id FROM audit_key k JOIN app_user u ON u.id = k.user_id WHERE u.name = 'ana2'"));
    const AuditSigner mallory = AuditSigner::generate();
    Forger{**db, {}}.append(QStringLiteral("ana2"), anaKey, ana2, AuditAction::KeyRegistered, QStringLiteral("admin"),
                            {{QStringLiteral("user"), QStringLiteral("admin")},
                             {QStringLiteral("public_key"), QString::fromLatin1(mallory.publicKey().toBase64())}},
                            mallory.publicKey(), 1);
    db->reset();
    CHECK_FALSE(verifyAsAdmin(t).ok);
}

TEST_CASE("a slot with a key the trail does not know does not introduce it while its user has a key",
          "[security][audit][roles]")
{
    TempStore t;
    storeWithOperator(t);
    const QString keyPath = KeyFile::pathFor(t.path());
    // Ion's slot resealed with the right password and master key but another signing key.
    auto keys = KeyFile::load(keyPath);
    REQUIRE(keys);
    auto slot = keys->unlockSlot(QStringLiteral("ion"), kIonTemporary);
    REQUIRE(slot);
    const qint64 before = *t->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_entry"));
    REQUIRE(keys->setSlot(QStringLiteral("ion"), kIonTemporary, slot->key,
                          SlotSecrets{slot->box, AuditSigner::generate(), slot->rootPublicKey}, true));
    REQUIRE(keys->save(keyPath));
    t.close();
    auto opened = Store::open(t.path(), QStringLiteral("ion"), kIonTemporary, fixedClock());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(QStringLiteral("signing key")));
    auto admin = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(admin);
    CHECK(*(*admin)->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                                  "'key.self_registered'"))
          == 0);
    CHECK(*(*admin)->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_entry")) > before);
    CHECK(AuditVerifier(**admin).verify().ok);
}
