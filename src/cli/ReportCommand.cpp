// report bilant … | report international … | report caseload … | report explain …: the reports, each in its own file.
#include "cli/Commands.h"

#include <QCoreApplication>

namespace reper::cli {

int runReport(CliContext& ctx)
{
    const QString what = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (what == QLatin1String("bilant"))
        return runBilant(ctx); // BilantCommand.cpp
    if (what == QLatin1String("explain"))
        return runExplain(ctx); // ExplainCommand.cpp
    if (what == QLatin1String("international"))
        return runInternational(ctx); // InternationalCommand.cpp
    if (what == QLatin1String("caseload"))
        return runCaseLoad(ctx); // CaseLoadCommand.cpp
    return ctx.usage(CliText::tr("the reports are: report bilant --year Y, report international --year Y, report "
                                 "caseload --from DATE --to DATE, report explain --year Y --figure KEY"));
}

} // namespace reper::cli
