// report caseload --from DATE --to DATE [--center CR-XX] [--today DATE] [--format pdf|xlsx|csv|txt]
// [--out FILE]: the case load of a scope for its coordinator (issue 10 §7, docs/interchange.md).
#include "cli/Commands.h"
#include "cli/ReportOutput.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "report/CaseLoadDocument.h"
#include "report/ReportAudit.h"
#include "storage/audit/AuditEntry.h"
#include "storage/cases/CaseLoadRepository.h"

#include <QGuiApplication>

namespace reper::cli {

int runCaseLoad(CliContext& ctx)
{
    bool missing = false;
    const auto fromText = ctx.takeValue(QStringLiteral("--from"), &missing);
    const auto toText = ctx.takeValue(QStringLiteral("--to"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const auto todayText = ctx.takeValue(QStringLiteral("--today"), &missing);
    const QString formatName = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const auto outPath = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing)
        return ctx.usage(CliText::tr("an option of report caseload has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    const QDate from = fromText ? QDate::fromString(*fromText, Qt::ISODate) : QDate();
    const QDate to = toText ? QDate::fromString(*toText, Qt::ISODate) : QDate();
    if (!from.isValid() || !to.isValid())
        return ctx.usage(CliText::tr("report caseload needs --from YYYY-MM-DD --to YYYY-MM-DD"));
    QDate today;
    if (todayText) {
        today = QDate::fromString(*todayText, Qt::ISODate);
        if (!today.isValid())
            return ctx.usage(CliText::tr("--today takes a date, YYYY-MM-DD"));
    }
    const auto format = ReportFormats::parse(formatName);
    if (!format || !CaseLoadDocument::formats().contains(*format))
        return ctx.usage(CliText::tr("unknown format '%1' (pdf, xlsx, csv, txt)").arg(formatName));
    if (ReportFormats::isBinary(*format) && !outPath && platform::standardOutputIsTerminal())
        return ctx.usage(
            CliText::tr("the %1 format is binary: give --out FILE, or redirect the output").arg(formatName));
    if (ReportFormats::needsGui(*format) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(
            CliText::tr("the %1 format needs the graphical libraries, which did not start").arg(formatName));
    ReportOptions options;
    const auto at = reportTime();
    if (!at)
        return ctx.fail(at.error());
    options.generatedAt = *at;
    options.programVersion = QString::fromLatin1(programVersion());

    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    const Scope scope = center ? Scope::ofCenter(center->toUpper()) : Scope::national();
    auto figures = CaseLoadRepository(**store).figures({scope, from, to, today});
    if (!figures)
        return ctx.fail(figures.error());
    auto stamped = ReportAudit::record(
        **store,
        PeriodReportEntry{AuditAction::Report, formatName, QStringLiteral("caseload"), scope.center(), from, to},
        options);
    if (!stamped)
        return ctx.fail(stamped.error());
    auto bytes = renderCaseLoad(*format, *figures, *stamped);
    if (!bytes)
        return ctx.fail(bytes.error());
    return writeReport(ctx, *bytes, outPath);
}

} // namespace reper::cli
