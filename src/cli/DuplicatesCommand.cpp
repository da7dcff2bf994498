// duplicates [--center CR-XX] [--format txt|csv]: candidate pairs of victims who may be one person,
// within the user's scope (docs/interchange.md; security.md §3.9). Codes, centres, the rule and
// the score — never a name or a CNP. `duplicates merge --keep CODE --absorb CODE` and
// `duplicates unmerge CODE` join two victims into one person and undo it (VictimMerger).
#include "cli/Commands.h"
#include "core/CsvWriter.h"
#include "storage/duplicates/DuplicateRepository.h"
#include "storage/duplicates/VictimMerger.h"

namespace reper::cli {

namespace {

QString birthOf(const DuplicateFacts& f)
{
    if (!f.birthDate.isEmpty())
        return f.birthDate;
    return f.birthYear > 0 ? QString::number(f.birthYear) : QString();
}

QStringList columnsOf(const DuplicatePair& p)
{
    return {QString::number(p.match.score),
            DuplicateScore::ruleCode(p.match.rule),
            p.first.code,
            p.first.center,
            p.second.code,
            p.second.center,
            p.crossesCentres() ? QStringLiteral("yes") : QStringLiteral("no"),
            p.first.facts.sex,
            birthOf(p.first.facts),
            p.first.facts.county,
            p.second.facts.sex,
            birthOf(p.second.facts),
            p.second.facts.county};
}

int runMerge(CliContext& ctx)
{
    bool missing = false;
    const auto keep = ctx.takeValue(QStringLiteral("--keep"), &missing);
    const auto absorb = ctx.takeValue(QStringLiteral("--absorb"), &missing);
    if (missing || !keep || !absorb || keep->trimmed().isEmpty() || absorb->trimmed().isEmpty())
        return ctx.usage(CliText::tr("duplicates merge needs --keep CODE and --absorb CODE"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto merged = VictimMerger(**store).merge(*keep, *absorb);
    if (!merged)
        return ctx.fail(merged.error());
    ctx.out() << CliText::tr("%1 merged into %2: %n record(s) now belong to %2.", nullptr, merged->records)
                     .arg(merged->absorbedCode, merged->keptCode)
              << '\n';
    ctx.out().flush();
    return Success;
}

int runUnmerge(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(CliText::tr("duplicates unmerge needs one victim code (the absorbed one)"));
    const QString code = ctx.args.takeFirst();
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto undone = VictimMerger(**store).unmerge(code);
    if (!undone)
        return ctx.fail(undone.error());
    ctx.out() << CliText::tr("%1 is its own victim again: %n record(s) moved back from %2.", nullptr, undone->records)
                     .arg(undone->absorbedCode, undone->keptCode)
              << '\n';
    ctx.out().flush();
    return Success;
}

} // namespace

int runDuplicates(CliContext& ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("merge")) {
        ctx.args.removeFirst();
        return runMerge(ctx);
    }
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("unmerge")) {
        ctx.args.removeFirst();
        return runUnmerge(ctx);
    }
    bool missing = false;
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const QString format = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    if (missing)
        return ctx.usage(CliText::tr("an option of duplicates has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    if (format != QLatin1String("txt") && format != QLatin1String("csv"))
        return ctx.usage(CliText::tr("duplicates writes txt or csv"));
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto pairs = DuplicateRepository(**store).find(center ? center->toUpper() : QString());
    if (!pairs)
        return ctx.fail(pairs.error());

    const QStringList header
        = {QStringLiteral("score"),       QStringLiteral("rule"),         QStringLiteral("victim"),
           QStringLiteral("center"),      QStringLiteral("other_victim"), QStringLiteral("other_center"),
           QStringLiteral("across"),      QStringLiteral("sex"),          QStringLiteral("birth"),
           QStringLiteral("county"),      QStringLiteral("other_sex"),    QStringLiteral("other_birth"),
           QStringLiteral("other_county")};
    QTextStream& out = ctx.out();
    if (format == QLatin1String("csv")) {
        QByteArray csv = CsvWriter::row(header);
        for (const DuplicatePair& p : *pairs)
            CsvWriter::appendRow(csv, columnsOf(p));
        out << QString::fromUtf8(csv);
        out.flush();
        return Success;
    }
    QList<QStringList> rows{header.mid(0, 7)};
    for (const DuplicatePair& p : *pairs)
        rows << columnsOf(p).mid(0, 7);
    QList<int> widths(7, 0);
    for (const QStringList& r : rows)
        for (int i = 0; i < 7; ++i)
            widths[i] = std::max(widths[i], int(r[i].size()));
    for (const QStringList& r : rows) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << (i == 0 ? r[i].rightJustified(widths[i]) : r[i].leftJustified(widths[i]));
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    }
    const qint64 across
        = std::count_if(pairs->cbegin(), pairs->cend(), [](const DuplicatePair& p) { return p.crossesCentres(); });
    out << '\n' << pairs->size() << " pair(s), " << across << " across centres\n";
    out.flush();
    return Success;
}

} // namespace reper::cli
