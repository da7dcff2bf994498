#include "SecuritySession.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/keys/IdentityVault.h"
#include "storage/keys/KeysUpgrade.h"
#include "storage/keys/LoginGuard.h"
#include "storage/keys/ServerKeySlot.h"
#include "storage/services/RetentionService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

} // namespace

Result<qint64> SecuritySession::currentKeyIdOf(const QByteArray& publicKey)
{
    // The user's current key is the one the trail introduced last for them; a key replaced by a
    // reset (or a recovery) is retired, and a slot still holding it opens nothing.
    auto st = m_store.db().prepare(QStringLiteral(
        "SELECT id, public_key FROM audit_key WHERE user_id = ? ORDER BY registered_seq DESC, id DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, m_store.user().id);
    if (st->next())
        return st->blob(1) == publicKey ? st->int64(0) : qint64(0);
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
    m_box = other.m_box;
}

Status SecuritySession::beginNewStore(const AuditSigner& signer, const BoxKeyPair& box,
                                      const QByteArray& recoveryPublic)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("roles"), m_store.user().roles.join(QLatin1Char(',')));
    detail.insert(QStringLiteral("box_public"), b64(box.publicKey));
    detail.insert(QStringLiteral("recovery_public"), b64(recoveryPublic));
    auto keyId = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::StoreCreated, signer, 0, detail);
    if (!keyId)
        return keyId.error();
    m_trail.setSigner(signer, *keyId);
    m_root = signer.publicKey();
    m_box = box;
    return Status::success();
}

Status SecuritySession::beginWithPassword(const UnlockedSlot& slot, const QString& password, LoginGuard& guard,
                                          KeysUpgrade* upgrade)
{
    const QString name = m_store.user().name;
    auto head = m_trail.head();
    if (!head)
        return head.error();
    AuditSigner signer = upgrade ? upgrade->slot().signer : slot.signer;
    QByteArray root = upgrade ? upgrade->slot().rootPublicKey : slot.rootPublicKey;
    qint64 keyId = 0;
    if (!signer.isValid()) {
        // Only a store older than the trail has slots without a signing key. Once the trail exists,
        // such a slot (its signing fields removed from the file) does not sign in.
        if (head->seq > 0)
            return makeError(Tr::tr("The key slot of %1 holds no signing key. An administrator must reset the "
                                    "password of %1.")
                                 .arg(name),
                             QStringLiteral("slot without signing key"));
        signer = AuditSigner::generate();
        root = signer.publicKey();
        auto registered = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::KeySelfRegistered,
                                              signer, 0, {{QStringLiteral("reason"), QStringLiteral("no trail yet")}});
        if (!registered)
            return registered.error();
        keyId = *registered;
    } else {
        auto current = currentKeyIdOf(signer.publicKey());
        if (!current)
            return current.error();
        if (*current == 0 && head->seq == 0) {
            // The first key of a store older than the trail (made by the upgrade): it starts the trail.
            auto registered
                = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::KeySelfRegistered, signer, 0,
                                      {{QStringLiteral("reason"), QStringLiteral("no trail yet")}});
            if (!registered)
                return registered.error();
            *current = *registered;
        }
        if (*current == 0)
            return makeError(Tr::tr("The key slot of %1 holds a signing key that is no longer %1's (it was replaced "
                                    "by a password reset, or never introduced). An administrator must reset the "
                                    "password of %1.")
                                 .arg(name),
                             QStringLiteral("retired or unknown signing key"));
        keyId = *current;
    }
    if (root.isEmpty()) {
        auto trailRoot = trailRootKey();
        if (!trailRoot)
            return trailRoot.error();
        root = *trailRoot;
    }
    m_trail.setSigner(signer, keyId);
    m_root = root;

    // The user's key pair; a slot of the old kind becomes one now.
    if (upgrade) {
        m_box = upgrade->box();
    } else if (slot.legacy) {
        UnlockedSlot withSigner = slot;
        withSigner.signer = signer;
        withSigner.rootPublicKey = root;
        auto box = upgradeOldSlot(withSigner, password);
        if (!box)
            return box.error();
        m_box = *box;
    } else {
        m_box = slot.box;
    }
    if (auto s = m_store.m_keyring.load(m_store.db(), m_box); !s)
        return s;

    if (auto s = recordGuardNotes(guard); !s)
        return s;
    AuditEvent login;
    login.action = AuditAction::Login;
    if (slot.mustChangePassword)
        login.detail.insert(QStringLiteral("temporary_password"), true);
    if (auto s = m_trail.append(login); !s)
        return s;
    if (upgrade) {
        if (auto s = upgrade->record(m_store); !s)
            Logging::logger("storage")->error("the key upgrade could not hand the centres' keys to the old slots: {}",
                                              s.error().detail.toStdString());
        m_store.m_newRecoveryKey = upgrade->recoveryKey();
    } else {
        openPendingRecoveryKey();
    }
    return afterLogin();
}

Status SecuritySession::beginOnServer(const QString& password)
{
    const StoreUser& user = m_store.user();
    auto st = m_store.db().prepare(QStringLiteral("SELECT slot FROM user_key WHERE user_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, user.id);
    if (!st->next())
        return st->failed() ? Status(st->error())
                            : Status(makeError(Tr::tr("The server holds no keys for %1. An administrator must reset "
                                                      "the password of %1.")
                                                   .arg(user.name)));
    const QString sealed = st->text(0);
    st->reset();
    auto slot = ServerKeySlot::open(m_store.storeId(), user.name, password, sealed);
    if (!slot)
        return slot.error();
    auto head = m_trail.head();
    if (!head)
        return head.error();
    auto current = currentKeyIdOf(slot->signer.publicKey());
    if (!current)
        return current.error();
    if (*current == 0 && head->seq == 0 && user.hasRole(QStringLiteral("administrator"))) {
        // The first administrator's first sign-in on a new server store: their key starts the trail.
        QJsonObject detail;
        detail.insert(QStringLiteral("roles"), user.roles.join(QLatin1Char(',')));
        detail.insert(QStringLiteral("box_public"), b64(slot->box.publicKey));
        detail.insert(QStringLiteral("engine"), QStringLiteral("server"));
        auto registered
            = m_trail.registerKey(user, slot->signer.publicKey(), AuditAction::StoreCreated, slot->signer, 0, detail);
        if (!registered)
            return registered.error();
        *current = *registered;
    }
    if (*current == 0)
        return makeError(Tr::tr("The keys of %1 on the server hold a signing key that is no longer %1's. An "
                                "administrator must reset the password of %1.")
                             .arg(user.name),
                         QStringLiteral("retired or unknown signing key"));
    m_trail.setSigner(slot->signer, *current);
    m_root = slot->rootPublicKey;
    if (m_root.isEmpty()) {
        auto trailRoot = trailRootKey();
        if (!trailRoot)
            return trailRoot.error();
        m_root = *trailRoot;
    }
    m_box = slot->box;
    AuditEvent login;
    login.action = AuditAction::Login;
    if (user.mustChangePassword)
        login.detail.insert(QStringLiteral("temporary_password"), true);
    if (auto s = m_trail.append(login); !s)
        return s;
    // The retention schedule on a server (decisions V22): only an administrator may erase there, so
    // the first administrator who signs in when it is due runs it.
    if (user.hasRole(QStringLiteral("administrator")) && !user.mustChangePassword)
        return RetentionService(m_store).runIfDue();
    return Status::success();
}

Status SecuritySession::afterLogin()
{
    // Another connection writes (a reading session queued its login): the upkeep that writes waits
    // for a session that can.
    if (m_trail.hasQueued())
        return Status::success();
    if (!m_store.m_keyring.isEmpty() && !m_store.mustChangePassword()) {
        // Colleagues of the user's centre who wait for its key get it now, and identity written by
        // someone without the key (an import of a national coordinator) gets its search tokens.
        if (auto handed = IdentityGrants(m_store).handOver(m_store.m_keyring); !handed)
            Logging::logger("storage")->warn("centre keys not handed over: {}", handed.error().message.toStdString());
        Transaction tx(m_store.db());
        if (!tx.beginStatus())
            return tx.beginStatus();
        // The match key of duplicates across centres: made at the first staff sign-in, sealed to
        // every centre (security.md §3.9), before the pending rows get their hashes with it.
        if (auto s = m_store.m_keyring.ensureMatchKey(m_store.db(), m_store.timestamp()); !s)
            return s;
        auto indexed = m_store.identity().indexPending();
        if (!indexed)
            return indexed.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
    return RetentionService(m_store).runIfDue();
}

void SecuritySession::openPendingRecoveryKey()
{
    // A recovery key made by an upgrade and not yet acknowledged: shown to its administrator again.
    const auto pending
        = m_store.db().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'recovery_key_pending'"));
    if (!pending || pending->isEmpty() || !m_box.isValid())
        return;
    if (const auto text = m_box.open(QByteArray::fromBase64(pending->toLatin1())))
        m_store.m_newRecoveryKey = QString::fromLatin1(reinterpret_cast<const char*>(text->data()), text->size());
}

Result<BoxKeyPair> SecuritySession::upgradeOldSlot(const UnlockedSlot& slot, const QString& password)
{
    const QString name = m_store.user().name;
    auto lock = KeyFile::lock(m_store.path());
    if (!lock)
        return lock.error();
    const QString keyPath = KeyFile::pathFor(m_store.path());
    auto keys = KeyFile::load(keyPath);
    if (!keys)
        return keys.error();
    const KeySlot* current = keys->slotFor(name);
    if (!current || !current->isLegacy())
        return makeError(Tr::tr("The key file changed while you signed in; sign in again."));
    const BoxKeyPair box = BoxKeyPair::generate();
    if (!box.isValid())
        return makeError(Tr::tr("The new keys could not be made."));
    // A password an administrator typed is not the user's own: no centre key is handed to this pair
    // until the user has chosen theirs (the pair is made anew then).
    const bool own = !slot.mustChangePassword;
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    const QString now = m_store.timestamp();
    Database& db = m_store.db();
    auto st = db.prepare(db.dialect().insertOrReplace(
        QStringLiteral("user_box_key"),
        {QStringLiteral("user_id"), QStringLiteral("public_key"), QStringLiteral("own"), QStringLiteral("created_at")},
        {QStringLiteral("user_id")}));
    if (!st)
        return st.error();
    if (auto s = st->bind(1, m_store.user().id).bindBlob(2, box.publicKey).bind(3, own ? 1 : 0).bind(4, now).exec(); !s)
        return s.error();
    AuditEvent e{
        AuditAction::KeyBoxChanged, QStringLiteral("user"), m_store.user().id, name, m_store.user().center, {}};
    e.detail.insert(QStringLiteral("box_public"), b64(box.publicKey));
    e.detail.insert(QStringLiteral("own"), own);
    e.detail.insert(QStringLiteral("reason"), QStringLiteral("key slot upgraded to a key pair"));
    if (auto s = m_trail.append(e); !s)
        return s.error();
    if (own) {
        // The centre keys the upgrade sealed to this user's signing key move to the new pair.
        const BoxKeyPair converted = BoxKeyPair::fromSigningSecret(slot.signer.secretKey());
        if (auto s = m_store.m_keyring.moveGrants(m_store.db(), converted, box.publicKey, m_store.user().id, now); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    // The key file after the commit, under its lock.
    Status s = keys->setSlot(name, password, slot.key, SlotSecrets{box, slot.signer, slot.rootPublicKey},
                             slot.mustChangePassword);
    if (s)
        s = keys->save(keyPath);
    if (!s)
        return s.error();
    return box;
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
    guard.markRecorded(notes);
    return Status::success();
}

Result<SlotSecrets> SecuritySession::beginRecovered()
{
    const AuditSigner signer = AuditSigner::generate();
    const BoxKeyPair box = BoxKeyPair::generate();
    if (!box.isValid())
        return makeError(Tr::tr("The new keys could not be made."));
    auto head = m_trail.head();
    if (!head)
        return head.error();
    auto trailRoot = trailRootKey();
    if (!trailRoot)
        return trailRoot.error();
    const QByteArray root = head->seq == 0 || trailRoot->isEmpty() ? signer.publicKey() : *trailRoot;
    QJsonObject detail;
    detail.insert(QStringLiteral("reason"), QStringLiteral("a new password was set with the recovery key"));
    detail.insert(QStringLiteral("box_public"), b64(box.publicKey));
    auto keyId = m_trail.registerKey(m_store.user(), signer.publicKey(), AuditAction::KeyRecovered, signer, 0, detail);
    if (!keyId)
        return keyId.error();
    Database& db = m_store.db();
    auto st = db.prepare(db.dialect().insertOrReplace(
        QStringLiteral("user_box_key"),
        {QStringLiteral("user_id"), QStringLiteral("public_key"), QStringLiteral("own"), QStringLiteral("created_at")},
        {QStringLiteral("user_id")}));
    if (!st)
        return st.error();
    if (auto s
        = st->bind(1, m_store.user().id).bindBlob(2, box.publicKey).bind(3, 1).bind(4, m_store.timestamp()).exec();
        !s)
        return s.error();
    m_trail.setSigner(signer, *keyId);
    m_root = root;
    m_box = box;
    return SlotSecrets{box, signer, root};
}

Status SecuritySession::reauthenticate(const QString& password)
{
    const QString name = m_store.user().name;
    LoginGuard guard(m_store.path(), m_store.clock());
    if (auto s = guard.attempt(name, true); !s)
        return s;
    auto keys = KeyFile::load(KeyFile::pathFor(m_store.path()));
    if (!keys)
        return keys.error();
    auto slot = keys->unlockSlot(name, password);
    if (!slot) {
        if (!KeyFile::isWrongPassword(slot.error()))
            return slot.error();
        bool locked = false;
        const Error shown = guard.failed(name, slot.error(), true, &locked);
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
    if (!slot->key.sameAs(m_store.key()))
        return makeError(Tr::tr("The key file no longer opens this store."));
    guard.succeeded(name, true);
    AuditEvent e;
    e.action = AuditAction::SessionUnlocked;
    return m_trail.append(e);
}

void SecuritySession::close()
{
    if (auto s = m_trail.flush(); !s)
        Logging::logger("storage")->error("record changes could not be signed at close: {}",
                                          s.error().detail.toStdString());
    if (auto s = m_trail.writeQueued(); !s)
        Logging::logger("storage")->error("queued audit entries could not be written at close: {}",
                                          s.error().detail.toStdString());
}

} // namespace reper
