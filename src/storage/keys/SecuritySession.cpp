#include "SecuritySession.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/keys/LoginGuard.h"
#include "storage/services/RetentionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <sodium.h>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

Result<qint64> SecuritySession::keyIdOf(const QByteArray& publicKey)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT id FROM audit_key WHERE public_key = ? AND user_id = ?"));
    if (!st)
        return st.error();
    st->bindBlob(1, publicKey).bind(2, m_store.user().id);
    if (st->next())
        return st->int64(0);
    if (st->failed())
        return st->error();
    return qint64(0);
}

Result<QByteArray> SecuritySession::trailRootKey()
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT k.public_key FROM audit_entry e JOIN audit_key k ON k.id = e.key_id WHERE e.seq = 1"));
    if (!st)
        return st.error();
    if (st->next())
        return st->blob(0);
    if (st->failed())
        return st->error();
    return QByteArray();
}

void SecuritySession::shareKeysOf(const SecuritySession& other)
{
    m_trail.setSigner(other.m_trail.signer(), other.m_trail.keyId());
    m_root = other.m_root;
}

Status SecuritySession::beginNewStore(const AuditSigner& signer)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("roles"), m_store.user().roles.join(QLatin1Char(',')));
    auto keyId = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::StoreCreated, signer, 0, detail);
    if (!keyId)
        return keyId.error();
    m_trail.setSigner(signer, *keyId);
    m_root = signer.publicKey();
    return Status::success();
}

Status SecuritySession::beginWithPassword(const UnlockedSlot& slot, const QString& password, LoginGuard& guard)
{
    AuditSigner signer = slot.signer;
    QByteArray root = slot.rootPublicKey;
    qint64 keyId = 0;
    if (signer.isValid()) {
        auto known = keyIdOf(signer.publicKey());
        if (!known)
            return known.error();
        keyId = *known;
    }
    if (keyId == 0) {
        // A slot written before the audit trail existed (or whose key this trail never saw): a new
        // key, introduced by itself. audit verify reports such entries for a person to judge.
        const bool oldSlot = !signer.isValid();
        if (oldSlot)
            signer = AuditSigner::generate();
        auto head = m_trail.head();
        if (!head)
            return head.error();
        if (root.isEmpty()) {
            auto trailRoot = trailRootKey();
            if (!trailRoot)
                return trailRoot.error();
            root = head->seq == 0 ? signer.publicKey() : *trailRoot;
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("reason"),
                      oldSlot ? QStringLiteral("key slot without a signing key")
                              : QStringLiteral("the slot's key was not in the trail"));
        auto registered = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::KeySelfRegistered,
                                              signer, 0, detail);
        if (!registered)
            return registered.error();
        keyId = *registered;
        if (oldSlot) {
            const QString keyPath = KeyFile::pathFor(m_store.path());
            auto keys = KeyFile::load(keyPath);
            if (!keys)
                return keys.error();
            Status s = keys->setSlot(m_store.user().name, password, slot.key, SlotSigning{signer, root},
                                     slot.mustChangePassword);
            if (s)
                s = keys->save(keyPath);
            if (!s)
                return s;
        }
    }
    m_trail.setSigner(signer, keyId);
    m_root = root;
    if (auto s = recordGuardNotes(guard); !s)
        return s;
    AuditEvent login;
    login.action = AuditAction::Login;
    if (slot.mustChangePassword)
        login.detail.insert(QStringLiteral("temporary_password"), true);
    if (auto s = m_trail.append(login); !s)
        return s;
    return RetentionService(m_store).runIfDue();
}

Status SecuritySession::recordGuardNotes(LoginGuard& guard)
{
    const QList<LoginGuard::Unrecorded> notes = guard.unrecorded();
    if (notes.isEmpty() && !guard.wasDamaged())
        return Status::success();
    // The file knows users by a hash of the name typed; names that are not users stay unnamed.
    QHash<QString, StoreUser> byKey;
    UserRepository users(m_store.db());
    auto all = users.list();
    if (!all)
        return all.error();
    for (const StoreUser& u : *all)
        byKey.insert(LoginGuard::keyFor(u.name), u);
    if (guard.wasDamaged()) {
        AuditEvent e;
        e.action = AuditAction::LockoutFileDamaged;
        if (auto s = m_trail.append(e); !s)
            return s;
    }
    for (const LoginGuard::Unrecorded& n : notes) {
        const auto who = byKey.constFind(n.userKey);
        AuditEvent e;
        e.recordType = QStringLiteral("user");
        if (who != byKey.constEnd()) {
            e.recordId = who->id;
            e.recordCode = who->name;
            e.center = who->center;
        } else {
            e.detail.insert(QStringLiteral("unknown_user"), true);
        }
        if (n.failures > 0) {
            e.action = AuditAction::LoginFailed;
            e.detail.insert(QStringLiteral("failures"), n.failures);
            e.detail.insert(QStringLiteral("first"), n.first);
            e.detail.insert(QStringLiteral("last"), n.last);
            if (auto s = m_trail.append(e); !s)
                return s;
        }
        for (const QString& until : n.lockedUntil) {
            AuditEvent locked = e;
            locked.action = AuditAction::UserLocked;
            locked.detail = QJsonObject{{QStringLiteral("until"), until}};
            if (who == byKey.constEnd())
                locked.detail.insert(QStringLiteral("unknown_user"), true);
            if (auto s = m_trail.append(locked); !s)
                return s;
        }
    }
    guard.markRecorded();
    return guard.save();
}

Result<SlotSigning> SecuritySession::beginRecovered()
{
    const AuditSigner signer = AuditSigner::generate();
    auto head = m_trail.head();
    if (!head)
        return head.error();
    auto trailRoot = trailRootKey();
    if (!trailRoot)
        return trailRoot.error();
    const QByteArray root = head->seq == 0 || trailRoot->isEmpty() ? signer.publicKey() : *trailRoot;
    QJsonObject detail;
    detail.insert(QStringLiteral("reason"), QStringLiteral("a new password was set with the recovery key"));
    auto keyId = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::KeyRecovered, signer, 0, detail);
    if (!keyId)
        return keyId.error();
    m_trail.setSigner(signer, *keyId);
    m_root = root;
    return SlotSigning{signer, root};
}

Status SecuritySession::reauthenticate(const QString& password)
{
    const QString name = m_store.user().name;
    LoginGuard guard(m_store.path(), m_store.clock());
    if (auto s = guard.check(name); !s)
        return s;
    auto keys = KeyFile::load(KeyFile::pathFor(m_store.path()));
    if (!keys)
        return keys.error();
    auto slot = keys->unlockSlot(name, password);
    if (!slot) {
        if (!KeyFile::isWrongPassword(slot.error()))
            return slot.error();
        bool locked = false;
        const Error shown = guard.recordFailure(name, slot.error(), true, &locked);
        AuditEvent e;
        e.action = AuditAction::LoginFailed;
        e.recordType = QStringLiteral("user");
        e.recordId = m_store.user().id;
        e.recordCode = name;
        e.center = m_store.user().center;
        e.detail.insert(QStringLiteral("where"), QStringLiteral("lock screen"));
        (void)m_trail.append(e);
        if (locked) {
            e.action = AuditAction::UserLocked;
            e.detail = QJsonObject{
                {QStringLiteral("until"),
                 m_store.clock().now().toUTC().addSecs(LoginGuard::LockMinutes * 60).toString(Qt::ISODate)}};
            (void)m_trail.append(e);
        }
        return shown;
    }
    if (slot->key.bytes().size() != m_store.key().bytes().size()
        || sodium_memcmp(slot->key.bytes().constData(), m_store.key().bytes().constData(),
                         size_t(slot->key.bytes().size()))
            != 0)
        return makeError(Tr::tr("The key file no longer opens this store."));
    guard.recordSuccess(name);
    (void)guard.save();
    AuditEvent e;
    e.action = AuditAction::SessionUnlocked;
    return m_trail.append(e);
}

void SecuritySession::close()
{
    if (auto s = m_trail.flush(); !s)
        Logging::logger("storage")->error("record changes could not be signed at close: {}",
                                          s.error().detail.toStdString());
}

} // namespace reper
