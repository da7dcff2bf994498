// population set --year Y --total N [--female N] [--male N] [--children N] [--adults N] --source TEXT
// population list | population remove --year Y: the population of each year, the reference data
// behind the rates of SDG 16.2.2 (administrators; every change recorded in the audit trail).
#include "cli/Commands.h"
#include "storage/figures/PopulationRepository.h"

#include <QCoreApplication>

namespace reper::cli {

namespace {

const char* const kUsage = "population set --year Y --total N [--female N] [--male N] [--children N] [--adults N] "
                           "--source TEXT | population list | population remove --year Y";

// A whole number option: nothing when absent, an error message when not a number.
std::optional<qint64> number(const std::optional<QString>& text, bool* bad)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 n = text->toLongLong(&ok);
    if (!ok)
        *bad = true;
    return n;
}

QString part(const std::optional<qint64>& v) { return v ? QString::number(*v) : QStringLiteral("-"); }

} // namespace

int runPopulation(CliContext& ctx)
{
    const QString what = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    bool missing = false;
    if (what == QLatin1String("list")) {
        if (!ctx.args.isEmpty())
            return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
        auto store = ctx.openStore();
        if (!store)
            return ctx.fail(store.error());
        auto list = PopulationRepository(**store).list();
        if (!list)
            return ctx.fail(list.error());
        ctx.out() << "year  total  female  male  children  adults  source  (entered by, at)\n";
        for (const PopulationEntry& e : *list)
            ctx.out() << e.year << "  " << e.total << "  " << part(e.female) << "  " << part(e.male) << "  "
                      << part(e.children) << "  " << part(e.adults) << "  " << e.source << "  (" << e.enteredBy << ", "
                      << e.enteredAt << " UTC)\n";
        ctx.out().flush();
        return Success;
    }
    if (what != QLatin1String("set") && what != QLatin1String("remove"))
        return ctx.usage(QLatin1String(kUsage));
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    bool ok = false;
    const int year = yearText ? yearText->toInt(&ok) : 0;
    if (what == QLatin1String("remove")) {
        if (missing || !ok || !ctx.args.isEmpty())
            return ctx.usage(QLatin1String(kUsage));
        auto store = ctx.openStore();
        if (!store)
            return ctx.fail(store.error());
        if (auto s = PopulationRepository(**store).remove(year); !s)
            return ctx.fail(s.error());
        ctx.err() << CliText::tr("The population of %1 was removed.").arg(year) << Qt::endl;
        return Success;
    }
    PopulationEntry entry;
    bool bad = false;
    entry.total = number(ctx.takeValue(QStringLiteral("--total"), &missing), &bad).value_or(0);
    entry.female = number(ctx.takeValue(QStringLiteral("--female"), &missing), &bad);
    entry.male = number(ctx.takeValue(QStringLiteral("--male"), &missing), &bad);
    entry.children = number(ctx.takeValue(QStringLiteral("--children"), &missing), &bad);
    entry.adults = number(ctx.takeValue(QStringLiteral("--adults"), &missing), &bad);
    entry.source = ctx.takeValue(QStringLiteral("--source"), &missing).value_or(QString());
    if (missing || !ctx.args.isEmpty() || !yearText)
        return ctx.usage(QLatin1String(kUsage));
    if (!ok || bad)
        return ctx.usage(CliText::tr("--year and the counts take whole numbers"));
    entry.year = year;
    // Checked before the store is opened: a typing mistake costs no password.
    if (auto s = PopulationRepository::check(entry); !s)
        return ctx.fail(s.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    if (auto s = PopulationRepository(**store).set(entry); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("The population of %1 is %2 (%3).").arg(year).arg(entry.total).arg(entry.source)
              << Qt::endl;
    return Success;
}

} // namespace reper::cli
