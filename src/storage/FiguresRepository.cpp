#include "FiguresRepository.h"

#include "Store.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace reper {

namespace {

// A query of one scope: "{c}" in the SQL becomes "center_id = ? AND " for a centre (or nothing
// nationally), "{a}" the same for alias-qualified columns; the year bounds are bound by name.
class ScopedQuery
{
public:
    ScopedQuery(Database& db, qint64 centerId, const QString& from, const QString& to)
        : m_db(db), m_centerId(centerId), m_from(from), m_to(to)
    {
    }

    Result<Statement> prepare(QString sql) const
    {
        const QString c = m_centerId ? QStringLiteral("center_id = :center AND ") : QString();
        sql.replace(QStringLiteral("{c}"), c);
        sql.replace(QStringLiteral("{r.c}"), m_centerId ? QStringLiteral("r.center_id = :center AND ") : QString());
        sql.replace(QStringLiteral("{i.c}"), m_centerId ? QStringLiteral("i.center_id = :center AND ") : QString());
        sql.replace(QStringLiteral("{p.c}"), m_centerId ? QStringLiteral("p.center_id = :center AND ") : QString());
        auto st = m_db.prepare(sql);
        if (!st)
            return st;
        if (const int i = st->parameterIndex(":from"))
            st->bind(i, m_from);
        if (const int i = st->parameterIndex(":to"))
            st->bind(i, m_to);
        if (const int i = st->parameterIndex(":center"))
            st->bind(i, m_centerId);
        return st;
    }

    // Runs a one-row query and hands back its integer columns.
    Status row(const QString& sql, std::initializer_list<qint64*> out) const
    {
        auto st = prepare(sql);
        if (!st)
            return st.error();
        if (!st->next())
            return st->failed() ? Status(st->error()) : Status::success();
        int col = 0;
        for (qint64* o : out)
            *o = st->int64(col++);
        return Status::success();
    }

private:
    Database& m_db;
    qint64 m_centerId;
    QString m_from;
    QString m_to;
};

QString ageGroup(int age)
{
    if (age <= 13)
        return QStringLiteral("0-13");
    if (age <= 17)
        return QStringLiteral("14-17");
    if (age <= 25)
        return QStringLiteral("18-25");
    if (age <= 35)
        return QStringLiteral("26-35");
    return QStringLiteral("36+");
}

QString orUnknown(const QString& s) { return s.isEmpty() ? QStringLiteral("unknown") : s; }

} // namespace

Result<BilantFigures> FiguresRepository::compute(int year, const QString& centerCode)
{
    qint64 centerId = 0;
    if (!centerCode.isEmpty()) {
        const auto id = m_store.reference().centerId(centerCode);
        if (!id)
            return makeError(QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(centerCode));
        centerId = *id;
    }
    BilantFigures f;
    f.year = year;
    f.scope = centerCode.isEmpty() ? QStringLiteral("national") : centerCode;
    const QString from = QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'));

    Database& db = m_store.db();
    Transaction tx(db, Transaction::Mode::Deferred);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    const ScopedQuery q(db, centerId, from, to);

    Status s = q.row(QStringLiteral("SELECT count(*) FROM (SELECT victim_id FROM identification "
                                    "WHERE {c}notification_date BETWEEN :from AND :to GROUP BY victim_id)"),
                     {&f.victimsIdentified});
    // A period overlaps Y when it starts by 31 Dec and has no end or ends from 1 Jan: two range scans.
    if (s)
        s = q.row(QStringLiteral("SELECT count(DISTINCT victim_id) FROM ("
                                 " SELECT victim_id FROM assistance WHERE {c}end_date IS NULL AND start_date <= :to"
                                 " UNION ALL"
                                 " SELECT victim_id FROM assistance WHERE {c}end_date >= :from AND start_date <= :to)"),
                  {&f.victimsAssistanceMonitored});
    if (s)
        s = q.row(QStringLiteral("SELECT count(DISTINCT r.victim_id), count(*) FROM repatriation r "
                                 "JOIN victim v ON v.id = r.victim_id "
                                 "WHERE {r.c}r.arrival_date BETWEEN :from AND :to AND r.status = 'completed' "
                                 "AND v.citizenship = 'RO'"),
                  {&f.victimsRepatriated, &f.repatriationEvents});
    if (s)
        s = q.row(QStringLiteral("SELECT count(*) FROM (SELECT victim_id FROM judicial "
                                 "WHERE {c}date BETWEEN :from AND :to GROUP BY victim_id)"),
                  {&f.victimsJudicialParticipation});
    if (s)
        s = q.row(QStringLiteral("SELECT count(*), count(DISTINCT case_ref) FROM judicial "
                                 "WHERE {c}date BETWEEN :from AND :to"),
                  {&f.judicialSupportActions, &f.judicialCaseRefs});
    // One scan of the year's activities for the four prevention figures and the campaigns' levels.
    if (s)
        s = q.row(QStringLiteral("SELECT count(*), count(DISTINCT p.campaign_id), coalesce(sum(p.participants), 0), "
                                 "coalesce(sum(p.online_reach), 0), "
                                 "count(DISTINCT CASE WHEN k.level = 'national' THEN p.campaign_id END) "
                                 "FROM prevention_activity p LEFT JOIN campaign k ON k.id = p.campaign_id "
                                 "WHERE {p.c}p.date BETWEEN :from AND :to"),
                  {&f.preventionActivities, &f.preventionCampaigns, &f.personsReached, &f.onlineReach,
                   &f.campaignsNational});
    f.campaignsLocal = f.preventionCampaigns - f.campaignsNational;
    if (s)
        s = q.row(QStringLiteral("SELECT count(*) FROM protocol WHERE {c}signed_date BETWEEN :from AND :to"),
                  {&f.protocolsSigned});
    if (s)
        s = q.row(QStringLiteral("SELECT count(*) FROM action_plan WHERE {c}date BETWEEN :from AND :to"),
                  {&f.actionPlans});
    if (s)
        s = q.row(QStringLiteral("SELECT count(*) FROM team_meeting WHERE {c}date BETWEEN :from AND :to"),
                  {&f.teamMeetings});
    if (s)
        s = q.row(QStringLiteral("SELECT count(*), coalesce(sum(participants), 0) FROM training "
                                 "WHERE {c}date BETWEEN :from AND :to"),
                  {&f.trainingSessions, &f.specialistsTrained});
    if (s)
        s = q.row(QStringLiteral("SELECT count(*) FROM event WHERE {c}date BETWEEN :from AND :to"),
                  {&f.interinstitutionalEvents});
    if (s) {
        auto st = q.prepare(QStringLiteral("SELECT focus, count(*) FROM funded_project "
                                           "WHERE {c}start_date <= :to AND (end_date IS NULL OR end_date >= :from) "
                                           "GROUP BY focus"));
        if (!st)
            return st.error();
        while (st->next()) {
            f.fundedProjectsByFocus.insert(st->text(0), st->int64(1));
            f.fundedProjects += st->int64(1);
        }
        if (st->failed())
            s = st->error();
    }
    if (!s)
        return s.error();

    // Breakdowns of victims identified in Y: each victim once, with the identification whose
    // notification date is earliest in the year (the lowest id breaks a tie). The same pass counts
    // the identification rows of the year and the victims with an attempt among them.
    auto st = q.prepare(QStringLiteral(
        "SELECT i.victim_id, i.notification_date, i.primary_exploitation, i.scope, i.exploitation_country, "
        "i.institution, v.sex, v.birth_date, v.birth_year, v.county, i.attempt FROM identification i "
        "JOIN victim v ON v.id = i.victim_id WHERE {i.c}i.notification_date BETWEEN :from AND :to "
        "ORDER BY i.victim_id, i.notification_date, i.id"));
    if (!st)
        return st.error();
    auto& b = f.breakdowns;
    qint64 previous = -1;
    qint64 attemptCounted = -1;
    while (st->next()) {
        const qint64 victim = st->int64(0);
        ++f.identificationsInYear;
        if (st->int64(10) == 1 && attemptCounted != victim) {
            attemptCounted = victim;
            ++f.attempts;
        }
        if (victim == previous)
            continue;
        previous = victim;
        const QDate notified = st->date(1);
        b[QStringLiteral("primary_exploitation")][orUnknown(st->text(2))] += 1;
        b[QStringLiteral("scope")][orUnknown(st->text(3))] += 1;
        b[QStringLiteral("exploitation_country")][orUnknown(st->text(4))] += 1;
        b[QStringLiteral("institution")][orUnknown(st->text(5))] += 1;
        b[QStringLiteral("sex")][orUnknown(st->text(6))] += 1;
        b[QStringLiteral("county")][orUnknown(st->text(9))] += 1;
        std::optional<int> age;
        const QDate born = st->date(7);
        if (born.isValid()) {
            int a = notified.year() - born.year();
            if (notified.month() < born.month() || (notified.month() == born.month() && notified.day() < born.day()))
                --a;
            age = a;
        } else if (!st->isNull(8)) {
            age = notified.year() - int(st->int64(8));
        }
        b[QStringLiteral("age_group")][age ? ageGroup(*age) : QStringLiteral("unknown")] += 1;
        b[QStringLiteral("minor_adult")][age ? (*age < 18 ? QStringLiteral("minor") : QStringLiteral("adult"))
                                             : QStringLiteral("unknown")] += 1;
    }
    if (st->failed())
        return st->error();
    tx.rollback(); // read only
    return f;
}

} // namespace reper
