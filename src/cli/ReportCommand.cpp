// report bilant --year Y [--center CR-XX] [--format txt|json] [--out FILE]
#include "Commands.h"
#include "FiguresRepository.h"
#include "JsonRenderer.h"
#include "KeyFile.h"
#include "TextRenderer.h"

#include <QCoreApplication>
#include <QFile>

namespace reper::cli {

int runReport(CliContext& ctx)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("reper-cli", text); };
    if (ctx.args.isEmpty() || ctx.args.first() != QLatin1String("bilant"))
        return ctx.usage(tr("the report is named: report bilant --year Y"));
    ctx.args.removeFirst();
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const QString format = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const auto outPath = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing)
        return ctx.usage(tr("an option of report bilant has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(tr("unexpected argument '%1'").arg(ctx.args.first()));
    bool yearOk = false;
    const int year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || year < 1900 || year > 2200)
        return ctx.usage(tr("report bilant needs --year YYYY"));
    static const QStringList known = {QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("html"),
                                      QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("csv"),
                                      QStringLiteral("xlsx")};
    if (!known.contains(format))
        return ctx.usage(tr("unknown format '%1' (txt, json, html, pdf, odt, csv, xlsx)").arg(format));
    if (format != QLatin1String("txt") && format != QLatin1String("json"))
        return ctx.fail(tr("the %1 format is not available in this version yet; use txt or json").arg(format));

    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    FiguresRepository figures(**store);
    auto result = figures.compute(year, center ? center->toUpper() : QString());
    if (!result)
        return ctx.fail(result.error());
    const QByteArray bytes = format == QLatin1String("json") ? renderJson(*result) : renderText(*result).toUtf8();
    if (outPath) {
        if (auto s = writeFileAtomically(*outPath, bytes); !s)
            return ctx.fail(s.error());
        return Success;
    }
    ctx.out().flush();
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stdoutFile.write(bytes);
    stdoutFile.flush();
    return Success;
}

} // namespace reper::cli
