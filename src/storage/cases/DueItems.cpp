#include "DueItems.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/DeadlineRuleRepository.h"
#include "storage/engine/Transaction.h"
#include "storage/repositories/EditSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <vector>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DueItems)
};

// What the items of one open case are computed from.
struct CaseFacts
{
    RecordId caseId = 0;
    RecordId victimId = 0;
    QString code;
    QString center;
    QString worker;
    QDate openedOn;
    RecordId lastContactId = 0;
    QDate lastContact; // null: no contact yet
    QDate nextContact; // the last contact's next date
};

// The trigger rows of one rule: a record, its victim, its date, and for hearings the latest date of
// the victim's other proceedings records.
struct Trigger
{
    RecordId id = 0;
    RecordId victimId = 0;
    QDate date;
    QDate otherJudicial;
};

// A victim merged into another has no case work of its own: its records follow the kept victim.
const char* const kOpenCases = "c.status IN ('active', 'follow_up') AND c.center_id IN (%1) "
                               "AND NOT EXISTS (SELECT 1 FROM victim_merge j WHERE j.absorbed_id = c.victim_id)";

class Computation
{
public:
    // Items due after `horizon` and not yet visible today are not made at all.
    Computation(Store& store, const QDate& today, const QDate& horizon, const QString& centerIds)
        : m_store(store)
        , m_today(today)
        , m_horizon(horizon)
        , m_centerIds(centerIds)
    {
    }

    Status loadCases()
    {
        auto st = m_store.db().prepare(
            QStringLiteral("SELECT c.id, c.victim_id, v.code, c.center_id, w.name, c.opened_on, lc.id, lc.date, "
                           "lc.next_date FROM victim_case c JOIN victim v ON v.id = c.victim_id "
                           "LEFT JOIN app_user w ON w.id = c.worker_id "
                           "LEFT JOIN monitoring_contact lc ON lc.id = (SELECT m.id FROM monitoring_contact m "
                           "WHERE m.victim_id = c.victim_id ORDER BY m.date DESC, m.id DESC LIMIT 1) WHERE ")
            + QString::fromLatin1(kOpenCases).arg(m_centerIds));
        if (!st)
            return st.error();
        while (st->next()) {
            CaseFacts f;
            f.caseId = st->int64(0);
            f.victimId = st->int64(1);
            f.code = st->text(2);
            f.center = m_store.reference().centerCode(st->int64(3));
            f.worker = st->text(4);
            f.openedOn = st->date(5);
            f.lastContactId = st->isNull(6) ? 0 : st->int64(6);
            f.lastContact = st->date(7);
            f.nextContact = st->date(8);
            m_cases.insert(f.victimId, f);
        }
        return st->failed() ? Status(st->error()) : Status::success();
    }

    // `where` may compare with today as :today.
    Result<QList<Trigger>> triggers(const QString& select, const QString& where, bool withOtherJudicial = false)
    {
        auto st = m_store.db().prepare(
            select + QStringLiteral(" JOIN victim_case c ON c.victim_id = x.victim_id WHERE ")
            + QString::fromLatin1(kOpenCases).arg(m_centerIds) + QStringLiteral(" AND ") + where);
        if (!st)
            return st.error();
        if (const int today = st->parameterIndex(":today"))
            st->bind(today, m_today);
        QList<Trigger> out;
        while (st->next()) {
            Trigger t;
            t.id = st->int64(0);
            t.victimId = st->int64(1);
            t.date = st->date(2);
            if (withOtherJudicial)
                t.otherJudicial = st->date(3);
            out << t;
        }
        if (st->failed())
            return st->error();
        return out;
    }

    Status loadDismissed()
    {
        auto st = m_store.db().prepare(
            QStringLiteral("SELECT kind, source_id, due_on FROM due_dismissal WHERE center_id IN (%1)")
                .arg(m_centerIds));
        if (!st)
            return st.error();
        while (st->next())
            m_dismissed.insert(QStringLiteral("%1-%2-%3").arg(st->text(0)).arg(st->int64(1)).arg(st->text(2)));
        return st->failed() ? Status(st->error()) : Status::success();
    }

    // Adds the items of one rule from a trigger date; `done(due)` says whether a record meets it.
    template<typename Done>
    void add(const DeadlineRule& rule, const CaseFacts& f, const QString& table, RecordId source, const QDate& since,
             bool firstOffsetOnly, Done done)
    {
        if (!since.isValid())
            return;
        const int steps = firstOffsetOnly ? std::min<int>(1, rule.offsets.size()) : rule.offsets.size();
        for (int i = 0; i < steps; ++i) {
            // Dates, then what is shown; the texts of an item only for what is shown (a national
            // list has tens of thousands of them).
            DueItem item;
            item.due = rule.dateAt(since, i);
            item.visibleFrom = item.due.addDays(-rule.leadDays);
            if (item.due > m_horizon && item.visibleFrom > m_today)
                continue;
            item.kind = rule.kind;
            item.sourceId = source;
            if (done(item) || (!m_dismissed.isEmpty() && m_dismissed.contains(item.key())))
                continue;
            item.victimId = f.victimId;
            item.victimCode = f.code;
            item.center = f.center;
            item.workerName = f.worker;
            item.notify = rule.notify;
            item.sourceTable = table;
            item.since = since;
            item.step = i;
            item.offset = rule.offsets.at(i);
            item.unit = rule.unit;
            m_items.append(std::move(item));
        }
    }

    Status compute(const DeadlineRule& rule)
    {
        const QString kind = rule.kind;
        const auto contactFrom = [&](const QDate& from) {
            return [from](const CaseFacts& f) { return f.lastContact.isValid() && f.lastContact >= from; };
        };
        if (kind == QLatin1String(DeadlineKind::NextContact) || kind == QLatin1String(DeadlineKind::NoContact)) {
            for (const CaseFacts& f : std::as_const(m_cases)) {
                if (kind == QLatin1String(DeadlineKind::NextContact)) {
                    if (f.nextContact.isValid())
                        add(rule, f, QStringLiteral("monitoring_contact"), f.lastContactId, f.nextContact, true,
                            [](const DueItem&) { return false; });
                } else {
                    const QDate since
                        = f.lastContact.isValid() && f.lastContact > f.openedOn ? f.lastContact : f.openedOn;
                    add(rule, f, QStringLiteral("victim_case"), f.caseId, since, true,
                        [](const DueItem&) { return false; });
                }
            }
            return Status::success();
        }
        Result<QList<Trigger>> rows = QList<Trigger>();
        QString table;
        if (kind == QLatin1String(DeadlineKind::ReflectionPeriod)) {
            table = QStringLiteral("identification");
            rows = triggers(QStringLiteral("SELECT x.id, x.victim_id, x.identification_date FROM identification x "
                                           "JOIN victim v ON v.id = x.victim_id"),
                            QStringLiteral("x.identification_date IS NOT NULL AND v.citizenship <> 'RO'"));
        } else if (kind == QLatin1String(DeadlineKind::AssistanceReview)) {
            table = QStringLiteral("assistance");
            rows = triggers(QStringLiteral("SELECT x.id, x.victim_id, x.start_date FROM assistance x"),
                            QStringLiteral("x.start_date <= :today AND (x.end_date IS NULL OR x.end_date >= :today)"));
        } else if (kind == QLatin1String(DeadlineKind::RepatriationFollowUp)) {
            table = QStringLiteral("repatriation");
            rows = triggers(QStringLiteral("SELECT x.id, x.victim_id, x.arrival_date FROM repatriation x"),
                            QStringLiteral("x.arrival_date IS NOT NULL AND x.status <> 'cancelled'"));
        } else if (kind == QLatin1String(DeadlineKind::Hearing)) {
            table = QStringLiteral("judicial");
            rows = triggers(
                QStringLiteral("SELECT x.id, x.victim_id, x.hearing_date, (SELECT max(o.date) FROM judicial o "
                               "WHERE o.victim_id = x.victim_id AND o.id <> x.id) FROM judicial x"),
                QStringLiteral("x.hearing_date IS NOT NULL"), true);
        }
        if (!rows)
            return rows.error();
        for (const Trigger& t : std::as_const(*rows)) {
            const auto found = m_cases.constFind(t.victimId);
            if (found == m_cases.constEnd())
                continue;
            const CaseFacts& f = *found;
            if (kind == QLatin1String(DeadlineKind::AssistanceReview)) {
                // The last contact since the period began is its latest review.
                const QDate since = f.lastContact.isValid() && f.lastContact > t.date ? f.lastContact : t.date;
                add(rule, f, table, t.id, since, true, [](const DueItem&) { return false; });
            } else if (kind == QLatin1String(DeadlineKind::Hearing)) {
                add(rule, f, table, t.id, t.date, false, [&](const DueItem&) {
                    return (f.lastContact.isValid() && f.lastContact >= t.date)
                        || (t.otherJudicial.isValid() && t.otherJudicial >= t.date);
                });
            } else {
                add(rule, f, table, t.id, t.date, false,
                    [&](const DueItem& item) { return contactFrom(item.visibleFrom)(f); });
            }
        }
        return Status::success();
    }

    QList<DueItem>& items() { return m_items; }

private:
    Store& m_store;
    QDate m_today;
    QDate m_horizon;
    QString m_centerIds;
    QHash<RecordId, CaseFacts> m_cases;
    QSet<QString> m_dismissed;
    QList<DueItem> m_items;
};

// Overdue first, then by date, victim code and the item's key. The items (a national list holds
// tens of thousands) are ordered through their positions and then put in place, each moved once,
// instead of being moved about by the sort.
void sortByDueDate(QList<DueItem>& items)
{
    std::vector<qsizetype> order(size_t(items.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&items](qsizetype i, qsizetype j) {
        const DueItem& a = items.at(i);
        const DueItem& b = items.at(j);
        if (a.due != b.due)
            return a.due < b.due;
        if (a.victimCode != b.victimCode)
            return a.victimCode < b.victimCode;
        return a.key() < b.key();
    });
    // Position p takes the item at order[p]: follow each cycle of the permutation once.
    for (qsizetype start = 0; start < items.size(); ++start) {
        if (order[size_t(start)] == start)
            continue;
        DueItem held = std::move(items[start]);
        qsizetype at = start;
        while (true) {
            const qsizetype from = order[size_t(at)];
            order[size_t(at)] = at;
            if (from == start)
                break;
            items[at] = std::move(items[from]);
            at = from;
        }
        items[at] = std::move(held);
    }
}

} // namespace

QStringList DueItems::dismissReasons()
{
    return {QStringLiteral("done_elsewhere"), QStringLiteral("not_applicable"), QStringLiteral("unreachable"),
            QStringLiteral("other")};
}

QString DueItems::reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("done_elsewhere"))
        return Tr::tr("Done, recorded elsewhere");
    if (reason == QLatin1String("not_applicable"))
        return Tr::tr("Does not apply to this case");
    if (reason == QLatin1String("unreachable"))
        return Tr::tr("The person cannot be reached");
    if (reason == QLatin1String("other"))
        return Tr::tr("Other reason (say which in the note)");
    return reason;
}

Result<QList<DueItem>> DueItems::list(const DueQuery& query)
{
    const AccessPolicy& access = m_store.access();
    if (!query.center.isEmpty() && !access.canReadRecords(query.center))
        return makeError(Tr::tr("You may not see the cases of %1.").arg(query.center));
    if (query.days < 0 || query.days > 3660)
        return makeError(Tr::tr("days: a number from 0 to 3660."));
    QStringList ids;
    for (const Center& c : m_store.reference().centers())
        if (access.canReadRecords(c.code) && (query.center.isEmpty() || c.code == query.center))
            ids << QString::number(c.id);
    if (ids.isEmpty())
        return QList<DueItem>();
    // Whose items: a user's own cases, and for a coordinator the rules told to coordinators.
    QString userName;
    QStringList coordinatorOf;
    if (!query.user.isEmpty()) {
        auto users = UserRepository(m_store.db()).list();
        if (!users)
            return users.error();
        const auto u
            = std::find_if(users->begin(), users->end(), [&](const StoreUser& s) { return s.name == query.user; });
        if (u == users->end())
            return makeError(Tr::tr("There is no user '%1'.").arg(query.user));
        userName = u->name;
        if (u->hasRole(QStringLiteral("coordinator")))
            coordinatorOf << u->center; // empty: a national coordinator, every centre
    }
    auto rules = DeadlineRuleRepository(m_store).list();
    if (!rules)
        return rules.error();
    const QDate today = query.today.isValid() ? query.today : m_store.clock().today();
    const QDate horizon = today.addDays(query.days);
    Computation work(m_store, today, horizon, ids.join(QLatin1Char(',')));
    if (auto s = work.loadCases(); !s)
        return s.error();
    if (auto s = work.loadDismissed(); !s)
        return s.error();
    for (const DeadlineRule& rule : std::as_const(*rules))
        if (rule.enabled)
            if (auto s = work.compute(rule); !s)
                return s.error();
    QList<DueItem> out = std::move(work.items());
    if (!userName.isEmpty())
        out.removeIf([&](const DueItem& item) {
            const bool mine = item.notify == QLatin1String("coordinator")
                ? std::any_of(coordinatorOf.begin(), coordinatorOf.end(),
                              [&](const QString& c) { return c.isEmpty() || c == item.center; })
                : item.workerName == userName;
            return !mine;
        });
    sortByDueDate(out);
    return out;
}

Status DueItems::dismiss(const DueItem& item, const QString& reason, const QString& note)
{
    if (!dismissReasons().contains(reason))
        return makeError(Tr::tr("reason: one of %1.").arg(dismissReasons().join(QStringLiteral(", "))));
    if (reason == QLatin1String("other") && note.trimmed().isEmpty())
        return makeError(Tr::tr("note: say why the deadline is set aside."));
    if (!item.due.isValid() || item.sourceId == 0 || !DeadlineRule::kinds().contains(item.kind))
        return makeError(Tr::tr("This deadline is not known."));
    if (auto s = edit::mayWrite(m_store, item.center); !s)
        return s;
    auto victimCenter = edit::centerOf(m_store, "victim", item.victimId);
    if (!victimCenter)
        return victimCenter.error();
    if (*victimCenter != item.center)
        return makeError(Tr::tr("The record is no longer in the store."));
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto st = db.prepare(QStringLiteral("INSERT INTO due_dismissal(kind, source_id, victim_id, center_id, due_on, "
                                        "reason, note, dismissed_by, dismissed_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    if (!st)
        return st.error();
    st->bind(1, item.kind)
        .bind(2, item.sourceId)
        .bind(3, item.victimId)
        .bind(4, *m_store.reference().centerId(item.center))
        .bind(5, item.due)
        .bind(6, reason)
        .bind(7, note.trimmed())
        .bind(8, m_store.user().id)
        .bind(9, m_store.timestamp());
    if (auto s = st->exec(); !s)
        return edit::describeWriteFailure(s.error());
    if (AuditTrail& audit = m_store.audit(); audit.canSign()) {
        const QJsonObject detail{{QStringLiteral("kind"), item.kind},
                                 {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), item.sourceTable},
                                 {QStringLiteral("source_id"), item.sourceId},
                                 {QStringLiteral("reason"), reason}};
        if (auto s = audit.append({AuditAction::DueDismissed, QStringLiteral("victim"), item.victimId, item.victimCode,
                                   item.center, detail});
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace reper
