#include "PgSchema.h"

#include "core/Logging.h"
#include "storage/engine/postgres/PgConnection.h"

#include <QFile>
#include <iterator>

namespace reper {

namespace {

struct Step
{
    int version;
    const char* resource;
};

// Append only, one for each step of the local file's Migrator, in the same order.
const Step kSteps[] = {
    {1, ":/sql/postgres/001_initial.sql"},
    {2, ":/sql/postgres/002_closed_years.sql"},
    {3, ":/sql/postgres/003_security.sql"},
    {4, ":/sql/postgres/004_window.sql"},
    {5, ":/sql/postgres/005_population.sql"},
    {6, ":/sql/postgres/006_sealed_identity.sql"},
    {7, ":/sql/postgres/007_record_identity.sql"},
    {8, ":/sql/postgres/008_case_monitoring.sql"},
    {9, ":/sql/postgres/009_deadlines.sql"},
    {10, ":/sql/postgres/010_centre_package.sql"},
    {11, ":/sql/postgres/011_duplicate_match.sql"},
    {12, ":/sql/postgres/012_victim_merge.sql"},
    {13, ":/sql/postgres/013_list_functions.sql"},
    {14, ":/sql/postgres/014_audit_segment.sql"},
    {15, ":/sql/postgres/015_victim_lookups.sql"},
    {16, ":/sql/postgres/016_case_lookups.sql"},
    {17, ":/sql/postgres/017_scope_functions.sql"},
    {18, ":/sql/postgres/018_package_merges.sql"},
    {19, ":/sql/postgres/019_victim_list_order.sql"},
    {20, ":/sql/postgres/020_no_public_functions.sql"},
    {21, ":/sql/postgres/021_static_notifications.sql"},
};

// Two programs initialising or upgrading the same server wait for each other.
const QString kSchemaLock = QStringLiteral("SELECT pg_advisory_xact_lock(4242, 0)");

} // namespace

int PgSchema::latestVersion() { return kSteps[std::size(kSteps) - 1].version; }

Result<int> PgSchema::version(PgConnection& db)
{
    auto r = db.query(QStringLiteral("SELECT to_regclass('reper.schema_version') IS NOT NULL"));
    if (!r)
        return r.error();
    if (r->text(0, 0) != QLatin1String("t"))
        return 0;
    auto v = db.query(QStringLiteral("SELECT version FROM reper.schema_version"));
    if (!v)
        return v.error();
    return v->rows() ? int(v->int64(0, 0)) : 0;
}

Status PgSchema::prepare(PgConnection& db)
{
    // A role may create roles only with CREATEROLE; the owner gets it so that its functions can
    // make login roles. The caller becomes a member to create the schema as the owner.
    const QString sql = QStringLiteral(R"(
BEGIN;
%1;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reper_owner') THEN
        CREATE ROLE reper_owner NOLOGIN CREATEROLE;
    END IF;
    IF NOT pg_has_role(current_user, 'reper_owner', 'MEMBER') THEN
        EXECUTE format('GRANT reper_owner TO %I', current_user);
    END IF;
END
$$;
CREATE SCHEMA IF NOT EXISTS reper AUTHORIZATION reper_owner;
SET LOCAL ROLE reper_owner;
CREATE TABLE IF NOT EXISTS reper.schema_version (version integer NOT NULL);
INSERT INTO reper.schema_version(version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM reper.schema_version);
COMMIT;
)")
                            .arg(kSchemaLock);
    if (auto s = db.exec(sql); !s) {
        (void)db.exec(QStringLiteral("ROLLBACK"));
        return makeError(tr("The server's database could not be prepared for Reper: the user of the address must be "
                            "allowed to create roles and to create a schema in the database (docs/server.md)."),
                         s.error().detail);
    }
    return Status::success();
}

PgSchema::Outcome PgSchema::migrate(PgConnection& db, Error* error)
{
    auto log = Logging::logger("storage");
    auto current = version(db);
    if (!current) {
        *error = current.error();
        return Outcome::Failed;
    }
    const int latest = latestVersion();
    if (*current > latest) {
        *error = makeError(tr("This server's database was written by a newer version of Reper (schema %1; this "
                              "program knows up to %2). Upgrade this program.")
                               .arg(*current)
                               .arg(latest));
        return Outcome::NewerThanProgram;
    }
    if (*current == latest)
        return Outcome::Current;
    const int from = *current;
    for (const Step& step : kSteps) {
        if (step.version <= from)
            continue;
        QFile f(QString::fromLatin1(step.resource));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = makeError(tr("A schema step of this program is missing."), QString::fromLatin1(step.resource));
            return Outcome::Failed;
        }
        Status s = db.exec(QStringLiteral("BEGIN; %1; SET LOCAL ROLE reper_owner; SET LOCAL search_path = reper, "
                                          "pg_temp;")
                               .arg(kSchemaLock));
        // Another program may have run the step while this one waited for the lock.
        auto now = s ? version(db) : Result<int>(s.error());
        if (now && *now >= step.version) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        if (!now)
            s = now.error();
        if (s)
            s = db.exec(QString::fromUtf8(f.readAll()));
        // The ids of new rows are read back with currval() (SqlDialect::lastInsertIdQuery), which
        // needs USAGE on the table's identity sequence: granted to Reper's roles after each step, so
        // a step's new tables have it too. USAGE, not SELECT: a client cannot read a sequence's
        // last value, so no count of other centres' rows leaks.
        if (s)
            s = db.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA reper TO reper_operator, "
                                       "reper_coordinator, reper_analyst, reper_administrator;"));
        if (s)
            s = db.exec(QStringLiteral("UPDATE schema_version SET version = %1; COMMIT;").arg(step.version));
        if (!s) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            *error = makeError(tr("The server's database could not be brought to schema %1.").arg(step.version),
                               s.error().detail);
            log->error("server migration to {} failed: {}", step.version, s.error().detail.toStdString());
            return Outcome::Failed;
        }
        log->info("server schema migrated to {}", step.version);
    }
    return from == 0 ? Outcome::Created : Outcome::Upgraded;
}

Status PgSchema::restrictDatabase(PgConnection& db)
{
    auto name = db.query(QStringLiteral("SELECT current_database()"));
    if (!name)
        return name.error();
    const QString database = db.quoteIdentifier(name->text(0, 0));
    return db.exec(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC; "
                                  "GRANT CONNECT, TEMPORARY ON DATABASE %1 TO reper_operator, reper_coordinator, "
                                  "reper_analyst, reper_administrator;")
                       .arg(database));
}

} // namespace reper
