#include "FiguresRepository.h"

#include "core/VictimAge.h"
#include "storage/Store.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/DocumentFigures.h"
#include "storage/figures/YearQuery.h"

#include <QCoreApplication>
#include <optional>

namespace reper {

namespace {

QString orUnknown(const QString& s) { return s.isEmpty() ? QStringLiteral("unknown") : s; }

// A read transaction — unless the caller already holds one (closing a year computes the figures
// inside its own write transaction, so nothing can change between the figures and the freeze).
class ReadScope
{
public:
    explicit ReadScope(Database& db)
    {
        if (!db.inTransaction())
            m_tx.emplace(db, Transaction::Mode::Deferred);
    }
    Status status() const { return m_tx ? m_tx->beginStatus() : Status::success(); }
    void end()
    {
        if (m_tx)
            m_tx->rollback(); // read only
    }

private:
    std::optional<Transaction> m_tx;
};

} // namespace

FiguresRepository::FiguresRepository(Store& store)
    : FiguresRepository(store.db(), store.access(), store.reference())
{
}

Result<qint64> FiguresRepository::centerIdFor(const QString& centerCode)
{
    // Figures of a scope only for whom may see them (AccessPolicy; docs/security.md).
    if (!m_access.canSeeFigures(Scope::ofCenter(centerCode)))
        return makeError(QCoreApplication::translate("FiguresRepository", "You may not see the figures of %1.")
                             .arg(centerCode.isEmpty() ? QStringLiteral("the whole country") : centerCode));
    if (centerCode.isEmpty())
        return qint64(0);
    const auto id = m_reference.centerId(centerCode);
    if (!id)
        return makeError(QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(centerCode));
    return *id;
}

Result<BilantFigures> FiguresRepository::compute(int year, const QString& centerCode, Detail detail)
{
    const auto centerId = centerIdFor(centerCode);
    if (!centerId)
        return centerId.error();
    ReadScope tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto f = computeIn(year, *centerId, Scope::ofCenter(centerCode), detail);
    tx.end();
    return f;
}

Result<BilantReportData> FiguresRepository::computeReport(int year, const QString& centerCode)
{
    const auto centerId = centerIdFor(centerCode);
    if (!centerId)
        return centerId.error();
    ReadScope tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const Scope scope = Scope::ofCenter(centerCode);
    BilantReportData data;
    if (!*centerId) {
        // The nation and every centre, the year and the year before: one pass per figure family.
        DocumentFigures pass(m_db, m_reference.centers(), year);
        if (Status s = pass.run(); !s)
            return s.error();
        data.figures = std::move(pass.at(DocumentFigures::kYear, 0));
        data.previous = std::move(pass.at(DocumentFigures::kYearBefore, 0));
        for (int c = 1; c < pass.scopes(); ++c)
            data.centres << std::move(pass.at(DocumentFigures::kYear, c));
        tx.end();
        return data;
    }
    auto current = computeIn(year, *centerId, scope);
    if (!current)
        return current.error();
    data.figures = std::move(*current);
    auto previous = computeIn(year - 1, *centerId, scope);
    if (!previous)
        return previous.error();
    data.previous = std::move(*previous);
    tx.end();
    return data;
}

Status FiguresRepository::identifiedByExploitation(Statement& st, BilantFigures& f)
{
    // Each victim once, by the identification whose notification date is earliest in the year
    // (the lowest id breaks a tie), as the bilanț's breakdown below; the victims counted are the
    // victims identified.
    qint64 previous = -1;
    while (st.next()) {
        const qint64 victim = st.int64(0);
        if (victim == previous)
            continue;
        previous = victim;
        ++f.victimsIdentified;
        f.breakdowns[QStringLiteral("primary_exploitation")][orUnknown(st.text(1))] += 1;
    }
    if (st.failed())
        return st.error();
    return Status::success();
}

Result<BilantFigures> FiguresRepository::computeIn(int year, qint64 centerId, const Scope& scope, Detail detail)
{
    BilantFigures f;
    f.year = year;
    f.scope = scope;
    const YearQuery q(m_db, centerId, year);
    const bool headline = detail == Detail::Headline;

    // Every statement is bound first and then run together: on a server in one exchange instead of
    // one each (Database::runTogether); the local file runs each as its rows are read below.
    //
    // Breakdowns of victims identified in Y: each victim once, with the identification whose
    // notification date is earliest in the year (the lowest id breaks a tie). The same pass counts
    // the identification rows of the year and the victims with an attempt among them. The headline
    // reads the identifications alone, without the victim's row, for the one breakdown it shows.
    auto identified = q.reused(
        headline ? QStringLiteral("SELECT victim_id, primary_exploitation FROM identification "
                                  "WHERE {c}notification_date BETWEEN :from AND :to "
                                  "ORDER BY victim_id, notification_date, id")
                 : QStringLiteral("SELECT i.victim_id, i.notification_date, i.primary_exploitation, i.scope, "
                                  "i.exploitation_country, i.institution, v.sex, v.birth_date, v.birth_year, "
                                  "v.county, i.attempt FROM identification i "
                                  "JOIN victim v ON v.id = i.victim_id WHERE {i.c}i.notification_date BETWEEN :from "
                                  "AND :to ORDER BY i.victim_id, i.notification_date, i.id"));
    // A period overlaps Y when it starts by 31 Dec and has no end or ends from 1 Jan: two range scans.
    auto assisted = q.reused(
        QStringLiteral("SELECT count(DISTINCT victim_id) FROM ("
                       " SELECT victim_id FROM assistance WHERE {c}end_date IS NULL AND start_date <= :to"
                       " UNION ALL"
                       " SELECT victim_id FROM assistance WHERE {c}end_date >= :from AND start_date <= :to) AS y"));
    auto repatriated = q.reused(QStringLiteral("SELECT count(DISTINCT r.victim_id), count(*) FROM repatriation r "
                                               "JOIN victim v ON v.id = r.victim_id "
                                               "WHERE {r.c}r.arrival_date BETWEEN :from AND :to AND r.status = "
                                               "'completed' AND v.citizenship = 'RO'"));
    // The year's proceedings records: the victims and the actions in one scan; the cases (text) by
    // their distinct values in a scan of their own, which a server hashes instead of sorting them in
    // the column's collation (1.2 ms of its 2.7 for the statement, national, 3,000 records).
    auto judicial = q.reused(
        headline ? QStringLiteral("SELECT count(DISTINCT victim_id) FROM judicial WHERE {c}date BETWEEN :from AND :to")
                 : QStringLiteral("SELECT count(DISTINCT victim_id), count(*), "
                                  "(SELECT count(c.case_ref) FROM (SELECT DISTINCT case_ref FROM judicial "
                                  "WHERE {c}date BETWEEN :from AND :to) AS c) "
                                  "FROM judicial WHERE {c}date BETWEEN :from AND :to"));
    // One scan of the year's activities for the four prevention figures and the campaigns' levels;
    // the headline's two from the date index alone.
    auto prevention = q.reused(
        headline ? QStringLiteral("SELECT count(*), coalesce(sum(participants), 0) FROM prevention_activity "
                                  "WHERE {c}date BETWEEN :from AND :to")
                 : QStringLiteral("SELECT count(*), count(DISTINCT p.campaign_id), coalesce(sum(p.participants), 0), "
                                  "coalesce(sum(p.online_reach), 0), "
                                  "count(DISTINCT CASE WHEN k.level = 'national' THEN p.campaign_id END) "
                                  "FROM prevention_activity p LEFT JOIN campaign k ON k.id = p.campaign_id "
                                  "WHERE {p.c}p.date BETWEEN :from AND :to"));
    // The cooperation counts in one statement, each from its own table's date index (on a server,
    // one plan instead of five).
    auto cooperation = q.reused(
        headline
            ? QStringLiteral("SELECT t.n, t.persons, e.n FROM "
                             "(SELECT count(*) AS n, coalesce(sum(participants), 0) AS persons FROM training "
                             "WHERE {c}date BETWEEN :from AND :to) AS t, "
                             "(SELECT count(*) AS n FROM event WHERE {c}date BETWEEN :from AND :to) AS e")
            : QStringLiteral("SELECT t.n, t.persons, e.n, p.n, a.n, m.n FROM "
                             "(SELECT count(*) AS n, coalesce(sum(participants), 0) AS persons FROM training "
                             "WHERE {c}date BETWEEN :from AND :to) AS t, "
                             "(SELECT count(*) AS n FROM event WHERE {c}date BETWEEN :from AND :to) AS e, "
                             "(SELECT count(*) AS n FROM protocol WHERE {c}signed_date BETWEEN :from AND :to) AS p, "
                             "(SELECT count(*) AS n FROM action_plan WHERE {c}date BETWEEN :from AND :to) AS a, "
                             "(SELECT count(*) AS n FROM team_meeting WHERE {c}date BETWEEN :from AND :to) AS m"));
    std::optional<Result<CachedStatement>> funded;
    if (!headline)
        funded.emplace(q.reused(QStringLiteral("SELECT focus, count(*) FROM funded_project "
                                               "WHERE {c}start_date <= :to AND (end_date IS NULL OR end_date >= :from) "
                                               "GROUP BY focus")));
    for (const Result<CachedStatement>* st :
         {&identified, &assisted, &repatriated, &judicial, &prevention, &cooperation, funded ? &*funded : nullptr}) {
        if (st && !*st)
            return st->error();
    }
    if (Status s = m_db.runTogether({identified->get(), assisted->get(), repatriated->get(), judicial->get(),
                                     prevention->get(), cooperation->get(), funded ? (*funded)->get() : nullptr});
        !s)
        return s.error();

    Status s = headline ? identifiedByExploitation(**identified, f) : Status::success();
    if (s)
        s = YearQuery::readRow(**assisted, {&f.victimsAssistanceMonitored});
    if (s)
        s = YearQuery::readRow(**repatriated, {&f.victimsRepatriated, &f.repatriationEvents});
    if (s && headline)
        s = YearQuery::readRow(**judicial, {&f.victimsJudicialParticipation});
    else if (s)
        s = YearQuery::readRow(**judicial,
                               {&f.victimsJudicialParticipation, &f.judicialSupportActions, &f.judicialCaseRefs});
    if (s && headline)
        s = YearQuery::readRow(**prevention, {&f.preventionActivities, &f.personsReached});
    else if (s)
        s = YearQuery::readRow(
            **prevention,
            {&f.preventionActivities, &f.preventionCampaigns, &f.personsReached, &f.onlineReach, &f.campaignsNational});
    f.campaignsLocal = f.preventionCampaigns - f.campaignsNational;
    if (s && headline)
        s = YearQuery::readRow(**cooperation,
                               {&f.trainingSessions, &f.specialistsTrained, &f.interinstitutionalEvents});
    else if (s)
        s = YearQuery::readRow(**cooperation,
                               {&f.trainingSessions, &f.specialistsTrained, &f.interinstitutionalEvents,
                                &f.protocolsSigned, &f.actionPlans, &f.teamMeetings});
    if (s && funded) {
        Statement& st = ***funded;
        while (st.next()) {
            f.fundedProjectsByFocus.insert(st.text(0), st.int64(1));
            f.fundedProjects += st.int64(1);
        }
        if (st.failed())
            s = st.error();
    }
    if (!s)
        return s.error();
    if (headline)
        return f;

    Statement* st = identified->get();
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
        ++f.victimsIdentified;
        const QDate notified = st->date(1);
        if (notified.isValid())
            ++f.identifiedByMonth[size_t(notified.month() - 1)];
        b[QStringLiteral("primary_exploitation")][orUnknown(st->text(2))] += 1;
        b[QStringLiteral("scope")][orUnknown(st->text(3))] += 1;
        b[QStringLiteral("exploitation_country")][orUnknown(st->text(4))] += 1;
        b[QStringLiteral("institution")][orUnknown(st->text(5))] += 1;
        b[QStringLiteral("sex")][orUnknown(st->text(6))] += 1;
        b[QStringLiteral("county")][orUnknown(st->text(9))] += 1;
        const std::optional<int> age = VictimAge::on(
            notified, st->date(7), st->isNull(8) ? std::nullopt : std::optional<int>(int(st->int64(8))));
        b[QStringLiteral("age_group")][age ? VictimAge::bilantGroup(*age) : QStringLiteral("unknown")] += 1;
        b[QStringLiteral("minor_adult")]
         [age ? (*age < 18 ? QStringLiteral("minor") : QStringLiteral("adult")) : QStringLiteral("unknown")]
            += 1;
    }
    if (st->failed())
        return st->error();
    return f;
}

} // namespace reper
