// close --year Y [--center CR-XX] [--force] [--reclose] [--dry-run]: the data-quality check, then
// the year's figures frozen with the rules' version, who, when and their SHA-256.
#include "cli/Commands.h"
#include "report/YearClosing.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace reper::cli {

int runClose(CliContext& ctx)
{
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const bool reclose = ctx.takeFlag(QStringLiteral("--reclose"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (missing)
        return ctx.usage(CliText::tr("an option of close has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    bool yearOk = false;
    const int year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || year < 1900 || year > 2200)
        return ctx.usage(CliText::tr("close needs --year YYYY"));

    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    Store& store = **opened;
    auto check = checkYearClosing(store, year, center ? *center : QString(), dryRun, reclose);
    if (!check)
        return ctx.fail(check.error());
    const QString scope = check->scope.text();
    const QList<QualityFinding>& findings = check->findings;
    const int blocking = check->blocking;
    QTextStream& out = ctx.out();
    out << "Data-quality check of " << year << " (" << scope << "): ";
    if (findings.isEmpty())
        out << "no problem found.\n";
    else
        out << blocking << " blocking, " << findings.size() - blocking << " warning(s)\n"
            << formatFindings(findings) << '\n';
    out.flush();
    if (dryRun)
        return blocking > 0 ? UserError : Success;
    auto record = closeYear(store, *check, force);
    if (!record)
        return ctx.fail(record.error());
    out << "Closed " << year << " (" << scope << "), version " << record->version << ", at " << record->closedAt
        << " UTC by " << record->closedBy << (record->forced ? ", forced" : "") << ".\n"
        << "Figures SHA-256: " << record->contentHash << '\n';
    out.flush();
    return Success;
}

} // namespace reper::cli
