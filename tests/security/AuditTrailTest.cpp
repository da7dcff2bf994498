// The audit trail: what is recorded, and that someone holding only the master key (or the
// recovery key) cannot change, remove or add an entry without `audit verify` noticing — even
// after dropping the append-only triggers.
#include "storage/audit/AuditTrail.h"

#include "importer/Importer.h"
#include "security/SecurityFixture.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/keys/SecuritySession.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/BackupService.h"
#include "storage/services/UserService.h"

#include <QFile>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

std::unique_ptr<Store> reopen(TempStore& t, const QString& user = QStringLiteral("admin"),
                              const QString& password = QString::fromLatin1(kPassword))
{
    t.close();
    auto s = Store::open(t.path(), user, password, fixedClock());
    INFO((s ? std::string() : (s.error().message + QLatin1Char(' ') + s.error().detail).toStdString()));
    REQUIRE(s.ok());
    return std::move(*s);
}

QStringList actions(Store& store)
{
    QStringList out;
    const auto entries = store.audit().list({});
    REQUIRE(entries.ok());
    for (const AuditEntry& e : *entries)
        out << e.action;
    return out;
}

// What an attacker with the recovery key alone can do: open the file with the raw master key.
std::unique_ptr<Database> rawOpen(const QString& path, const QString& recoveryKey)
{
    const MasterKey key = storeKeyFromRecoveryKey(path, recoveryKey);
    REQUIRE(key.isValid());
    auto db = Database::open(path, key.bytes(), false);
    REQUIRE(db.ok());
    return std::move(*db);
}

// A key put into audit_key for admin makes admin's own slot refused at sign-in (its signing key is no
// longer the latest the table names for admin): the administrator sees at once that something is
// wrong. Verify, run through the recovery key, says what.
bool adminSlotRefused(TempStore& t)
{
    t.close();
    auto s = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    return !s && s.error().detail == QLatin1String("retired or unknown signing key");
}

bool verifiesWithRecoveryKey(TempStore& t, const QString& recovery)
{
    t.close();
    auto s = Store::openWithRecoveryKey(t.path(), recovery, QStringLiteral("admin"), fixedClock());
    REQUIRE(s.ok());
    const AuditVerifyReport r = AuditVerifier(**s).verify();
    INFO(r.lines.join(QLatin1Char('\n')).toStdString());
    return r.ok;
}

bool verifies(TempStore& t, std::optional<AuditHead> against = {})
{
    auto store = reopen(t);
    const AuditVerifyReport r = AuditVerifier(*store).verify(against);
    INFO(r.lines.join(QLatin1Char('\n')).toStdString());
    return r.ok;
}

} // namespace

TEST_CASE("the trail records logins, imports, identity views and record changes", "[security][audit]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    auto store = reopen(t);
    QStringList seen = actions(*store);
    CHECK(seen.first() == AuditAction::StoreCreated);
    CHECK(seen.count(AuditAction::Import) == 1); // one entry for the whole import, not one per row
    CHECK(seen.contains(AuditAction::Login));
    CHECK(seen.count(AuditAction::RecordCreated) == 0);

    // A change made through the store's connection is staged by the triggers and signed.
    REQUIRE(store->db().exec(QStringLiteral("UPDATE assistance SET provider = 'ngo' WHERE id = 1")).ok());
    REQUIRE(store->db()
                .exec(QStringLiteral("UPDATE victim_identity SET last_name = 'Altescu' "
                                     "WHERE victim_id = (SELECT id FROM victim WHERE code = 'RV-T00001')"))
                .ok());
    REQUIRE(store->db().exec(QStringLiteral("DELETE FROM protocol WHERE id = 1")).ok());
    REQUIRE(store->audit().flush().ok());
    const auto entries = *store->audit().list(AuditFilter::forAction(QStringLiteral("record")));
    REQUIRE(entries.size() == 3);
    const QJsonObject assistance = QJsonDocument::fromJson(entries[0].detail.toUtf8()).object();
    CHECK(entries[0].action == AuditAction::RecordChanged);
    CHECK(entries[0].recordType == QStringLiteral("assistance"));
    CHECK(entries[0].center == QStringLiteral("CR-BV"));
    CHECK(entries[0].recordCode.startsWith(QStringLiteral("RV-T")));
    // A record about a victim: the field's name, not its values (AuditValuesTest).
    CHECK(assistance.value(QStringLiteral("fields")).toObject().value(QStringLiteral("provider")).toString()
          == QStringLiteral("changed"));
    // Identity: the field name only, never the old or the new value.
    CHECK(entries[1].recordCode == QStringLiteral("RV-T00001"));
    CHECK(entries[1].detail.contains(QStringLiteral("\"last_name\":\"changed\"")));
    CHECK_FALSE(entries[1].detail.contains(QStringLiteral("Altescu")));
    CHECK_FALSE(entries[1].detail.contains(QStringLiteral("Testescu")));
    CHECK(entries[2].action == AuditAction::RecordDeleted);
    CHECK(entries[2].recordType == QStringLiteral("protocol"));
    CHECK(*store->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_change")) == 0);

    // A change left unsigned is signed when the store closes.
    REQUIRE(store->db().exec(QStringLiteral("UPDATE event SET title = 'Alt titlu' WHERE id = 1")).ok());
    store.reset();
    t.close();
    store = reopen(t);
    CHECK(store->audit().list(AuditFilter::forAction(QStringLiteral("record.changed")))->size() == 3);
    CHECK(AuditVerifier(*store).verify().ok);
}

TEST_CASE("the trail cannot be updated or deleted through SQL: triggers refuse", "[security][audit]")
{
    TempStore t;
    CHECK_FALSE(t->db().exec(QStringLiteral("UPDATE audit_entry SET action = 'x' WHERE seq = 1")).ok());
    CHECK_FALSE(t->db().exec(QStringLiteral("DELETE FROM audit_entry")).ok());
    CHECK_FALSE(t->db().exec(QStringLiteral("DELETE FROM audit_key")).ok());
}

TEST_CASE("verify catches an entry altered, deleted or inserted with the master key", "[security][audit]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    {
        auto store = reopen(t);
        REQUIRE(UserService(*store)
                    .add(QStringLiteral("ion"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                         QStringLiteral("temporary-password-1"))
                    .ok());
    }
    REQUIRE(verifies(t));
    const QString recovery = t.recoveryKey();
    t.close();
    const QString copy = t.dir() + QStringLiteral("/pristine.reper");
    REQUIRE(QFile::copy(t.path(), copy));
    const auto restorePristine = [&] {
        t.close();
        QFile::remove(t.path());
        QFile::remove(t.path() + QStringLiteral("-wal"));
        QFile::remove(t.path() + QStringLiteral("-shm"));
        REQUIRE(QFile::copy(copy, t.path()));
    };
    const auto tamper = [&](const QString& sql) {
        restorePristine();
        auto db = rawOpen(t.path(), recovery);
        REQUIRE(db->exec(QStringLiteral("DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;"
                                        "DROP TRIGGER audit_key_no_update; DROP TRIGGER audit_key_no_delete;"))
                    .ok());
        INFO(sql.toStdString());
        REQUIRE(db->exec(sql).ok());
    };

    SECTION("an altered detail")
    {
        tamper(QStringLiteral("UPDATE audit_entry SET detail = replace(detail, '\"new\":34', '\"new\":3') "
                              "WHERE action = 'import'"));
        CHECK_FALSE(verifies(t));
    }
    SECTION("an altered entry whose hash is recomputed (but cannot be re-signed)")
    {
        // The attacker can recompute SHA-256; only the signature gives them away.
        restorePristine();
        auto db = rawOpen(t.path(), recovery);
        REQUIRE(db->exec(QStringLiteral("DROP TRIGGER audit_entry_no_update")).ok());
        auto st = db->prepare(QStringLiteral("SELECT seq, at, user_name, action, record_type, record_id, record_code, "
                                             "center, detail, prev_hash, k.public_key FROM audit_entry e "
                                             "JOIN audit_key k ON k.id = e.key_id WHERE action = 'user.added'"));
        REQUIRE(st.ok());
        REQUIRE(st->next());
        AuditEntry e;
        e.seq = st->int64(0);
        e.at = st->text(1);
        e.userName = st->text(2);
        e.action = st->text(3);
        e.recordType = st->text(4);
        e.recordId = st->int64(5);
        e.recordCode = st->text(6);
        e.center = st->text(7);
        e.detail = QStringLiteral("{\"roles\":\"administrator\",\"scope\":\"national\"}");
        e.prevHash = st->blob(9);
        e.signerKey = st->blob(10);
        st->reset();
        auto up = db->prepare(QStringLiteral("UPDATE audit_entry SET detail = ?, hash = ? WHERE seq = ?"));
        REQUIRE(up.ok());
        REQUIRE(up->bind(1, e.detail).bindBlob(2, e.computeHash()).bind(3, e.seq).exec().ok());
        db.reset();
        CHECK_FALSE(verifies(t));
    }
    SECTION("an entry deleted from the middle")
    {
        tamper(QStringLiteral("DELETE FROM audit_entry WHERE action = 'import'"));
        CHECK_FALSE(verifies(t));
    }
    SECTION("the entries renumbered after a deletion")
    {
        tamper(QStringLiteral(
            "DELETE FROM audit_entry WHERE seq = 3; UPDATE audit_entry SET seq = seq - 1 WHERE seq > 3"));
        CHECK_FALSE(verifies(t));
    }
    SECTION("an entry inserted, signed with a key of the attacker's own")
    {
        restorePristine();
        auto db = rawOpen(t.path(), recovery);
        const AuditSigner mallory = AuditSigner::generate();
        auto last = db->prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        REQUIRE(last.ok());
        REQUIRE(last->next());
        AuditEntry e;
        e.seq = last->int64(0) + 1;
        e.prevHash = last->blob(1);
        last->reset();
        e.at = QStringLiteral("2026-01-15T12:00:00Z");
        e.userName = QStringLiteral("admin");
        e.action = AuditAction::Export;
        e.detail = QStringLiteral("{\"what\":\"nothing\"}");
        e.signerKey = mallory.publicKey();
        e.hash = e.computeHash();
        e.signature = mallory.sign(e.hash);
        auto key = db->prepare(
            QStringLiteral("INSERT INTO audit_key(user_id, public_key, registered_seq) VALUES (1, ?, ?)"));
        REQUIRE(key.ok());
        REQUIRE(key->bindBlob(1, e.signerKey).bind(2, e.seq).exec().ok());
        const qint64 keyId = db->lastInsertId();
        auto ins = db->prepare(QStringLiteral("INSERT INTO audit_entry(seq, at, user_id, user_name, action, detail, "
                                              "key_id, prev_hash, hash, signature) VALUES (?,?,1,?,?,?,?,?,?,?)"));
        REQUIRE(ins.ok());
        ins->bind(1, e.seq).bind(2, e.at).bind(3, e.userName).bind(4, e.action).bind(5, e.detail).bind(6, keyId);
        REQUIRE(ins->bindBlob(7, e.prevHash).bindBlob(8, e.hash).bindBlob(9, e.signature).exec().ok());
        db.reset();
        CHECK(adminSlotRefused(t));
        CHECK_FALSE(verifiesWithRecoveryKey(t, recovery));
    }
    SECTION("an entry inserted that claims to introduce the attacker's key")
    {
        restorePristine();
        auto db = rawOpen(t.path(), recovery);
        const AuditSigner mallory = AuditSigner::generate();
        auto last = db->prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        REQUIRE(last.ok());
        REQUIRE(last->next());
        AuditEntry e;
        e.seq = last->int64(0) + 1;
        e.prevHash = last->blob(1);
        last->reset();
        e.at = QStringLiteral("2026-01-15T12:00:00Z");
        e.userName = QStringLiteral("admin");
        e.action = AuditAction::KeyRegistered;
        e.recordType = QStringLiteral("user");
        e.detail = QStringLiteral("{\"public_key\":\"%1\",\"user\":\"admin\"}")
                       .arg(QString::fromLatin1(mallory.publicKey().toBase64()));
        e.signerKey = mallory.publicKey();
        e.hash = e.computeHash();
        e.signature = mallory.sign(e.hash);
        auto key = db->prepare(
            QStringLiteral("INSERT INTO audit_key(user_id, public_key, registered_seq) VALUES (1, ?, ?)"));
        REQUIRE(key->bindBlob(1, e.signerKey).bind(2, e.seq).exec().ok());
        const qint64 keyId = db->lastInsertId();
        auto ins
            = db->prepare(QStringLiteral("INSERT INTO audit_entry(seq, at, user_id, user_name, action, record_type, "
                                         "detail, key_id, prev_hash, hash, signature) VALUES (?,?,1,?,?,?,?,?,?,?,?)"));
        ins->bind(1, e.seq).bind(2, e.at).bind(3, e.userName).bind(4, e.action).bind(5, e.recordType).bind(6, e.detail);
        REQUIRE(ins->bind(7, keyId).bindBlob(8, e.prevHash).bindBlob(9, e.hash).bindBlob(10, e.signature).exec().ok());
        db.reset();
        CHECK(adminSlotRefused(t));
        CHECK_FALSE(verifiesWithRecoveryKey(t, recovery));
    }
    SECTION("the whole trail rewritten from its first entry with the attacker's key")
    {
        // Everything re-signed consistently: only the first key sealed in the verifier's slot tells.
        restorePristine();
        auto db = rawOpen(t.path(), recovery);
        REQUIRE(db->exec(QStringLiteral("DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_key_no_update;")).ok());
        const AuditSigner mallory = AuditSigner::generate();
        REQUIRE(db->exec(QStringLiteral("UPDATE audit_key SET public_key = randomblob(32) WHERE id > 1")).ok());
        auto key = db->prepare(QStringLiteral("UPDATE audit_key SET public_key = ? WHERE id = 1"));
        REQUIRE(key->bindBlob(1, mallory.publicKey()).exec().ok());
        // Keep only the entries the attacker's key can re-sign as its own: drop the others.
        REQUIRE(db->exec(QStringLiteral("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE key_id <> 1 "
                                        "OR seq > 3"))
                    .ok());
        auto st = db->prepare(QStringLiteral("SELECT seq, at, user_name, action, record_type, record_id, record_code, "
                                             "center, detail FROM audit_entry ORDER BY seq"));
        QList<AuditEntry> rows;
        while (st->next()) {
            AuditEntry e;
            e.seq = st->int64(0);
            e.at = st->text(1);
            e.userName = st->text(2);
            e.action = st->text(3);
            e.recordType = st->text(4);
            e.recordId = st->int64(5);
            e.recordCode = st->text(6);
            e.center = st->text(7);
            e.detail = st->text(8);
            rows << e;
        }
        st->reset();
        auto storeId = db->queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"));
        QByteArray prev = AuditChain::genesisHash(*storeId);
        auto up
            = db->prepare(QStringLiteral("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ?, signature = ? "
                                         "WHERE seq = ?"));
        for (AuditEntry e : rows) {
            if (e.seq == 1)
                e.detail = QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(mallory.publicKey().toBase64())},
                                    {QStringLiteral("roles"), QStringLiteral("administrator,coordinator")},
                                    {QStringLiteral("user"), QStringLiteral("admin")}})
                        .toJson(QJsonDocument::Compact));
            e.signerKey = mallory.publicKey();
            e.prevHash = prev;
            e.hash = e.computeHash();
            e.signature = mallory.sign(e.hash);
            REQUIRE(up->bind(1, e.detail)
                        .bindBlob(2, e.prevHash)
                        .bindBlob(3, e.hash)
                        .bindBlob(4, e.signature)
                        .bind(5, e.seq)
                        .exec()
                        .ok());
            prev = e.hash;
        }
        db.reset();
        // Re-signed consistently, the trail would pass a check that takes its start on trust; the
        // first key sealed in admin's slot does not match it, and that slot no longer signs in.
        CHECK(adminSlotRefused(t));
    }
}

TEST_CASE("entries cut off the end are caught against a backup or its recorded head", "[security][audit]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    const QString backup = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(BackupService::backup(t.store(), backup).ok());
    REQUIRE(QFile::exists(BackupService::headPathFor(backup)));
    auto head = AuditVerifier::headOf(BackupService::headPathFor(backup), t->key());
    REQUIRE(head.ok());
    auto fromBackup = AuditVerifier::headOf(backup, t->key());
    REQUIRE(fromBackup.ok());
    CHECK(fromBackup->seq == head->seq);
    CHECK(fromBackup->hash.startsWith(head->hash));
    CHECK(verifies(t, *head));
    CHECK(verifies(t, *fromBackup));

    // Remove the last entries (the import and the backup's own) with the master key.
    const QString recovery = t.recoveryKey();
    t.close();
    {
        auto db = rawOpen(t.path(), recovery);
        REQUIRE(db->exec(QStringLiteral("DROP TRIGGER audit_entry_no_delete")).ok());
        REQUIRE(db->exec(QStringLiteral("DELETE FROM audit_entry WHERE seq >= %1").arg(head->seq - 1)).ok());
    }
    auto store = reopen(t);
    // Without an anchor the shortened chain is still a valid chain (a new login was appended)...
    const AuditVerifyReport alone = AuditVerifier(*store).verify();
    CHECK(alone.ok);
    // ... but not against the backup, its head file, or a head copied from a report footer.
    CHECK_FALSE(AuditVerifier(*store).verify(*head).ok);
    CHECK_FALSE(AuditVerifier(*store).verify(*fromBackup).ok);
    const auto footer = AuditHead::find(QStringLiteral("Bilanț 2020 … jurnal de audit: %1\n").arg(head->text()));
    REQUIRE(footer.has_value());
    CHECK_FALSE(AuditVerifier(*store).verify(*footer).ok);
}

TEST_CASE("a key set with the recovery key is reported, and the chain stays whole", "[security][audit]")
{
    TempStore t;
    const QString recovery = t.recoveryKey();
    t.close();
    // Every password forgotten: the key file stays (the store key is sealed in it to the recovery key).
    {
        auto opened = Store::openWithRecoveryKey(t.path(), recovery, QStringLiteral("admin"), fixedClock());
        REQUIRE(opened.ok());
        CHECK_FALSE((*opened)->audit().canSign());
        REQUIRE(UserService(**opened).recover(QStringLiteral("a-new-password-after-loss")).ok());
    }
    auto store
        = Store::open(t.path(), QStringLiteral("admin"), QStringLiteral("a-new-password-after-loss"), fixedClock());
    REQUIRE(store.ok());
    const AuditVerifyReport r = AuditVerifier(**store).verify();
    INFO(r.lines.join(QLatin1Char('\n')).toStdString());
    CHECK(r.ok);
    REQUIRE(r.notices.size() == 1);
    CHECK(r.notices.first().contains(QStringLiteral("without another user's key")));
}

TEST_CASE("a trail check on another connection of the session anchors on the store's first key", "[security][audit]")
{
    TempStore t;
    auto other = Store::openAnotherConnection(t.store());
    REQUIRE(other);
    CHECK((*other)->security().rootPublicKey() == t->security().rootPublicKey());
    const AuditVerifyReport report = AuditVerifier(**other).verify();
    CHECK(report.ok);
    CHECK(report.notices.isEmpty()); // not "the start of the trail is taken on trust"
    CHECK(report.lines.contains(QStringLiteral("ok: the trail starts with the key this store was created with")));
}
