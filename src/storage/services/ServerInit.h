#pragma once
// `reper-cli --store URL init --admin NAME` on a server (docs/server.md): run by a database owner
// allowed to create roles (the address's user, or PGUSER), it makes an empty database a Reper
// store — the owner role and schema, the numbered steps, the group roles and policies, CONNECT
// for Reper's roles only — seeds the reference data and the store's id, and makes the first
// administrator's login role (administrator and national coordinator, as a new local file's first
// user) with their keys sealed with their password. Then it signs in as that administrator, whose
// key starts the audit trail. On a database whose store is older than the program it runs the
// missing steps instead (an upgrade), and on a current one it changes nothing.
#include "core/Result.h"

#include <QString>
#include <memory>

namespace reper {

class Clock;
class Database;
class PgUrl;
class Store;

class ServerInit
{
public:
    enum class Outcome { Created, Upgraded };
    struct Done
    {
        Outcome outcome = Outcome::Created;
        int version = 0;
        std::unique_ptr<Store> store; // the administrator's session (Created only)
    };
    static Result<Done> run(const PgUrl& ownerUrl, const QString& adminName, const QString& adminPassword,
                            const Clock& clock);

private:
    // The reference data, the store's id and the first administrator, as the schema's owner.
    static Status seed(Database& db, const QString& adminName, const QString& adminPassword, const Clock& clock);
};

} // namespace reper
