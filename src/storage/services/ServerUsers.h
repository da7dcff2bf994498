#pragma once
// Users of a store on a server (docs/server.md, "Who connects as whom"): each is a PostgreSQL login
// role made and changed only through the schema's SECURITY DEFINER functions (add_user,
// change_my_password), which take the password as a SCRAM verifier computed here, so no password
// reaches the server or its log. Their keys are kept on the server sealed with their password
// (ServerKeySlot). The same audit entries as on the local file. UserService hands over to this
// class when its store is on a server.
#include "core/Result.h"
#include "core/StoreUser.h"

#include <QStringList>

namespace reper {

class Store;

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

private:
    Result<QString> verifier(const QString& role, const QString& password);
    Store& m_store;
};

} // namespace reper
