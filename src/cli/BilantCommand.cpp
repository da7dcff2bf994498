// report bilant --year Y [--center CR-XX] [--format F] [--edition E] [--threshold N] [--current]
//               [--template FILE] [--out FILE]
#include "cli/Commands.h"
#include "cli/ReportOutput.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "report/BilantTemplate.h"
#include "report/ReportAudit.h"
#include "report/ReportFormat.h"
#include "report/ReportSource.h"
#include "storage/audit/AuditEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>

namespace reper::cli {

int runBilant(CliContext& ctx)
{
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const QString formatName = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const QString editionName
        = ctx.takeValue(QStringLiteral("--edition"), &missing).value_or(QStringLiteral("internal"));
    const auto thresholdText = ctx.takeValue(QStringLiteral("--threshold"), &missing);
    const auto templatePath = ctx.takeValue(QStringLiteral("--template"), &missing);
    const auto outPath = ctx.takeValue(QStringLiteral("--out"), &missing);
    const bool current = ctx.takeFlag(QStringLiteral("--current"));
    if (missing)
        return ctx.usage(CliText::tr("an option of report bilant has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    bool yearOk = false;
    const int year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || year < 1900 || year > 2200)
        return ctx.usage(CliText::tr("report bilant needs --year YYYY"));
    const auto format = ReportFormats::parse(formatName);
    if (!format)
        return ctx.usage(
            CliText::tr("unknown format '%1' (%2)").arg(formatName, ReportFormats::names().join(QStringLiteral(", "))));
    ReportOptions options;
    if (editionName == QLatin1String("internal"))
        options.edition = Edition::Internal;
    else if (editionName == QLatin1String("public"))
        options.edition = Edition::Public;
    else if (editionName == QLatin1String("revised"))
        options.edition = Edition::Revised;
    else
        return ctx.usage(CliText::tr("unknown edition '%1' (internal, public, revised)").arg(editionName));
    if (thresholdText) {
        bool ok = false;
        options.threshold = thresholdText->toInt(&ok);
        // With 1, "<2" would say the value is 1: hiding needs at least two possible values.
        if (!ok || options.threshold < 2 || options.threshold > 99)
            return ctx.usage(CliText::tr("--threshold takes a whole number from 2 to 99"));
        if (options.edition != Edition::Public)
            return ctx.usage(CliText::tr("--threshold applies to the public edition (--edition public)"));
    }
    if (ReportFormats::isBinary(*format) && !outPath && platform::standardOutputIsTerminal())
        return ctx.usage(
            CliText::tr("the %1 format is binary: give --out FILE, or redirect the output").arg(formatName));
    if (ReportFormats::needsGui(*format) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(
            CliText::tr("the %1 format needs the graphical libraries, which did not start").arg(formatName));

    auto wording = BilantTemplate::load(templatePath.value_or(QString()));
    if (!wording)
        return ctx.fail(wording.error());
    options.wording = &*wording;
    const auto at = reportTime();
    if (!at)
        return ctx.fail(at.error());
    options.generatedAt = *at;
    options.programVersion = QString::fromLatin1(programVersion());

    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    ReportRequest request{year, center ? center->toUpper() : QString(), current, options.edition == Edition::Revised};
    auto data = loadReportData(**store, request);
    if (!data)
        return ctx.fail(data.error());
    // Recorded before it is drawn, so the footer can carry the trail's head with this very entry.
    auto stamped = ReportAudit::record(
        **store,
        {AuditAction::Report, ReportFormats::name(*format), year, request.center, options.edition, data->frozen},
        options);
    if (!stamped)
        return ctx.fail(stamped.error());
    options = *stamped;
    auto bytes = ReportFormats::render(*format, *data, options);
    if (!bytes)
        return ctx.fail(bytes.error());
    return writeReport(ctx, *bytes, outPath);
}

} // namespace reper::cli
