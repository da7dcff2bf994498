#include "UserService.h"

#include "core/AccessPolicy.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/LoginGuard.h"
#include "storage/keys/SecuritySession.h"

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

    const QString keyPath = KeyFile::pathFor(m_store.path());
    auto keys = KeyFile::load(keyPath);
    if (!keys)
        return keys.error();
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto added = users.add(name, roles, center, m_store.clock());
    if (!added)
        return added.error();
    AuditTrail& trail = m_store.audit();
    AuditEvent e;
    e.action = AuditAction::UserAdded;
    e.recordType = QStringLiteral("user");
    e.recordId = added->id;
    e.recordCode = name;
    e.center = center;
    e.detail.insert(QStringLiteral("roles"), roles.join(QLatin1Char(',')));
    e.detail.insert(QStringLiteral("scope"), center.isEmpty() ? QStringLiteral("national") : center);
    if (auto s = trail.append(e); !s)
        return s.error();
    const AuditSigner signer = AuditSigner::generate();
    auto keyId = trail.registerKey(*added, signer.publicKey(), AuditAction::KeyRegistered, trail.signer(),
                                   trail.keyId(), {{QStringLiteral("reason"), QStringLiteral("new user")}});
    if (!keyId)
        return keyId.error();
    // The key file first: a store user without a slot could not log in, a slot without a user opens
    // nothing (and is replaced the next time the name is added).
    Status s = keys->setSlot(name, temporaryPassword, m_store.key(),
                             SlotSigning{signer, m_store.security().rootPublicKey()}, true);
    if (s)
        s = keys->save(keyPath);
    if (s)
        s = tx.commit();
    if (!s) {
        if (auto again = KeyFile::load(keyPath); again && again->removeSlot(name))
            (void)again->save(keyPath);
        return s.error();
    }
    Logging::logger("storage")->info("user {} added", added->id);
    return *added;
}

Status UserService::disable(const QString& name)
{
    if (!m_store.access().canManageUsers())
        return notAdministrator();
    auto user = findUser(name);
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
    const QString keyPath = KeyFile::pathFor(m_store.path());
    auto keys = KeyFile::load(keyPath);
    if (!keys)
        return keys.error();
    Transaction tx(m_store.db());
    Status s = tx.beginStatus();
    if (s)
        s = users.disable(user->id, m_store.clock());
    if (s) {
        AuditEvent e = aboutUser(AuditAction::UserDisabled, *user);
        s = m_store.audit().append(e);
    }
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    // Their slot goes too: the store refuses a disabled user anyway, and no password of theirs
    // should open the master key from this key file any more.
    if (keys->removeSlot(name))
        return keys->save(keyPath);
    return Status::success();
}

Status UserService::resetPassword(const QString& name, const QString& temporaryPassword)
{
    if (!m_store.access().canManageUsers())
        return notAdministrator();
    auto user = findUser(name);
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
    if (!m_store.access().canManageUsers())
        return notAdministrator();
    auto user = findUser(name);
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
    const QString keyPath = KeyFile::pathFor(m_store.path());
    auto keys = KeyFile::load(keyPath);
    if (!keys)
        return keys.error();
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (before)
        if (auto s = before(); !s)
            return s;
    AuditTrail& trail = m_store.audit();
    if (auto s = trail.append(event); !s)
        return s;
    // A new key too: whoever knew the old password (or holds an old key file) signs nothing more.
    const AuditSigner signer = AuditSigner::generate();
    auto keyId = trail.registerKey(user, signer.publicKey(), AuditAction::KeyRegistered, trail.signer(), trail.keyId(),
                                   {{QStringLiteral("reason"), reason}});
    if (!keyId)
        return keyId.error();
    Status s = keys->setSlot(user.name, temporaryPassword, m_store.key(),
                             SlotSigning{signer, m_store.security().rootPublicKey()}, true);
    if (s)
        s = keys->save(keyPath);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    // The lockout ends with a new password.
    LoginGuard guard(m_store.path(), m_store.clock());
    guard.recordSuccess(user.name);
    (void)guard.save();
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
    const QString keyPath = KeyFile::pathFor(m_store.path());
    auto keys = KeyFile::load(keyPath);
    if (!keys)
        return keys.error();
    // The same signing key, resealed under the new password.
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    AuditEvent e = aboutUser(AuditAction::PasswordChanged, me);
    if (me.mustChangePassword)
        e.detail.insert(QStringLiteral("was_temporary"), true);
    if (auto s = m_store.audit().append(e); !s)
        return s;
    Status s = keys->setSlot(me.name, newPassword, m_store.key(),
                             SlotSigning{trail.signer(), m_store.security().rootPublicKey()}, false);
    if (s)
        s = keys->save(keyPath);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    StoreUser changed = m_store.m_user;
    changed.mustChangePassword = false;
    m_store.setUser(changed);
    return Status::success();
}

Result<QList<UserInfo>> UserService::list()
{
    if (!m_store.access().canManageUsers())
        return notAdministrator();
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
    const StoreUser& me = m_store.user();
    if (const auto problem = passwordProblem(newPassword, me.name))
        return makeError(*problem);
    if (m_store.audit().canSign())
        return makeError(Tr::tr("The store is open with a password; recovery is for when none works."));
    const QString keyPath = KeyFile::pathFor(m_store.path());
    KeyFile keys;
    if (auto existing = KeyFile::load(keyPath)) {
        keys = *existing;
        QFile::remove(keyPath + QStringLiteral(".bak"));
        QFile::copy(keyPath, keyPath + QStringLiteral(".bak"));
    }
    keys.setStoreId(m_store.storeId());
    keys.setKeyCheck(m_store.key().checkValue());
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto signing = m_store.security().beginRecovered();
    if (!signing)
        return signing.error();
    Status s = keys.setSlot(me.name, newPassword, m_store.key(), *signing, false);
    if (s)
        s = keys.save(keyPath);
    if (s)
        s = tx.commit();
    if (!s)
        return s;
    LoginGuard guard(m_store.path(), m_store.clock());
    guard.recordSuccess(me.name);
    (void)guard.save();
    return Status::success();
}

} // namespace reper
