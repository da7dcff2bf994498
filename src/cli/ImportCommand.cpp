// import FOLDER [--dry-run]: every wrong row on stderr as file:line: column: what is wrong.
#include "cli/Commands.h"
#include "importer/Importer.h"

#include <QCoreApplication>

namespace reper::cli {

int runImport(CliContext& ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (ctx.args.size() != 1)
        return ctx.usage(CliText::tr("import needs one FOLDER"));
    const QString folder = ctx.args.takeFirst();
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    Importer importer(**store);
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
