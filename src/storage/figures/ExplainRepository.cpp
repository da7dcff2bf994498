#include "ExplainRepository.h"

#include "storage/Store.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/YearQuery.h"

#include <QCoreApplication>
#include <QMap>

namespace reper {

namespace {

enum class Shape {
    PerVictim, // rows: victim code, record id, date, centre — grouped into one row per victim
    PerRecord, // rows: reference, record id, date, centre, amount
    PerGroup, // rows: reference, record id, date, centre — grouped by reference (campaigns, case refs)
};

struct Query
{
    const char* key;
    const char* unit;
    Shape shape;
    bool sum;
    const char* kind; // the record kind named in "records"
    const char* sql;
};

// Each query repeats the conditions of FiguresRepository for its figure (docs/counting-rules.md).
const Query kQueries[] = {
    {"victims_identified", "victims", Shape::PerVictim, false, "identification",
     "SELECT v.code, i.id, i.notification_date, c.code FROM identification i JOIN victim v ON v.id = i.victim_id "
     "JOIN center c ON c.id = i.center_id WHERE {i.c}i.notification_date BETWEEN :from AND :to "
     "ORDER BY v.code, i.notification_date, i.id"},
    {"victims_assistance_monitored", "victims", Shape::PerVictim, false, "assistance",
     "SELECT v.code, a.id, a.start_date || ' – ' || coalesce(a.end_date, '…'), c.code FROM assistance a "
     "JOIN victim v ON v.id = a.victim_id JOIN center c ON c.id = a.center_id "
     "WHERE {a.c}a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :from) "
     "ORDER BY v.code, a.start_date, a.id"},
    {"victims_repatriated", "victims", Shape::PerVictim, false, "repatriation",
     "SELECT v.code, r.id, r.arrival_date, c.code FROM repatriation r JOIN victim v ON v.id = r.victim_id "
     "JOIN center c ON c.id = r.center_id WHERE {r.c}r.arrival_date BETWEEN :from AND :to "
     "AND r.status = 'completed' AND v.citizenship = 'RO' ORDER BY v.code, r.arrival_date, r.id"},
    {"victims_judicial_participation", "victims", Shape::PerVictim, false, "judicial",
     "SELECT v.code, j.id, j.date, c.code FROM judicial j JOIN victim v ON v.id = j.victim_id "
     "JOIN center c ON c.id = j.center_id WHERE {j.c}j.date BETWEEN :from AND :to ORDER BY v.code, j.date, j.id"},
    {"prevention_activities", "records", Shape::PerRecord, false, "prevention_activity",
     "SELECT coalesce(k.code, ''), p.id, p.date, c.code, 1 FROM prevention_activity p "
     "LEFT JOIN campaign k ON k.id = p.campaign_id JOIN center c ON c.id = p.center_id "
     "WHERE {p.c}p.date BETWEEN :from AND :to ORDER BY p.date, p.id"},
    {"prevention_campaigns", "campaigns", Shape::PerGroup, false, "prevention_activity",
     "SELECT k.code, p.id, p.date, c.code FROM prevention_activity p JOIN campaign k ON k.id = p.campaign_id "
     "JOIN center c ON c.id = p.center_id WHERE {p.c}p.date BETWEEN :from AND :to ORDER BY k.code, p.date, p.id"},
    {"persons_reached", "persons", Shape::PerRecord, true, "prevention_activity",
     "SELECT coalesce(k.code, ''), p.id, p.date, c.code, p.participants FROM prevention_activity p "
     "LEFT JOIN campaign k ON k.id = p.campaign_id JOIN center c ON c.id = p.center_id "
     "WHERE {p.c}p.date BETWEEN :from AND :to ORDER BY p.date, p.id"},
    {"online_reach", "persons", Shape::PerRecord, true, "prevention_activity",
     "SELECT coalesce(k.code, ''), p.id, p.date, c.code, coalesce(p.online_reach, 0) FROM prevention_activity p "
     "LEFT JOIN campaign k ON k.id = p.campaign_id JOIN center c ON c.id = p.center_id "
     "WHERE {p.c}p.date BETWEEN :from AND :to AND p.online_reach > 0 ORDER BY p.date, p.id"},
    {"protocols_signed", "records", Shape::PerRecord, false, "protocol",
     "SELECT '', x.id, x.signed_date, c.code, 1 FROM protocol x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.signed_date BETWEEN :from AND :to ORDER BY x.signed_date, x.id"},
    {"action_plans", "records", Shape::PerRecord, false, "action_plan",
     "SELECT '', x.id, x.date, c.code, 1 FROM action_plan x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to ORDER BY x.date, x.id"},
    {"team_meetings", "records", Shape::PerRecord, false, "team_meeting",
     "SELECT x.county, x.id, x.date, c.code, 1 FROM team_meeting x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to ORDER BY x.date, x.id"},
    {"training_sessions", "records", Shape::PerRecord, false, "training",
     "SELECT coalesce(x.county, ''), x.id, x.date, c.code, 1 FROM training x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to ORDER BY x.date, x.id"},
    {"specialists_trained", "persons", Shape::PerRecord, true, "training",
     "SELECT coalesce(x.county, ''), x.id, x.date, c.code, x.participants FROM training x "
     "JOIN center c ON c.id = x.center_id WHERE {x.c}x.date BETWEEN :from AND :to ORDER BY x.date, x.id"},
    {"interinstitutional_events", "records", Shape::PerRecord, false, "event",
     "SELECT x.type, x.id, x.date, c.code, 1 FROM event x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to ORDER BY x.date, x.id"},
    {"funded_projects", "records", Shape::PerRecord, false, "funded_project",
     "SELECT x.code, x.id, x.start_date || ' – ' || coalesce(x.end_date, '…'), c.code, 1 FROM funded_project x "
     "JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.start_date <= :to AND (x.end_date IS NULL OR x.end_date >= :from) ORDER BY x.code"},
    // _info
    {"repatriation_events", "records", Shape::PerRecord, false, "repatriation",
     "SELECT v.code, r.id, r.arrival_date, c.code, 1 FROM repatriation r JOIN victim v ON v.id = r.victim_id "
     "JOIN center c ON c.id = r.center_id WHERE {r.c}r.arrival_date BETWEEN :from AND :to "
     "AND r.status = 'completed' AND v.citizenship = 'RO' ORDER BY r.arrival_date, r.id"},
    {"judicial_support_actions", "records", Shape::PerRecord, false, "judicial",
     "SELECT v.code, j.id, j.date, c.code, 1 FROM judicial j JOIN victim v ON v.id = j.victim_id "
     "JOIN center c ON c.id = j.center_id WHERE {j.c}j.date BETWEEN :from AND :to ORDER BY j.date, j.id"},
    {"judicial_case_refs", "case references", Shape::PerGroup, false, "judicial",
     "SELECT j.case_ref, j.id, j.date, c.code FROM judicial j JOIN center c ON c.id = j.center_id "
     "WHERE {j.c}j.date BETWEEN :from AND :to ORDER BY j.case_ref, j.date, j.id"},
    {"prevention_campaigns_national", "campaigns", Shape::PerGroup, false, "prevention_activity",
     "SELECT k.code, p.id, p.date, c.code FROM prevention_activity p JOIN campaign k ON k.id = p.campaign_id "
     "JOIN center c ON c.id = p.center_id WHERE {p.c}p.date BETWEEN :from AND :to AND k.level = 'national' "
     "ORDER BY k.code, p.date, p.id"},
    {"prevention_campaigns_local", "campaigns", Shape::PerGroup, false, "prevention_activity",
     "SELECT k.code, p.id, p.date, c.code FROM prevention_activity p JOIN campaign k ON k.id = p.campaign_id "
     "JOIN center c ON c.id = p.center_id WHERE {p.c}p.date BETWEEN :from AND :to AND k.level = 'local' "
     "ORDER BY k.code, p.date, p.id"},
    {"identifications_in_year", "records", Shape::PerRecord, false, "identification",
     "SELECT v.code, i.id, i.notification_date, c.code, 1 FROM identification i JOIN victim v ON v.id = i.victim_id "
     "JOIN center c ON c.id = i.center_id WHERE {i.c}i.notification_date BETWEEN :from AND :to "
     "ORDER BY i.notification_date, i.id"},
    {"attempts", "victims", Shape::PerVictim, false, "identification",
     "SELECT v.code, i.id, i.notification_date, c.code FROM identification i JOIN victim v ON v.id = i.victim_id "
     "JOIN center c ON c.id = i.center_id WHERE {i.c}i.notification_date BETWEEN :from AND :to AND i.attempt = 1 "
     "ORDER BY v.code, i.notification_date, i.id"},
};

void appendUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

qint64 Explanation::total() const
{
    qint64 t = 0;
    for (const ExplainRow& r : rows)
        t += r.amount;
    return t;
}

QStringList ExplainRepository::keys()
{
    QStringList out;
    for (const Query& q : kQueries)
        out << QLatin1String(q.key);
    return out;
}

Result<Explanation> ExplainRepository::explain(int year, const QString& centerCode, const QString& key)
{
    const Query* query = nullptr;
    for (const Query& q : kQueries) {
        if (key == QLatin1String(q.key))
            query = &q;
    }
    if (!query)
        return makeError(QCoreApplication::translate("ExplainRepository", "There is no figure %1 (one of: %2).")
                             .arg(key, keys().join(QStringLiteral(", "))));
    // The records behind a figure are records: the right to list them in that scope (security.md §1).
    const AccessPolicy& access = m_store.access();
    if (!access.canSeeFigures(Scope::ofCenter(centerCode)) || !access.canListVictims()
        || (centerCode.isEmpty() ? !access.readsEveryCenter() : !access.canReadRecords(centerCode)))
        return makeError(
            QCoreApplication::translate("ExplainRepository", "You may not see the records of this scope."));
    qint64 centerId = 0;
    if (!centerCode.isEmpty()) {
        const auto id = m_store.reference().centerId(centerCode);
        if (!id)
            return makeError(
                QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(centerCode));
        centerId = *id;
    }
    const YearQuery q(m_store.db(), centerId, year);
    Transaction tx(m_store.db(), Transaction::Mode::Deferred);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto st = q.prepare(QString::fromLatin1(query->sql));
    if (!st)
        return st.error();

    Explanation e;
    e.figure = key;
    e.unit = QLatin1String(query->unit);
    e.isSum = query->sum;
    e.recordKind = QLatin1String(query->kind);
    const QString kind = QLatin1String(query->kind);
    // Grouped shapes: rows arrive ordered by their reference, so a group is a run of equal references.
    ExplainRow* current = nullptr;
    QStringList ids;
    QStringList dates;
    QStringList centres;
    const auto finish = [&] {
        if (!current)
            return;
        current->records = kind + QLatin1Char(' ') + ids.join(QStringLiteral(", "));
        current->dates = dates.join(QStringLiteral(", "));
        current->centres = centres.join(QStringLiteral(", "));
    };
    while (st->next()) {
        const QString reference = st->text(0);
        const QString id = QStringLiteral("#%1").arg(st->int64(1));
        if (query->shape == Shape::PerRecord) {
            e.rows << ExplainRow{reference.isEmpty() ? id : reference, kind + QLatin1Char(' ') + id, st->text(2),
                                 st->text(3), st->int64(4)};
            continue;
        }
        if (!current || current->reference != reference) {
            finish();
            e.rows << ExplainRow{reference, {}, {}, {}, 1};
            current = &e.rows.last();
            ids.clear();
            dates.clear();
            centres.clear();
        }
        ids << id;
        appendUnique(dates, st->text(2));
        appendUnique(centres, st->text(3));
    }
    finish();
    if (st->failed())
        return st->error();
    if (key == QLatin1String("victims_assistance_monitored"))
        if (auto s = addContacts(q, e); !s)
            return s.error();
    tx.rollback();
    return e;
}

Status ExplainRepository::addContacts(const YearQuery& q, Explanation& e)
{
    // The monitoring contacts of the year behind each victim's assistance (issue 10 §2): they show
    // the monitoring, they do not change the figure.
    auto st
        = q.prepare(QStringLiteral("SELECT v.code, m.id FROM monitoring_contact m JOIN victim v ON v.id = m.victim_id "
                                   "WHERE {m.c}m.date BETWEEN :from AND :to ORDER BY v.code, m.date, m.id"));
    if (!st)
        return st.error();
    QMap<QString, QStringList> byVictim;
    while (st->next())
        byVictim[st->text(0)] << QStringLiteral("#%1").arg(st->int64(1));
    if (st->failed())
        return st->error();
    for (ExplainRow& row : e.rows) {
        const auto it = byVictim.constFind(row.reference);
        if (it != byVictim.constEnd())
            row.records += QStringLiteral("; monitoring_contact ") + it->join(QStringLiteral(", "));
    }
    return Status::success();
}

} // namespace reper
