// due [--center CR-XX] [--user NAME] [--days N] [--today DATE] [--format txt|csv|ics] [--out FILE]:
// the deadlines of the open cases of the acting user's scope (issue 10 §4), overdue first; ics is a
// calendar Thunderbird or Outlook imports.
// due rules | due rule KIND [--offsets N,N] [--unit day|month] [--lead N] [--notify WHO]
// [--enabled yes|no]: the rules (changed by administrators).
// due dismiss KEY --reason R [--note TEXT]: sets one deadline aside, recorded in the audit trail.
#include "cli/Commands.h"
#include "cli/ReportOutput.h"
#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/Deadlines.h"
#include "core/IcsWriter.h"
#include "storage/cases/DeadlineRuleRepository.h"
#include "storage/cases/DueItems.h"

namespace reper::cli {

namespace {

const char* const kUsage = "due [--center CR-XX] [--user NAME] [--days N] [--today YYYY-MM-DD] "
                           "[--format txt|csv|ics] [--out FILE] | due rules | due rule KIND [--offsets N,N,...] "
                           "[--unit day|month] [--lead N] [--notify case_worker|coordinator] [--enabled yes|no] | "
                           "due dismiss KEY --reason done_elsewhere|not_applicable|unreachable|other [--note TEXT]";

QString bucketName(DueBucket b)
{
    switch (b) {
    case DueBucket::Overdue: return QStringLiteral("overdue");
    case DueBucket::Today: return QStringLiteral("today");
    case DueBucket::ThisWeek: return QStringLiteral("this week");
    case DueBucket::Later: break;
    }
    return QStringLiteral("later");
}

QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

QByteArray asText(const QList<DueItem>& items, const QDate& today)
{
    QString out;
    DueBucket current = DueBucket::Later;
    bool first = true;
    for (const DueItem& i : items) {
        const DueBucket b = dueBucket(i, today);
        if (first || b != current) {
            out += QStringLiteral("%1%2\n").arg(first ? QString() : QStringLiteral("\n"), bucketName(b));
            current = b;
            first = false;
        }
        out += QStringLiteral("  %1  %2  %3  (since %4; %5, %6)  %7\n")
                   .arg(iso(i.due), i.victimCode, i.what(), iso(i.since), i.center,
                        i.workerName.isEmpty() ? QStringLiteral("no case worker") : i.workerName, i.key());
    }
    if (items.isEmpty())
        out = QStringLiteral("Nothing is due.\n");
    return out.toUtf8();
}

QByteArray asCsv(const QList<DueItem>& items, const QDate& today)
{
    QByteArray out = CsvWriter::row({QStringLiteral("key"), QStringLiteral("due"), QStringLiteral("state"),
                                     QStringLiteral("victim_code"), QStringLiteral("center"), QStringLiteral("kind"),
                                     QStringLiteral("what"), QStringLiteral("since"), QStringLiteral("case_worker"),
                                     QStringLiteral("notify"), QStringLiteral("record"), QStringLiteral("record_id")});
    for (const DueItem& i : items)
        CsvWriter::appendRow(out,
                             {i.key(), iso(i.due), bucketName(dueBucket(i, today)), i.victimCode, i.center, i.kind,
                              i.what(), iso(i.since), i.workerName, i.notify, i.sourceTable,
                              QString::number(i.sourceId)});
    return out;
}

QByteArray asIcs(const QList<DueItem>& items, const QDateTime& stamp, const QString& storeId)
{
    QList<IcsEvent> events;
    for (const DueItem& i : items) {
        IcsEvent e;
        e.uid = QStringLiteral("%1@%2.reper").arg(i.key(), storeId.isEmpty() ? QStringLiteral("store") : storeId);
        e.date = i.due;
        e.summary = QStringLiteral("%1: %2").arg(i.victimCode, i.what());
        e.description
            = QStringLiteral("%1\nsince %2\ncase worker: %3\n%4")
                  .arg(i.center, iso(i.since), i.workerName.isEmpty() ? QStringLiteral("none") : i.workerName, i.key());
        e.categories = QStringLiteral("Reper");
        e.alarmDaysBefore = int(i.visibleFrom.daysTo(i.due));
        events << e;
    }
    return IcsWriter::calendar(events, stamp, QStringLiteral("Reper"));
}

int runRules(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto rules = DeadlineRuleRepository(**store).list();
    if (!rules)
        return ctx.fail(rules.error());
    ctx.out() << "kind  record  offsets  unit  lead_days  notify  enabled  (changed by, at)\n";
    for (const DeadlineRule& r : *rules)
        ctx.out() << r.kind << "  " << r.triggerRecord << "  " << r.offsetsText() << "  " << r.unit << "  "
                  << r.leadDays << "  " << r.notify << "  " << (r.enabled ? "yes" : "no") << "  ("
                  << (r.updatedBy.isEmpty() ? QStringLiteral("default")
                                            : r.updatedBy + QStringLiteral(", ") + r.updatedAt)
                  << ")\n";
    ctx.out().flush();
    return Success;
}

int runRule(CliContext& ctx)
{
    if (ctx.args.isEmpty() || ctx.args.first().startsWith(QLatin1String("--")))
        return ctx.usage(QLatin1String(kUsage));
    const QString kind = ctx.args.takeFirst();
    bool missing = false;
    const auto offsets = ctx.takeValue(QStringLiteral("--offsets"), &missing);
    const auto unit = ctx.takeValue(QStringLiteral("--unit"), &missing);
    const auto lead = ctx.takeValue(QStringLiteral("--lead"), &missing);
    const auto notify = ctx.takeValue(QStringLiteral("--notify"), &missing);
    const auto enabled = ctx.takeValue(QStringLiteral("--enabled"), &missing);
    if (missing || !ctx.args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    if (!DeadlineRule::kinds().contains(kind))
        return ctx.usage(
            CliText::tr("the kinds of deadline are %1").arg(DeadlineRule::kinds().join(QStringLiteral(", "))));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    DeadlineRuleRepository repo(**store);
    auto rule = repo.find(kind);
    if (!rule)
        return ctx.fail(rule.error());
    if (offsets && !DeadlineRule::parseOffsets(*offsets, &rule->offsets))
        return ctx.usage(CliText::tr("--offsets takes whole numbers from 0 to 3650 separated by commas"));
    if (unit)
        rule->unit = *unit;
    if (lead) {
        bool ok = false;
        rule->leadDays = lead->toInt(&ok);
        if (!ok)
            return ctx.usage(CliText::tr("--lead takes a number of days"));
    }
    if (notify)
        rule->notify = *notify;
    if (enabled) {
        if (*enabled != QLatin1String("yes") && *enabled != QLatin1String("no"))
            return ctx.usage(CliText::tr("--enabled takes yes or no"));
        rule->enabled = *enabled == QLatin1String("yes");
    }
    if (auto s = repo.save(*rule); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("The rule %1 now gives %2 %3(s) after its record, shown %4 day(s) early.")
                     .arg(kind, rule->offsetsText(), rule->unit)
                     .arg(rule->leadDays)
              << Qt::endl;
    return Success;
}

int runDismiss(CliContext& ctx)
{
    if (ctx.args.isEmpty() || ctx.args.first().startsWith(QLatin1String("--")))
        return ctx.usage(QLatin1String(kUsage));
    const QString key = ctx.args.takeFirst();
    bool missing = false;
    const auto reason = ctx.takeValue(QStringLiteral("--reason"), &missing);
    const QString note = ctx.takeValue(QStringLiteral("--note"), &missing).value_or(QString());
    if (missing || !reason || !ctx.args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    DueQuery query;
    query.days = 3660;
    auto items = DueItems(**store).list(query);
    if (!items)
        return ctx.fail(items.error());
    const auto found = std::find_if(items->begin(), items->end(), [&](const DueItem& i) { return i.key() == key; });
    if (found == items->end())
        return ctx.fail(
            CliText::tr("No open deadline of your scope is called %1 (see the last column of due).").arg(key));
    if (auto s = DueItems(**store).dismiss(*found, *reason, note); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Set aside: %1 of %2, due %3.").arg(found->what(), found->victimCode, iso(found->due))
              << Qt::endl;
    return Success;
}

} // namespace

int runDue(CliContext& ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("rules")) {
        ctx.args.removeFirst();
        return runRules(ctx);
    }
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("rule")) {
        ctx.args.removeFirst();
        return runRule(ctx);
    }
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("dismiss")) {
        ctx.args.removeFirst();
        return runDismiss(ctx);
    }
    bool missing = false;
    DueQuery query;
    query.center = ctx.takeValue(QStringLiteral("--center"), &missing).value_or(QString());
    query.user = ctx.takeValue(QStringLiteral("--user"), &missing).value_or(QString());
    const auto days = ctx.takeValue(QStringLiteral("--days"), &missing);
    const auto today = ctx.takeValue(QStringLiteral("--today"), &missing);
    const QString format = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !ctx.args.isEmpty())
        return ctx.usage(QLatin1String(kUsage));
    if (format != QLatin1String("txt") && format != QLatin1String("csv") && format != QLatin1String("ics"))
        return ctx.usage(CliText::tr("--format takes txt, csv or ics"));
    if (days) {
        bool ok = false;
        query.days = days->toInt(&ok);
        if (!ok || query.days < 0)
            return ctx.usage(CliText::tr("--days takes a number of days"));
    }
    if (today) {
        query.today = QDate::fromString(*today, Qt::ISODate);
        if (!query.today.isValid())
            return ctx.usage(CliText::tr("--today takes a date (YYYY-MM-DD)"));
    }
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto items = DueItems(**store).list(query);
    if (!items)
        return ctx.fail(items.error());
    const QDate day = query.today.isValid() ? query.today : (*store)->clock().today();
    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = asCsv(*items, day);
    } else if (format == QLatin1String("ics")) {
        auto stamp = reportTime();
        if (!stamp)
            return ctx.fail(stamp.error());
        bytes = asIcs(*items, *stamp, (*store)->storeId());
    } else {
        bytes = asText(*items, day);
    }
    return writeReport(ctx, bytes, out);
}

} // namespace reper::cli
