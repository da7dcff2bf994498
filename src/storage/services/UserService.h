#pragma once
// Managing the people who use a store: add, disable (never delete: the trail keeps their names),
// reset a password, change one's own, list. Each is one store transaction, a key-file change
// (written atomically) and entries of the audit trail. A user added or reset gets a temporary
// password and a fresh signing key, introduced by the administrator's key; until they choose their
// own password they may do nothing else.
#include "core/Result.h"
#include "storage/audit/AuditEntry.h"
#include "storage/repositories/UserRepository.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace reper {

class Store;

struct UserInfo
{
    StoreUser user;
    bool hasKeySlot = false;
    bool mustChangePassword = false;
    bool locked = false; // locked out now after wrong passwords
    QDateTime lockedUntil; // when the lockout ends (UTC); invalid when not locked
    bool loginRoleLocked = false; // on a server: the login role may not connect (NOLOGIN)
};

class UserService
{
public:
    static constexpr int MinPasswordLength = 12;

    explicit UserService(Store& store)
        : m_store(store)
    {
    }

    // Why a password may not be used, or nothing: at least 12 characters (a passphrase of a few
    // words is welcome), not the user name, not one character repeated.
    static std::optional<QString> passwordProblem(const QString& password, const QString& userName = {});
    // Why a set of roles and a centre do not make a user, or nothing.
    std::optional<QString> rolesProblem(const QStringList& roles, const QString& center) const;

    Result<StoreUser> add(const QString& name, const QStringList& roles, const QString& center,
                          const QString& temporaryPassword);
    Status disable(const QString& name);
    Status resetPassword(const QString& name, const QString& temporaryPassword);
    // A disabled user comes back: active again, with a temporary password to change at first use
    // and a new signing key (their old key stays retired), as a reset gives.
    Status enable(const QString& name, const QString& temporaryPassword);
    // The acting user's own password; allowed (and required) with a temporary one.
    Status changeOwnPassword(const QString& newPassword);
    Result<QList<UserInfo>> list();

    // The store was opened with the recovery key: a new slot for the acting user with a new
    // password and a new signing key, written to the key file (created when it was lost).
    Status recover(const QString& newPassword);

private:
    Result<StoreUser> findUser(const QString& name);
    // The user an administrator disables, enables or resets: refused to anyone else, and named in
    // the error when there is no such user.
    Result<StoreUser> userToManage(const QString& name);
    // Inside a reset or an enabling: `event` in the trail (after `before`), a new signing key for
    // the user and a slot with the temporary password, all committed together; the lockout ends.
    Status giveTemporaryPassword(const StoreUser& user, const QString& temporaryPassword, const AuditEvent& event,
                                 const QString& reason, const std::function<Status()>& before = {});
    Store& m_store;
};

} // namespace reper
