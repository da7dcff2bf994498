#pragma once
// Reper's schema on a PostgreSQL server: the numbered steps of resources/sql in PostgreSQL's
// dialect (resources/sql/postgres/NNN_*.sql where it differs, the shared file where it does not),
// the version in the table schema_version, each step in its own transaction run as the schema's
// owner. The owner (reper_owner) is a role without login that owns the schema "reper", its
// tables and the SECURITY DEFINER functions; it holds CREATEROLE so those functions can make and
// lock Reper's login roles — and nothing else can (docs/server.md, "Who connects as whom").
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace reper {

class PgConnection;

class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    enum class Outcome { Current, Created, Upgraded, NewerThanProgram, Failed };

    static QString schemaName() { return QStringLiteral("reper"); }
    static QString ownerRole() { return QStringLiteral("reper_owner"); }
    // The group roles of Reper's four roles (operator → reper_operator, …).
    static QString groupRole(const QString& reperRole) { return QStringLiteral("reper_") + reperRole; }
    static int latestVersion();

    // The schema's version on this server: 0 when Reper's schema is not there.
    static Result<int> version(PgConnection& db);
    // Makes an empty database ready for the steps: the owner role, the schema, the version table.
    // The connection's role must be allowed to create roles and to create in the database (a
    // superuser, or the database's owner with CREATEROLE).
    static Status prepare(PgConnection& db);
    // Runs the steps the server lacks, as the owner. Refuses a schema newer than the program.
    static Outcome migrate(PgConnection& db, Error* error);
    // After the steps: only Reper's roles may connect to the database (CONNECT is PUBLIC's by
    // default, and so is TEMP) and make temporary tables (the import's case rule works in one).
    static Status restrictDatabase(PgConnection& db);
};

} // namespace reper
