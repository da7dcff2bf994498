#include "YearClosing.h"

#include "core/Clock.h"
#include "report/FiguresCodec.h"
#include "storage/Store.h"
#include "storage/figures/FiguresRepository.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "YearClosing").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YearClosing)
};

} // namespace

Result<YearClosingCheck> checkYearClosing(Store& store, int year, const QString& center, bool dryRun, bool reclose)
{
    YearClosingCheck check;
    check.year = year;
    check.scope = Scope::ofCenter(center.toUpper());
    if (!check.scope.isNational() && !store.reference().centerId(check.scope.center()))
        return makeError(
            QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(check.scope.center()));
    // A dry run too: its findings name victim codes of the scope.
    if (!store.access().canCloseYear(check.scope))
        return makeError(Tr::tr("only a coordinator of %1 may close its years").arg(check.scope.text()));

    ClosedYearRepository closed(store);
    auto previous = closed.latest(year, check.scope);
    if (!previous)
        return previous.error();
    check.previous = *previous;
    if (check.previous && !reclose && !dryRun)
        return makeError(Tr::tr("%1 (%2) is already closed (version %3, %4 UTC, by %5); to freeze today's figures as a "
                                "new version, add --reclose")
                             .arg(year)
                             .arg(check.scope.text())
                             .arg(check.previous->version)
                             .arg(check.previous->closedAt, check.previous->closedBy));

    DataQualityRepository quality(store);
    auto findings = quality.check(year, check.scope, store.clock().today());
    if (!findings)
        return findings.error();
    check.findings = *findings;
    for (const QualityFinding& f : check.findings)
        check.blocking += f.isBlocking() ? 1 : 0;
    return check;
}

Result<ClosedYearRecord> closeYear(Store& store, const YearClosingCheck& check, bool force)
{
    if (check.blocking > 0 && !force)
        return makeError(QCoreApplication::translate("YearClosing",
                                                     "%1 (%2) was not closed: %n blocking problem(s); "
                                                     "correct them, or close with --force",
                                                     "", check.blocking)
                             .arg(check.year)
                             .arg(check.scope.text()));
    FiguresRepository figures(store);
    ClosedYearRepository closed(store);
    return closed.freeze(check.year, check.scope, FiguresRepository::rulesVersion(), check.blocking > 0,
                         formatFindings(check.findings), [&]() -> Result<ClosedYearRepository::Frozen> {
                             auto data = figures.computeReport(check.year, check.scope.center());
                             if (!data)
                                 return data.error();
                             const QByteArray json = FiguresCodec::canonicalJson(*data);
                             return ClosedYearRepository::Frozen{json, FiguresCodec::sha256Hex(json)};
                         });
}

} // namespace reper
