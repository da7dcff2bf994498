// import FOLDER [--dry-run]: every wrong row on stderr as file:line: column: what is wrong.
#include "cli/Commands.h"
#include "core/Clock.h"
#include "importer/ImportLock.h"
#include "importer/Importer.h"

#include <QCoreApplication>
#include <optional>

namespace reper::cli {

int runImport(CliContext& ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (ctx.args.size() != 1)
        return ctx.usage(CliText::tr("import needs one FOLDER"));
    const QString folder = ctx.args.takeFirst();
    const auto waiting = [&ctx](const QString& message) { ctx.err() << "reper-cli: " << message << Qt::endl; };
    auto user = ctx.actingUser();
    if (!user)
        return ctx.fail(user.error());
    // Its turn first: even signing in writes (the login entry), and would wait behind another import.
    // A server takes imports side by side (each one transaction): no lock file there.
    std::optional<ImportLock> turn;
    if (!ctx.onServer()) {
        auto taken = ImportLock::take(ctx.storePath, *user, SystemClock::instance().now(), waiting);
        if (!taken)
            return ctx.fail(taken.error());
        turn.emplace(std::move(*taken));
    }
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    Importer importer(**store);
    importer.setWaitingNotice(waiting);
    const ImportReport report = importer.run(folder, dryRun);
    for (const QString& note : report.notes)
        ctx.err() << "reper-cli: " << CliText::tr("note") << ": " << note << Qt::endl;
    for (const ImportProblem& p : report.problems)
        ctx.err() << p.toString() << Qt::endl;
    if (!report.failure.isEmpty())
        return ctx.fail(
            CliText::tr("the import stopped on a store error; nothing was written (%1)").arg(report.failure));
    if (!report.problems.isEmpty())
        return ctx.fail(CliText::tr("%n problem(s) found; nothing was written", nullptr, int(report.problems.size())));
    for (const ImportFileCounts& f : report.files)
        ctx.out() << QStringLiteral("%1: %2 rows, %3 new, %4 already present")
                         .arg(f.file)
                         .arg(f.rows)
                         .arg(f.added)
                         .arg(f.present)
                  << Qt::endl;
    ctx.out()
        << (dryRun ? CliText::tr("Dry run: %1 rows checked, no problem found; nothing was written.").arg(report.rows())
                   : CliText::tr("Imported %1 rows (%2 new records).").arg(report.rows()).arg(report.added()))
        << Qt::endl;
    return Success;
}

} // namespace reper::cli
