#include "Migrator.h"

#include "core/Logging.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace reper {

namespace {

struct Step
{
    int version;
    const char* resource;
};

// Append only: a released step is never edited, a change is a new step.
const Step kSteps[] = {
    {1, ":/sql/001_initial.sql"},
    {2, ":/sql/002_closed_years.sql"},
    {3, ":/sql/003_security.sql"},
    {4, ":/sql/004_window.sql"},
    {5, ":/sql/005_population.sql"},
    {6, ":/sql/006_sealed_identity.sql"},
    // step 6 is finished by the caller: identity encrypted with C++ (KeysUpgrade)
    {7, ":/sql/007_record_identity.sql"},
    // Step 8 is finished by the caller too (CaseStatusRule).
    {8, ":/sql/008_case_monitoring.sql"},
    {9, ":/sql/009_deadlines.sql"},
    {10, ":/sql/010_centre_package.sql"},
    {11, ":/sql/011_duplicate_match.sql"},
    {12, ":/sql/012_victim_merge.sql"},
    {13, ":/sql/013_list_functions.sql"},
    {14, ":/sql/014_audit_segment.sql"},
    {15, ":/sql/015_victim_lookups.sql"},
    {16, ":/sql/016_case_lookups.sql"},
    {17, ":/sql/017_scope_functions.sql"},
    {18, ":/sql/018_package_merges.sql"},
    {19, ":/sql/019_victim_list_order.sql"},
    {20, ":/sql/020_no_public_functions.sql"},
    {21, ":/sql/021_static_notifications.sql"},
};

} // namespace

int Migrator::latestVersion() { return kSteps[std::size(kSteps) - 1].version; }

Migrator::Outcome Migrator::migrate(Database& db, Error* error,
                                    const std::function<Status(int from, int to)>& beforeUpgrade,
                                    const std::function<Status(int version)>& finishStep)
{
    auto log = Logging::logger("storage");
    const int current = db.userVersion();
    const int latest = latestVersion();
    if (current < 0) {
        *error = makeError(QCoreApplication::translate("Migrator", "The version of the store cannot be read."),
                           db.lastError());
        return Outcome::Failed;
    }
    if (current > latest) {
        *error = makeError(QCoreApplication::translate("Migrator",
                                                       "This store was written by a newer version of Reper (schema %1; "
                                                       "this program knows up to %2). Open it with the newer program.")
                               .arg(current)
                               .arg(latest));
        return Outcome::NewerThanProgram;
    }
    if (current == latest)
        return Outcome::Current;
    if (current > 0 && beforeUpgrade) {
        if (auto s = beforeUpgrade(current, latest); !s) {
            *error = s.error();
            return Outcome::Failed;
        }
    }
    for (const Step& step : kSteps) {
        if (step.version <= current)
            continue;
        QFile f(QString::fromLatin1(step.resource));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = makeError(QCoreApplication::translate("Migrator", "A schema step of this program is missing."),
                               QString::fromLatin1(step.resource));
            return Outcome::Failed;
        }
        Transaction tx(db);
        Status s = tx.beginStatus();
        if (s)
            s = db.exec(QString::fromUtf8(f.readAll()));
        if (s && finishStep)
            s = finishStep(step.version);
        if (s)
            s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (s)
            s = tx.commit();
        if (!s) {
            // A step the program finishes may refuse with its own message (who may upgrade).
            *error = s.error().detail.isEmpty() && !s.error().message.isEmpty()
                ? s.error()
                : makeError(QCoreApplication::translate("Migrator", "The store could not be brought to schema %1.")
                                .arg(step.version),
                            s.error().detail);
            log->error("migration to {} failed: {}", step.version, s.error().detail.toStdString());
            return Outcome::Failed;
        }
        log->info("store migrated to schema {}", step.version);
    }
    return current == 0 ? Outcome::Created : Outcome::Upgraded;
}

} // namespace reper
