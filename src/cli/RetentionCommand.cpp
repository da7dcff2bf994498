// retention run [--years N] [--dry-run] | schedule --every-days N [--years N] | show: erasing the
// identity of victims whose last record is older than N years (administrators).
#include "cli/Commands.h"
#include "storage/services/RetentionService.h"

#include <QCoreApplication>

namespace reper::cli {

namespace {

std::optional<int> number(const std::optional<QString>& text, bool* bad)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int n = text->toInt(&ok);
    if (!ok || n < 0)
        *bad = true;
    return n;
}

int retentionRun(CliContext& ctx)
{
    bool missing = false, bad = false;
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    const auto years = number(ctx.takeValue(QStringLiteral("--years"), &missing), &bad);
    if (missing || bad || !ctx.args.isEmpty() || (years && *years < 1))
        return ctx.usage(CliText::tr("retention run [--years N] [--dry-run]"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto result = RetentionService(**store).run(years, dryRun);
    if (!result)
        return ctx.fail(result.error());
    for (const QString& code : result->victimCodes)
        ctx.out() << code << Qt::endl;
    ctx.err() << (dryRun ? CliText::tr(
                      "Dry run: the identity of %1 victim(s) whose last record is before %2 would be erased.")
                         : CliText::tr("Erased the identity of %1 victim(s) whose last record is before %2."))
                     .arg(result->victimCodes.size())
                     .arg(result->cutoff.toString(Qt::ISODate))
              << Qt::endl;
    return Success;
}

int retentionSchedule(CliContext& ctx)
{
    bool missing = false, bad = false;
    const auto every = number(ctx.takeValue(QStringLiteral("--every-days"), &missing), &bad);
    const auto years = number(ctx.takeValue(QStringLiteral("--years"), &missing), &bad);
    if (missing || bad || !every || !ctx.args.isEmpty())
        return ctx.usage(CliText::tr("retention schedule --every-days N [--years N] (0 days: no schedule)"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    RetentionService retention(**store);
    auto current = retention.settings();
    if (!current)
        return ctx.fail(current.error());
    if (auto s = retention.setSchedule(*every, years.value_or(current->years)); !s)
        return ctx.fail(s.error());
    ctx.err() << (*every
                      ? CliText::tr(
                            "The retention rule will run every %1 day(s) when the store is opened, keeping %2 years.")
                            .arg(*every)
                            .arg(years.value_or(current->years))
                      : CliText::tr("The retention rule will no longer run by itself."))
              << Qt::endl;
    return Success;
}

int retentionShow(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("retention show takes no argument"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    if (!(*store)->access().canRunRetention())
        return ctx.fail(CliText::tr("only an administrator may see the retention settings"));
    auto s = RetentionService(**store).settings();
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << CliText::tr("years: %1").arg(s->years) << Qt::endl
              << CliText::tr("every days: %1").arg(s->everyDays) << Qt::endl
              << CliText::tr("last run: %1")
                     .arg(s->lastRun.isValid() ? s->lastRun.toString(Qt::ISODate) : CliText::tr("never"))
              << Qt::endl;
    return Success;
}

} // namespace

int runRetention(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(CliText::tr("retention run|schedule|show"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("run"))
        return retentionRun(ctx);
    if (sub == QLatin1String("schedule"))
        return retentionSchedule(ctx);
    if (sub == QLatin1String("show"))
        return retentionShow(ctx);
    return ctx.usage(CliText::tr("unknown retention command '%1' (run, schedule, show)").arg(sub));
}

} // namespace reper::cli
