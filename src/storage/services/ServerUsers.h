#pragma once
// Users of a store on a server (docs/server.md, "Who connects as whom"): each is a PostgreSQL login
// role made and changed only through the schema's SECURITY DEFINER functions (add_user,
// change_my_password), which take the password as a SCRAM verifier computed here, so no password
// reaches the server or its log. Their keys are kept on the server sealed with their password
// (ServerKeySlot). The same audit entries as on the local file. UserService hands over to this
// class when its store is on a server, after its own checks (administrator, last administrator,
// not oneself, the password's quality).
#include "core/Result.h"
#include "core/StoreUser.h"
#include "storage/audit/AuditEntry.h"

#include <QList>
#include <QStringList>

namespace reper {

class Store;
struct FreshUserKeys;

class ServerUsers
{
public:
    explicit ServerUsers(Store& store)
        : m_store(store)
    {
    }
    // A login role with a temporary password, its Reper roles and centre, a signing key introduced
    // by the acting administrator and sealed with the temporary password. Checks of name, roles and
    // password are the caller's (UserService::add).
    Result<StoreUser> add(const QString& name, const QStringList& roles, const QString& center,
                          const QString& temporaryPassword);
    // The acting user's own password: the login role's, and the seal of their keys.
    Status changeOwnPassword(const QString& newPassword);
    // The login role becomes NOLOGIN (disable_user): the user cannot connect at all, with Reper
    // or with psql; the trail keeps their name.
    Status disable(const StoreUser& user);
    // reset_user / enable_user (enable: LOGIN again): a temporary password on the login role, a
    // new signing key and key pair sealed with it; `event` goes to the trail first.
    Status giveTemporaryPassword(const StoreUser& user, const QString& temporaryPassword, const AuditEvent& event,
                                 const QString& reason, bool enable);
    // Every user with the server's own state: temporary password from app_user, whether the login
    // role may connect from pg_roles.
    struct Listed
    {
        StoreUser user;
        bool mustChangePassword = false;
        bool canLogIn = false;
    };
    Result<QList<Listed>> list();

private:
    Result<QString> verifier(const QString& role, const QString& password);
    Status storeFreshKeys(const StoreUser& user, const QString& temporaryPassword, const FreshUserKeys& fresh);
    Store& m_store;
};

} // namespace reper
