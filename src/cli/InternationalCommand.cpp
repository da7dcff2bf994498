// report international --year Y [--center CR-XX] [--format F] [--edition internal|public] [--threshold N]
//                      [--out FILE]: the tables owed to Eurostat, GRETA and SDG 16.2.2 (docs/international.md).
#include "cli/Commands.h"
#include "cli/ReportOutput.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "report/InternationalDocument.h"
#include "report/ReportAudit.h"
#include "report/ReportSource.h"
#include "storage/audit/AuditEntry.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace reper::cli {

int runInternational(CliContext& ctx)
{
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const QString formatName = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const QString editionName
        = ctx.takeValue(QStringLiteral("--edition"), &missing).value_or(QStringLiteral("internal"));
    const auto thresholdText = ctx.takeValue(QStringLiteral("--threshold"), &missing);
    const auto outPath = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing)
        return ctx.usage(CliText::tr("an option of report international has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    bool yearOk = false;
    const int year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || year < 1900 || year > 2200)
        return ctx.usage(CliText::tr("report international needs --year YYYY"));
    const auto format = ReportFormats::parse(formatName);
    if (!format)
        return ctx.usage(
            CliText::tr("unknown format '%1' (%2)").arg(formatName, ReportFormats::names().join(QStringLiteral(", "))));
    ReportOptions options;
    if (editionName == QLatin1String("public"))
        options.edition = Edition::Public;
    else if (editionName != QLatin1String("internal"))
        return ctx.usage(CliText::tr("unknown edition '%1' (internal, public)").arg(editionName));
    if (thresholdText) {
        bool ok = false;
        options.threshold = thresholdText->toInt(&ok);
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
    const auto at = reportTime();
    if (!at)
        return ctx.fail(at.error());
    options.generatedAt = *at;
    options.programVersion = QString::fromLatin1(programVersion());

    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    const QString code = center ? center->toUpper() : QString();
    auto data = loadInternationalData(**store, year, code);
    if (!data)
        return ctx.fail(data.error());
    auto stamped = ReportAudit::record(**store,
                                       {AuditAction::Report, formatName, year, code, options.edition,
                                        data->frozen.has_value(), QStringLiteral("international")},
                                       options);
    if (!stamped)
        return ctx.fail(stamped.error());
    options = *stamped;
    auto bytes = renderInternational(*format, *data, options);
    if (!bytes)
        return ctx.fail(bytes.error());
    return writeReport(ctx, *bytes, outPath);
}

} // namespace reper::cli
