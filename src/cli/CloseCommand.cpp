// close --year Y [--center CR-XX] [--force] [--reclose] [--dry-run]: the data-quality check, then
// the year's figures frozen with the rules' version, who, when and their SHA-256.
#include "Clock.h"
#include "ClosedYearRepository.h"
#include "Commands.h"
#include "DataQualityRepository.h"
#include "FiguresCodec.h"
#include "FiguresRepository.h"

#include <QCoreApplication>

namespace reper::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("reper-cli", text);
}

} // namespace

int runClose(CliContext& ctx)
{
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const bool reclose = ctx.takeFlag(QStringLiteral("--reclose"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    if (missing)
        return ctx.usage(tr("an option of close has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(tr("unexpected argument '%1'").arg(ctx.args.first()));
    bool yearOk = false;
    const int year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || year < 1900 || year > 2200)
        return ctx.usage(tr("close needs --year YYYY"));

    auto opened = ctx.openStore();
    if (!opened)
        return ctx.fail(opened.error());
    Store& store = **opened;
    const QString code = center ? center->toUpper() : QString();
    const QString scope = code.isEmpty() ? QStringLiteral("national") : code;
    if (!code.isEmpty() && !store.reference().centerId(code))
        return ctx.fail(QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(code));
    if (!dryRun && !store.access().canCloseYear(scope))
        return ctx.fail(tr("only a coordinator of %1 may close its years").arg(scope));

    ClosedYearRepository closed(store);
    auto previous = closed.latest(year, scope);
    if (!previous)
        return ctx.fail(previous.error());
    if (*previous && !reclose && !dryRun)
        return ctx.fail(tr("%1 (%2) is already closed (version %3, %4 UTC, by %5); to freeze today's figures as a "
                           "new version, add --reclose")
                            .arg(year)
                            .arg(scope)
                            .arg((*previous)->version)
                            .arg((*previous)->closedAt, (*previous)->closedBy));

    DataQualityRepository quality(store);
    auto findings = quality.check(year, scope, store.clock().today());
    if (!findings)
        return ctx.fail(findings.error());
    int blocking = 0;
    for (const QualityFinding& f : *findings)
        blocking += f.isBlocking() ? 1 : 0;
    QTextStream& out = ctx.out();
    out << "Data-quality check of " << year << " (" << scope << "): ";
    if (findings->isEmpty())
        out << "no problem found.\n";
    else
        out << blocking << " blocking, " << findings->size() - blocking << " warning(s)\n"
            << formatFindings(*findings) << '\n';
    out.flush();
    if (dryRun)
        return blocking > 0 ? UserError : Success;
    if (blocking > 0 && !force)
        return ctx.fail(QCoreApplication::translate("reper-cli",
                                                    "%1 (%2) was not closed: %n blocking problem(s); "
                                                    "correct them, or close with --force",
                                                    "", blocking)
                            .arg(year)
                            .arg(scope));

    FiguresRepository figures(store);
    auto record = closed.freeze(year, scope, FiguresRepository::rulesVersion(), blocking > 0, formatFindings(*findings),
                                [&]() -> Result<ClosedYearRepository::Frozen> {
                                    auto data = figures.computeReport(year, code);
                                    if (!data)
                                        return data.error();
                                    const QByteArray json = FiguresCodec::canonicalJson(*data);
                                    return ClosedYearRepository::Frozen { json, FiguresCodec::sha256Hex(json) };
                                });
    if (!record)
        return ctx.fail(record.error());
    out << "Closed " << year << " (" << scope << "), version " << record->version << ", at " << record->closedAt
        << " UTC by " << record->closedBy << (record->forced ? ", forced" : "") << ".\n"
        << "Figures SHA-256: " << record->contentHash << '\n';
    out.flush();
    return Success;
}

} // namespace reper::cli
