#include "CaseLoadRepository.h"

#include "core/Clock.h"
#include "core/Deadlines.h"
#include "storage/Store.h"
#include "storage/cases/DeadlineRuleRepository.h"
#include "storage/cases/DueItems.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseLoadRepository)
};

const char* const kOpen = "c.status IN ('active', 'follow_up')";

} // namespace

Result<CaseLoadFigures> CaseLoadRepository::figures(const CaseLoadQuery& query)
{
    if (!m_store.access().canSeeCaseLoad(query.scope))
        return makeError(Tr::tr("Only a coordinator of %1 may see its case load.")
                             .arg(query.scope.isNational() ? Tr::tr("the nation") : query.scope.center()));
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return makeError(Tr::tr("The period must end on or after the day it begins."));
    CaseLoadFigures f;
    f.scope = query.scope;
    f.from = query.from;
    f.to = query.to;
    f.asOf = query.asOf.isValid() ? query.asOf : m_store.clock().today();
    QStringList ids;
    for (const Center& c : m_store.reference().centers())
        if (query.scope.isNational() || c.code == query.scope.center())
            ids << QString::number(c.id);
    if (ids.isEmpty())
        return makeError(Tr::tr("There is no centre %1.").arg(query.scope.center()));
    const QString centerIds = ids.join(QLatin1Char(','));
    if (auto s = countOpen(f, centerIds); !s)
        return s.error();
    if (auto s = countPeriod(f, centerIds); !s)
        return s.error();
    if (auto s = countFollowUps(f, centerIds); !s)
        return s.error();
    return f;
}

Status CaseLoadRepository::countOpen(CaseLoadFigures& f, const QString& centerIds)
{
    // The victims with a deadline overdue, as the work list computes them.
    DueQuery due;
    due.center = f.scope.center();
    due.days = 0;
    due.today = f.asOf;
    auto items = DueItems(m_store).list(due);
    if (!items)
        return items.error();
    QSet<RecordId> overdue;
    for (const DueItem& i : std::as_const(*items))
        if (i.due < f.asOf)
            overdue.insert(i.victimId);

    auto st = m_store.db().prepare(
        QStringLiteral("SELECT c.center_id, w.name, c.victim_id FROM victim_case c "
                       "LEFT JOIN app_user w ON w.id = c.worker_id WHERE %1 AND c.center_id IN (%2)")
            .arg(QString::fromLatin1(kOpen), centerIds));
    if (!st)
        return st.error();
    // Key: centre, then 0 for a worker / 1 for nobody (last), then the name.
    QMap<QString, WorkerLoad> byWorker;
    while (st->next()) {
        WorkerLoad w;
        w.center = m_store.reference().centerCode(st->int64(0));
        w.worker = st->isNull(1) ? QString() : st->text(1);
        const QString key
            = w.center + QLatin1Char('\n') + (w.worker.isEmpty() ? QLatin1Char('1') : QLatin1Char('0')) + w.worker;
        WorkerLoad& row = byWorker.insert(key, byWorker.value(key, w)).value();
        const bool late = overdue.contains(st->int64(2));
        ++row.open;
        ++f.open;
        if (late) {
            ++row.overdue;
            ++f.openOverdue;
        }
    }
    if (st->failed())
        return st->error();
    f.workers = byWorker.values();
    return Status::success();
}

Status CaseLoadRepository::countPeriod(CaseLoadFigures& f, const QString& centerIds)
{
    // Opened in the period, each with the days to its first contact on or after the opening.
    auto opened = m_store.db().prepare(
        QStringLiteral("SELECT c.opened_on, (SELECT min(m.date) FROM monitoring_contact m WHERE m.victim_id = "
                       "c.victim_id AND m.date >= c.opened_on) FROM victim_case c "
                       "WHERE c.center_id IN (%1) AND c.opened_on >= ?1 AND c.opened_on <= ?2")
            .arg(centerIds));
    if (!opened)
        return opened.error();
    opened->bind(1, f.from).bind(2, f.to);
    QList<int> days;
    while (opened->next()) {
        ++f.opened;
        const QDate first = opened->date(1);
        if (first.isValid())
            days << int(opened->date(0).daysTo(first));
    }
    if (opened->failed())
        return opened->error();
    f.openedWithContact = int(days.size());
    f.medianDaysToContact = CaseLoad::median(days);

    auto closed = m_store.db().prepare(
        QStringLiteral("SELECT count(*) FROM victim_case c WHERE c.center_id IN (%1) AND c.closed_on >= ?1 "
                       "AND c.closed_on <= ?2")
            .arg(centerIds));
    if (!closed)
        return closed.error();
    closed->bind(1, f.from).bind(2, f.to);
    if (closed->next())
        f.closed = int(closed->int64(0));
    return closed->failed() ? Status(closed->error()) : Status::success();
}

Status CaseLoadRepository::countFollowUps(CaseLoadFigures& f, const QString& centerIds)
{
    auto rule = DeadlineRuleRepository(m_store).find(QString::fromLatin1(DeadlineKind::RepatriationFollowUp));
    if (!rule)
        return rule.error();
    const QDate last = qMin(f.to, f.asOf);
    if (!rule->enabled || last < f.from)
        return Status::success();
    // Follow-ups set aside with a reason are not counted (the coordinator judged them).
    QSet<QString> dismissed;
    auto d = m_store.db().prepare(QStringLiteral("SELECT source_id, due_on FROM due_dismissal WHERE kind = ?1 AND "
                                                 "center_id IN (%1)")
                                      .arg(centerIds));
    if (!d)
        return d.error();
    d->bind(1, rule->kind);
    while (d->next())
        dismissed.insert(QStringLiteral("%1-%2").arg(d->int64(0)).arg(d->text(1)));
    if (d->failed())
        return d->error();

    struct Repatriated
    {
        RecordId id = 0;
        RecordId victimId = 0;
        QDate arrival;
        QDate closedOn;
    };
    QList<Repatriated> rows;
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT x.id, x.victim_id, x.arrival_date, c.closed_on FROM repatriation x "
                       "JOIN victim_case c ON c.victim_id = x.victim_id WHERE c.center_id IN (%1) "
                       "AND x.arrival_date IS NOT NULL AND x.status <> 'cancelled'")
            .arg(centerIds));
    if (!st)
        return st.error();
    while (st->next())
        rows << Repatriated{st->int64(0), st->int64(1), st->date(2), st->date(3)};
    if (st->failed())
        return st->error();

    for (const Repatriated& r : std::as_const(rows)) {
        for (const QDate& due : rule->datesFrom(r.arrival)) {
            if (due < f.from || due > last)
                continue;
            if (r.closedOn.isValid() && r.closedOn < due) // closed before it fell due: no longer owed
                continue;
            if (dismissed.contains(QStringLiteral("%1-%2").arg(r.id).arg(due.toString(Qt::ISODate))))
                continue;
            ++f.followUpsDue;
            auto contact = m_store.db().prepare(QStringLiteral("SELECT min(m.date) FROM monitoring_contact m WHERE "
                                                               "m.victim_id = ?1 AND m.date >= ?2 AND m.date <= ?3"));
            if (!contact)
                return contact.error();
            contact->bind(1, r.victimId).bind(2, due.addDays(-rule->leadDays)).bind(3, f.asOf);
            const QDate met = contact->next() ? contact->date(0) : QDate();
            if (contact->failed())
                return contact->error();
            if (!met.isValid())
                continue;
            if (met <= due)
                ++f.followUpsOnTime;
            else
                ++f.followUpsLate;
        }
    }
    return Status::success();
}

} // namespace reper
