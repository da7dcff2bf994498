// report bilant --year Y [--center CR-XX] [--format F] [--edition E] [--threshold N] [--current]
//               [--template FILE] [--out FILE]
#include "cli/Commands.h"
#include "cli/ReportArguments.h"
#include "cli/ReportOutput.h"
#include "report/BilantTemplate.h"
#include "report/ReportAudit.h"
#include "report/ReportFormat.h"
#include "report/ReportSource.h"
#include "storage/audit/AuditEntry.h"

namespace reper::cli {

int runBilant(CliContext& ctx)
{
    bool missing = false;
    const auto templatePath = ctx.takeValue(QStringLiteral("--template"), &missing);
    const bool current = ctx.takeFlag(QStringLiteral("--current"));
    auto taken = takeReportArguments(ctx, QStringLiteral("report bilant"),
                                     {Edition::Internal, Edition::Public, Edition::Revised}, missing);
    if (const int* status = std::get_if<int>(&taken))
        return *status;
    ReportArguments& a = std::get<ReportArguments>(taken);
    ReportOptions& options = a.options;

    auto wording = BilantTemplate::load(templatePath.value_or(QString()));
    if (!wording)
        return ctx.fail(wording.error());
    options.wording = &*wording;

    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    ReportRequest request{a.year, a.center, current, options.edition == Edition::Revised};
    auto data = loadReportData(**store, request);
    if (!data)
        return ctx.fail(data.error());
    // Recorded before it is drawn, so the footer can carry the trail's head with this very entry.
    auto stamped = ReportAudit::record(
        **store,
        {AuditAction::Report, ReportFormats::name(a.format), a.year, request.center, options.edition, data->frozen},
        options);
    if (!stamped)
        return ctx.fail(stamped.error());
    options = *stamped;
    auto bytes = ReportFormats::render(a.format, *data, options);
    if (!bytes)
        return ctx.fail(bytes.error());
    return writeReport(ctx, *bytes, a.outPath);
}

} // namespace reper::cli
