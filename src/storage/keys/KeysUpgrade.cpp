#include "KeysUpgrade.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/IdentityVault.h"
#include "storage/keys/KeyDirectory.h"
#include "storage/keys/RecoveryKey.h"

#include <QCoreApplication>
#include <QFile>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

} // namespace

KeysUpgrade::KeysUpgrade(QString storePath, QString user, QString password, UnlockedSlot slot, KeyFile keys,
                         const Clock& clock)
    : m_storePath(std::move(storePath))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_slot(std::move(slot))
    , m_keys(std::move(keys))
    , m_clock(clock)
{
}

Status KeysUpgrade::mayUpgrade(Database& db) const
{
    auto who = db.prepare(QStringLiteral("SELECT roles, disabled FROM app_user WHERE name = ?"));
    if (!who)
        return who.error();
    who->bind(1, m_user);
    if (!who->next() || who->int64(1) != 0
        || !who->text(0).split(QLatin1Char(',')).contains(QStringLiteral("administrator")))
        return makeError(Tr::tr("This store's keys are of the kind written before key pairs: an administrator must "
                                "open it once with their password to upgrade them (a new recovery key is shown "
                                "then)."));
    return Status::success();
}

Status KeysUpgrade::finishSchemaStep(Database& db, int version)
{
    if (version != 6)
        return Status::success();
    // Only an administrator: the new recovery key is theirs to keep.
    if (auto s = mayUpgrade(db); !s)
        return s;
    auto found = db.prepare(QStringLiteral("SELECT id FROM app_user WHERE name = ?"));
    if (!found)
        return found.error();
    found->bind(1, m_user);
    if (!found->next())
        return makeError(Tr::tr("There is no user %1 in this store.").arg(m_user));
    const qint64 adminId = found->int64(0);
    found->reset();
    if (!m_slot.signer.isValid() || m_slot.rootPublicKey.size() != AuditSigner::PublicKeySize) {
        // Only a store older than the trail has a slot without a signing key: its first key starts
        // the trail now. Once the trail exists, such a slot (its signing fields removed) is refused.
        const auto entries = db.queryInt(QStringLiteral("SELECT count(*) FROM audit_entry"));
        if (!entries || *entries > 0)
            return makeError(Tr::tr("The key slot of %1 holds no signing key. An administrator must reset the "
                                    "password of %1.")
                                 .arg(m_user));
        m_slot.signer = AuditSigner::generate();
        m_slot.rootPublicKey = m_slot.signer.publicKey();
    }
    const QString now = m_clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));

    m_recovery = BoxKeyPair::generate();
    m_box = BoxKeyPair::generate();
    if (!m_recovery.isValid() || !m_box.isValid())
        return makeError(Tr::tr("The new keys could not be made."));
    QList<qint64> centers;
    auto ids = db.prepare(QStringLiteral("SELECT id FROM center ORDER BY id"));
    if (!ids)
        return ids.error();
    while (ids->next())
        centers << ids->int64(0);
    if (auto s = IdentityKeyring::createMissing(db, centers, m_recovery.publicKey, now); !s)
        return s;
    if (auto s = m_all.load(db, m_recovery); !s)
        return s;

    // Every identity row, encrypted and indexed; then the plain table goes, its pages overwritten.
    SealedIdentityVault vault(db, m_all);
    auto rows = db.prepare(QStringLiteral("SELECT p.victim_id, v.center_id, p.last_name, p.first_name, p.cnp, "
                                          "p.address, p.phone, p.notes FROM victim_identity_plain p "
                                          "JOIN victim v ON v.id = p.victim_id ORDER BY p.victim_id"));
    if (!rows)
        return rows.error();
    int encrypted = 0;
    while (rows->next()) {
        VictimIdentity i;
        i.lastName = rows->text(2);
        i.firstName = rows->text(3);
        i.cnp = rows->text(4);
        i.address = rows->text(5);
        i.phone = rows->text(6);
        i.notes = rows->text(7);
        if (auto s = vault.write(rows->int64(0), rows->int64(1), i); !s)
            return s;
        ++encrypted;
    }
    if (rows->failed())
        return rows->error();
    if (auto s = db.exec(QStringLiteral("PRAGMA secure_delete = ON; DROP TABLE victim_identity_plain;")); !s)
        return s;

    auto box = db.prepare(db.dialect().insertOrReplace(
        QStringLiteral("user_box_key"),
        {QStringLiteral("user_id"), QStringLiteral("public_key"), QStringLiteral("own"), QStringLiteral("created_at")},
        {QStringLiteral("user_id")}));
    if (!box)
        return box.error();
    if (auto s = box->bind(1, adminId).bindBlob(2, m_box.publicKey).bind(3, 1).bind(4, now).exec(); !s)
        return s;
    m_recoveryText = RecoveryKey::encode(m_recovery.secretKey);
    // Until the administrator has seen it, the recovery key waits sealed to their own key.
    const QByteArray forAdmin
        = BoxKeyPair::seal(reinterpret_cast<const unsigned char*>(m_recoveryText.toLatin1().constData()),
                           int(m_recoveryText.size()), m_box.publicKey);
    auto meta = db.prepare(db.dialect().insertOrReplace(
        QStringLiteral("store_meta"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")}));
    if (!meta)
        return meta.error();
    if (auto s = meta->bind(1, "recovery_public").bind(2, b64(m_recovery.publicKey)).exec(); !s)
        return s;
    if (auto s = meta->bind(1, "recovery_key_pending").bind(2, b64(forAdmin)).exec(); !s)
        return s;

    // The new key file, beside the old one until the transaction commits.
    KeyFile next = m_keys;
    Status s = next.setRecovery(m_recovery.publicKey, m_slot.key);
    if (s)
        s = next.setSlot(m_user, m_password, m_slot.key, SlotSecrets{m_box, m_slot.signer, m_slot.rootPublicKey},
                         m_slot.mustChangePassword);
    if (s)
        s = next.save(KeyFile::pendingPathFor(m_storePath));
    if (!s)
        return s;
    m_keys = next;
    m_ran = true;
    Logging::logger("storage")->info("store keys upgraded to key pairs; {} identities encrypted", encrypted);
    return Status::success();
}

Status KeysUpgrade::putKeyFileInPlace()
{
    const QString pending = KeyFile::pendingPathFor(m_storePath);
    const QString keyPath = KeyFile::pathFor(m_storePath);
    // The old key file is kept beside the backup taken before the upgrade; here it is replaced.
    if (!QFile::exists(pending))
        return makeError(Tr::tr("The new key file is missing."), pending);
    if (auto s = m_keys.save(keyPath); !s)
        return s;
    QFile::remove(pending);
    return Status::success();
}

Status KeysUpgrade::record(Store& store)
{
    AuditEvent e;
    e.action = AuditAction::KeysUpgraded;
    e.detail.insert(QStringLiteral("recovery_public"), b64(m_recovery.publicKey));
    e.detail.insert(QStringLiteral("box_public"), b64(m_box.publicKey));
    if (auto s = store.audit().append(e); !s)
        return s;
    // Each centre's key to the old slots of its users: sealed to their signing keys as the trail
    // names them, unless their password is a temporary one (an administrator typed it).
    auto directory = KeyDirectory::read(store);
    if (!directory)
        return directory.error();
    Transaction tx(store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    const QString now = store.timestamp();
    for (const KeySlot& slot : m_keys.slots()) {
        if (!slot.isLegacy() || slot.mustChangePassword)
            continue;
        const auto who = directory->user(slot.user);
        const auto user = UserRepository(store.db()).find(slot.user);
        if (!who || who->center.isEmpty() || !who->isStaffOf(who->center) || !user || !user->has_value())
            continue;
        const auto center = store.reference().centerId(who->center);
        const QByteArray converted = BoxKeyPair::publicFromSigningPublic(who->signKey);
        if (!center || converted.isEmpty())
            continue;
        if (auto s = m_all.grant(store.db(), *center, (*user)->id, converted, now); !s)
            return s;
    }
    m_all = IdentityKeyring(); // the administrator keeps none of them
    return tx.commit();
}

} // namespace reper
