#include "ReportArguments.h"

#include "cli/ReportOutput.h"
#include "core/Version.h"
#include "core/platform/Platform.h"

#include <QGuiApplication>

namespace reper::cli {

namespace {

std::optional<Edition> editionNamed(const QString& name, const QList<Edition>& offered)
{
    for (const Edition e : offered)
        if (editionName(e) == name)
            return e;
    return std::nullopt;
}

} // namespace

std::variant<ReportArguments, int> takeReportArguments(CliContext& ctx, const QString& command,
                                                       const QList<Edition>& editions, bool missingBefore)
{
    bool missing = missingBefore;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const QString formatName = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const QString editionText
        = ctx.takeValue(QStringLiteral("--edition"), &missing).value_or(editionName(editions.value(0)));
    const auto thresholdText = ctx.takeValue(QStringLiteral("--threshold"), &missing);
    const auto outPath = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing)
        return ctx.usage(CliText::tr("an option of %1 has no value").arg(command));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));

    ReportArguments a;
    bool yearOk = false;
    a.year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || a.year < 1900 || a.year > 2200)
        return ctx.usage(CliText::tr("%1 needs --year YYYY").arg(command));
    a.center = center ? center->toUpper() : QString();
    const auto format = ReportFormats::parse(formatName);
    if (!format)
        return ctx.usage(
            CliText::tr("unknown format '%1' (%2)").arg(formatName, ReportFormats::names().join(QStringLiteral(", "))));
    a.format = *format;
    a.formatName = formatName;
    a.outPath = outPath;
    const auto edition = editionNamed(editionText, editions);
    if (!edition) {
        QStringList names;
        for (const Edition e : editions)
            names << editionName(e);
        return ctx.usage(CliText::tr("unknown edition '%1' (%2)").arg(editionText, names.join(QStringLiteral(", "))));
    }
    a.options.edition = *edition;
    if (thresholdText) {
        bool ok = false;
        a.options.threshold = thresholdText->toInt(&ok);
        // With 1, "<2" would say the value is 1: hiding needs at least two possible values.
        if (!ok || a.options.threshold < 2 || a.options.threshold > 99)
            return ctx.usage(CliText::tr("--threshold takes a whole number from 2 to 99"));
        if (a.options.edition != Edition::Public)
            return ctx.usage(CliText::tr("--threshold applies to the public edition (--edition public)"));
    }
    if (ReportFormats::isBinary(a.format) && !a.outPath && platform::standardOutputIsTerminal())
        return ctx.usage(
            CliText::tr("the %1 format is binary: give --out FILE, or redirect the output").arg(formatName));
    if (ReportFormats::needsGui(a.format) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(
            CliText::tr("the %1 format needs the graphical libraries, which did not start").arg(formatName));
    const auto at = reportTime();
    if (!at)
        return ctx.fail(at.error());
    a.options.generatedAt = *at;
    a.options.programVersion = QString::fromLatin1(programVersion());
    return a;
}

} // namespace reper::cli
