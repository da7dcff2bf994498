// generate --out FOLDER [--years N] [--first-year Y] [--scale F] [--seed S]: synthetic CSV data.
#include "cli/Commands.h"
#include "generator/DataGenerator.h"

#include <QCoreApplication>

namespace reper::cli {

int runGenerate(CliContext& ctx)
{
    bool missing = false;
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    const auto years = ctx.takeValue(QStringLiteral("--years"), &missing);
    const auto first = ctx.takeValue(QStringLiteral("--first-year"), &missing);
    const auto scale = ctx.takeValue(QStringLiteral("--scale"), &missing);
    const auto seed = ctx.takeValue(QStringLiteral("--seed"), &missing);
    if (missing || !out)
        return ctx.usage(CliText::tr("generate needs --out FOLDER"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    GeneratorOptions options;
    bool ok = true;
    if (years)
        options.years = years->toInt(&ok);
    if (ok && first)
        options.firstYear = first->toInt(&ok);
    if (ok && scale)
        options.scale = scale->toDouble(&ok);
    if (ok && seed)
        options.seed = seed->toULongLong(&ok);
    if (!ok || options.years < 1 || options.years > 50 || options.scale <= 0 || options.scale > 1000)
        return ctx.usage(CliText::tr("generate: --years 1–50, --scale above 0, --first-year and --seed whole numbers"));
    DataGenerator generator;
    if (auto s = generator.write(*out, options); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Synthetic data written to %1.").arg(*out) << Qt::endl;
    return Success;
}

} // namespace reper::cli
