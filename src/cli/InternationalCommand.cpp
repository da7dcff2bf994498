// report international --year Y [--center CR-XX] [--format F] [--edition internal|public] [--threshold N]
//                      [--out FILE]: the tables owed to Eurostat, GRETA and SDG 16.2.2 (docs/international.md).
#include "cli/Commands.h"
#include "cli/ReportArguments.h"
#include "cli/ReportOutput.h"
#include "report/InternationalDocument.h"
#include "report/ReportAudit.h"
#include "report/ReportSource.h"
#include "storage/audit/AuditEntry.h"

namespace reper::cli {

int runInternational(CliContext& ctx)
{
    auto taken = takeReportArguments(ctx, QStringLiteral("report international"), {Edition::Internal, Edition::Public});
    if (const int* status = std::get_if<int>(&taken))
        return *status;
    ReportArguments& a = std::get<ReportArguments>(taken);
    ReportOptions& options = a.options;

    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto data = loadInternationalData(**store, a.year, a.center);
    if (!data)
        return ctx.fail(data.error());
    auto stamped = ReportAudit::record(**store,
                                       {AuditAction::Report, a.formatName, a.year, a.center, options.edition,
                                        data->frozen.has_value(), QStringLiteral("international")},
                                       options);
    if (!stamped)
        return ctx.fail(stamped.error());
    options = *stamped;
    auto bytes = renderInternational(a.format, *data, options);
    if (!bytes)
        return ctx.fail(bytes.error());
    return writeReport(ctx, *bytes, a.outPath);
}

} // namespace reper::cli
