#include "UserService.h"

#include "core/AccessPolicy.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"
#include "storage/engine/postgres/ServerSignIn.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/keys/IdentityKeyring.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/LoginGuard.h"
#include "storage/keys/SecuritySession.h"
#include "storage/services/ServerUsers.h"
#include "storage/services/UserKeys.h"

#include <QCoreApplication>
#include <QFile>

namespace reper {

namespace {

// An entry of the trail about one user (added, disabled, reset, enabled, password changed).
AuditEvent aboutUser(const QString& action, const StoreUser& user)
{
    return {action, QStringLiteral("user"), user.id, user.name, user.center, {}};
}

// The messages of this file, for lupdate and the translators (context "UserService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

Error notAdministrator() { return makeError(Tr::tr("Only an administrator may manage users.")); }

// What a store on a server cannot do yet (ServerUsers adds users and changes one's own password).
Error notOnServerYet() { return makeError(Tr::tr("This is not available on a server yet.")); }

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

// A user's public key pair in the store; `own`: made under a password of the user's own.
Status storeBoxKey(Database& db, qint64 userId, const QByteArray& publicKey, bool own, const QString& now)
{
    auto st = db.prepare(db.dialect().insertOrReplace(
        QStringLiteral("user_box_key"),
        {QStringLiteral("user_id"), QStringLiteral("public_key"), QStringLiteral("own"), QStringLiteral("created_at")},
        {QStringLiteral("user_id")}));
    if (!st)
        return st.error();
    return st->bind(1, userId).bindBlob(2, publicKey).bind(3, own ? 1 : 0).bind(4, now).exec();
}

// The key file is changed after the store transaction that records the change has committed: what
// the trail says happened, happened. If the file cannot be written the store says more than the
// file, and the message says what to do.
Status saveAfterCommit(KeyFile& keys, const QString& keyPath, const QString& what)
{
    if (auto s = keys.save(keyPath); !s)
        return makeError(Tr::tr("%1 is recorded in the store, but the key file could not be written (%2); do it "
                                "again once the disk is writable.")
                             .arg(what, s.error().message),
                         s.error().detail);
    return Status::success();
}

} // namespace

std::optional<QString> UserService::passwordProblem(const QString& password, const QString& userName)
{
    if (password.size() < MinPasswordLength)
        return Tr::tr("the password is too short: use at least %1 characters (a passphrase of a few words is best)")
            .arg(MinPasswordLength);
    if (!userName.isEmpty() && password.compare(userName, Qt::CaseInsensitive) == 0)
        return Tr::tr("the password may not be the user name");
    if (password.count(password.at(0)) == password.size())
        return Tr::tr("the password may not be one character repeated");
    return std::nullopt;
}

std::optional<QString> UserService::rolesProblem(const QStringList& roles, const QString& center) const
{
    if (roles.isEmpty())
        return Tr::tr("a user needs a role: operator, coordinator, analyst or administrator");
    for (const QString& r : roles)
        if (!AccessPolicy::knownRoles().contains(r))
            return Tr::tr("'%1' is not a role: operator, coordinator, analyst or administrator").arg(r);
    if (!center.isEmpty() && !m_store.reference().centerId(center))
        return Tr::tr("there is no centre %1").arg(center);
    if (roles.contains(QStringLiteral("operator")) && center.isEmpty())
        return Tr::tr("an operator works for one centre: give --center CR-XX");
    return std::nullopt;
}

Result<StoreUser> UserService::findUser(const QString& name)
{
    UserRepository users(m_store.db());
    auto found = users.find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Tr::tr("There is no user %1 in this store.").arg(name));
    return **found;
}

Result<StoreUser> UserService::userToManage(const QString& name)
{
    if (!m_store.access().canManageUsers())
        return notAdministrator();
    return findUser(name);
}

Result<StoreUser> UserService::add(const QString& name, const QStringList& roles, const QString& center,
                                   const QString& temporaryPassword)
{
    if (!m_store.access().canManageUsers())
        return notAdministrator();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed != name || name.contains(QLatin1Char(',')))
        return makeError(Tr::tr("A user name may not be empty or start or end with spaces."));
    if (const auto problem = rolesProblem(roles, center))
        return makeError(*problem);
    if (const auto problem = passwordProblem(temporaryPassword, name))
        return makeError(*problem);
    UserRepository users(m_store.db());
    auto existing = users.find(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(Tr::tr("There is already a user %1 (users are never deleted, only disabled).").arg(name));
    if (SecuritySession::onServer(m_store))
        return ServerUsers(m_store).add(name, roles, center, temporaryPassword);

    auto held = KeyFile::holdForChange(m_store.path());
    if (!held)
        return held.error();
    KeyFile& keys = held->keys;
    const QString& keyPath = held->path;
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto added = users.add(name, roles, center, m_store.clock());
    if (!added)
        return added.error();
    AuditTrail& trail = m_store.audit();
    if (auto s = trail.append(userAddedEvent(*added, roles, center)); !s)
        return s.error();
    // A signing key and a key pair made here: the administrator seals the store key to the pair
    // without knowing anyone's password. No centre key yet: the pair is made anew when the user
    // chooses their own password, and a colleague hands the centre's key to that one.
    auto fresh = introduceFreshKeys(trail, *added, QStringLiteral("new user"));
    if (!fresh)
        return fresh.error();
    Status s = storeBoxKey(m_store.db(), added->id, fresh->box.publicKey, false, m_store.timestamp());
    if (s)
        s = keys.setSlot(name, temporaryPassword, m_store.key(),
                         SlotSecrets{fresh->box, fresh->signer, m_store.security().rootPublicKey()}, true);
    if (s)
        s = tx.commit();
    if (!s)
        return s.error();
    if (auto saved = saveAfterCommit(keys, keyPath, Tr::tr("The new user %1").arg(name)); !saved)
        return saved.error();
    Logging::logger("storage")->info("user {} added", added->id);
    return *added;
}

Status UserService::disable(const QString& name)
{
    auto user = userToManage(name);
    if (!user)
        return user.error();
    if (user->disabled)
        return makeError(Tr::tr("%1 is already disabled.").arg(name));
    if (user->id == m_store.user().id)
        return makeError(Tr::tr("You cannot disable yourself; another administrator can."));
    UserRepository users(m_store.db());
    auto all = users.list();
    if (!all)
        return all.error();
    if (user->hasRole(QStringLiteral("administrator"))) {
        int administrators = 0;
        for (const StoreUser& u : *all)
            administrators += (!u.disabled && u.hasRole(QStringLiteral("administrator"))) ? 1 : 0;
        if (administrators <= 1)
            return makeError(Tr::tr("%1 is the last administrator.").arg(name));
    }
    if (SecuritySession::onServer(m_store))
        return ServerUsers(m_store).disable(*user);
    auto held = KeyFile::holdForChange(m_store.path());
    if (!held)
        return held.error();
    KeyFile& keys = held->keys;
    const QString& keyPath = held->path;
    Transaction tx(m_store.db());
    Status s = tx.beginStatus();
    if (s)
        s = users.disable(user->id, m_store.clock());
    if (s) {
        AuditEvent e = aboutUser(AuditAction::UserDisabled, *user);
        s = m_store.audit().append(e);
    }
    // The centre keys sealed to them go from the store; the copies they may keep are what a rekey
    // (offered next) makes useless, with the store key they also hold.
    if (s)
        s = IdentityKeyring::revokeUser(m_store.db(), user->id);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    // Their slot goes too: the store refuses a disabled user anyway, and no password of theirs
    // should open the master key from this key file any more.
    if (keys.removeSlot(name))
        return saveAfterCommit(keys, keyPath, Tr::tr("Disabling %1").arg(name));
    return Status::success();
}

Status UserService::resetPassword(const QString& name, const QString& temporaryPassword)
{
    auto user = userToManage(name);
    if (!user)
        return user.error();
    if (user->disabled)
        return makeError(Tr::tr("%1 is disabled.").arg(name));
    if (user->id == m_store.user().id)
        return makeError(Tr::tr("To change your own password use 'user passwd'."));
    AuditEvent e = aboutUser(AuditAction::PasswordReset, *user);
    return giveTemporaryPassword(*user, temporaryPassword, e, QStringLiteral("password reset"));
}

Status UserService::enable(const QString& name, const QString& temporaryPassword)
{
    auto user = userToManage(name);
    if (!user)
        return user.error();
    if (!user->disabled)
        return makeError(Tr::tr("%1 is not disabled.").arg(name));
    AuditEvent e = aboutUser(AuditAction::UserEnabled, *user);
    const qint64 id = user->id;
    return giveTemporaryPassword(*user, temporaryPassword, e, QStringLiteral("enabled again"),
                                 [this, id] { return UserRepository(m_store.db()).enable(id); });
}

Status UserService::giveTemporaryPassword(const StoreUser& user, const QString& temporaryPassword,
                                          const AuditEvent& event, const QString& reason,
                                          const std::function<Status()>& before)
{
    if (const auto problem = passwordProblem(temporaryPassword, user.name))
        return makeError(*problem);
    if (SecuritySession::onServer(m_store))
        return ServerUsers(m_store).giveTemporaryPassword(user, temporaryPassword, event, reason,
                                                          event.action == AuditAction::UserEnabled);
    auto held = KeyFile::holdForChange(m_store.path());
    if (!held)
        return held.error();
    KeyFile& keys = held->keys;
    const QString& keyPath = held->path;
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (before)
        if (auto s = before(); !s)
            return s;
    AuditTrail& trail = m_store.audit();
    if (auto s = trail.append(event); !s)
        return s;
    // New keys too: whoever knew the old password (or holds an old key file) signs nothing more,
    // and the centre keys sealed to the old pair go (the user gets them again once the password is
    // their own).
    auto fresh = introduceFreshKeys(trail, user, reason);
    if (!fresh)
        return fresh.error();
    Status s = IdentityKeyring::revokeUser(m_store.db(), user.id);
    if (s)
        s = storeBoxKey(m_store.db(), user.id, fresh->box.publicKey, false, m_store.timestamp());
    if (s)
        s = keys.setSlot(user.name, temporaryPassword, m_store.key(),
                         SlotSecrets{fresh->box, fresh->signer, m_store.security().rootPublicKey()}, true);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    if (auto saved = saveAfterCommit(keys, keyPath, Tr::tr("The new password of %1").arg(user.name)); !saved)
        return saved;
    // The lockout ends with a new password.
    LoginGuard(m_store.path(), m_store.clock()).clear(user.name);
    return Status::success();
}

Status UserService::changeOwnPassword(const QString& newPassword)
{
    const StoreUser& me = m_store.user();
    if (const auto problem = passwordProblem(newPassword, me.name))
        return makeError(*problem);
    const AuditTrail& trail = m_store.audit();
    if (!trail.canSign())
        return makeError(Tr::tr("This session has no signing key; open the store with your password."));
    if (SecuritySession::onServer(m_store)) {
        if (auto s = ServerUsers(m_store).changeOwnPassword(newPassword); !s)
            return s;
        StoreUser changed = m_store.user();
        changed.mustChangePassword = false;
        m_store.setUser(changed); // the rights follow at once, as on a local file
        if (m_store.m_signIn) { // the next connection of this session signs in with the new one
            auto signIn = std::make_shared<ServerSignIn>(*m_store.m_signIn);
            signIn->options.password = newPassword;
            m_store.m_signIn = std::move(signIn);
        }
        return Status::success();
    }
    auto held = KeyFile::holdForChange(m_store.path());
    if (!held)
        return held.error();
    KeyFile& keys = held->keys;
    const QString& keyPath = held->path;
    // The same signing key, resealed under the new password. The key pair too — unless the password
    // was a temporary one: then the pair was made by the administrator who typed that password, and
    // the user makes their own now (the one a centre's key may be handed to).
    BoxKeyPair box = m_store.security().box();
    const bool newPair = me.mustChangePassword || !box.isValid();
    if (newPair)
        box = BoxKeyPair::generate();
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    AuditEvent e = aboutUser(AuditAction::PasswordChanged, me);
    if (me.mustChangePassword)
        e.detail.insert(QStringLiteral("was_temporary"), true);
    if (auto s = m_store.audit().append(e); !s)
        return s;
    if (newPair) {
        AuditEvent made = aboutUser(AuditAction::KeyBoxChanged, me);
        made.detail.insert(QStringLiteral("box_public"), b64(box.publicKey));
        made.detail.insert(QStringLiteral("own"), true);
        Status s = m_store.audit().append(made);
        if (s)
            s = IdentityKeyring::revokeUser(m_store.db(), me.id);
        if (s)
            s = storeBoxKey(m_store.db(), me.id, box.publicKey, true, m_store.timestamp());
        if (!s)
            return s;
    }
    Status s = keys.setSlot(me.name, newPassword, m_store.key(),
                            SlotSecrets{box, trail.signer(), m_store.security().rootPublicKey()}, false);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    if (auto saved = saveAfterCommit(keys, keyPath, Tr::tr("Your new password")); !saved)
        return saved;
    m_store.security().setBox(box);
    StoreUser changed = m_store.m_user;
    changed.mustChangePassword = false;
    m_store.setUser(changed);
    if (newPair)
        m_store.m_keyring = IdentityKeyring();
    return Status::success();
}

Result<QList<UserInfo>> UserService::list()
{
    if (!m_store.access().canManageUsers())
        return notAdministrator();
    if (SecuritySession::onServer(m_store)) {
        auto listed = ServerUsers(m_store).list();
        if (!listed)
            return listed.error();
        QList<UserInfo> out;
        for (const ServerUsers::Listed& l : *listed) {
            UserInfo info;
            info.user = l.user;
            info.hasKeySlot = true; // given in the same transaction as the login role (add, reset, enable)
            info.mustChangePassword = l.mustChangePassword;
            info.loginRoleLocked = !l.canLogIn;
            out << info;
        }
        return out;
    }
    UserRepository users(m_store.db());
    auto all = users.list();
    if (!all)
        return all.error();
    auto keys = KeyFile::load(KeyFile::pathFor(m_store.path()));
    LoginGuard guard(m_store.path(), m_store.clock());
    QList<UserInfo> out;
    for (const StoreUser& u : *all) {
        UserInfo info;
        info.user = u;
        const KeySlot* slot = keys ? keys->slotFor(u.name) : nullptr;
        info.hasKeySlot = slot != nullptr;
        info.mustChangePassword = slot && slot->mustChangePassword;
        info.lockedUntil = guard.lockedUntil(u.name);
        info.locked = info.lockedUntil.isValid();
        out << info;
    }
    return out;
}

Status UserService::recover(const QString& newPassword)
{
    if (SecuritySession::onServer(m_store))
        return notOnServerYet();
    const StoreUser& me = m_store.user();
    if (const auto problem = passwordProblem(newPassword, me.name))
        return makeError(*problem);
    if (m_store.audit().canSign())
        return makeError(Tr::tr("The store is open with a password; recovery is for when none works."));
    auto held = KeyFile::holdForChange(m_store.path());
    if (!held)
        return held.error();
    KeyFile& keys = held->keys;
    const QString& keyPath = held->path;
    // The key file as it was, beside it, before the recovery changes it.
    QFile::remove(keyPath + QStringLiteral(".bak"));
    if (auto s = copyFileWhole(keyPath, keyPath + QStringLiteral(".bak")); !s)
        return s;
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto secrets = m_store.security().beginRecovered();
    if (!secrets)
        return secrets.error();
    Status s = IdentityKeyring::revokeUser(m_store.db(), me.id);
    if (s)
        s = keys.setSlot(me.name, newPassword, m_store.key(), *secrets, false);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    if (auto saved = saveAfterCommit(keys, keyPath, Tr::tr("The recovery of %1").arg(me.name)); !saved)
        return saved;
    held->lock.release();
    LoginGuard(m_store.path(), m_store.clock()).clear(me.name);
    // The recovery key holds every centre's key: whoever waits for one (this user too) gets it.
    if (auto handed = IdentityGrants(m_store).handOver(m_store.identityKeys()); !handed)
        return handed.error();
    return Status::success();
}

} // namespace reper
