#include "FloorQueries.h"

#include <QElapsedTimer>
#include <QString>
#include <cstdio>
#include <sqlite3.h>

namespace reper::bench {

namespace {

bool row(sqlite3* db, const QString& sql, std::initializer_list<qint64*> out)
{
    QElapsedTimer timer;
    timer.start();
    struct Report
    {
        QElapsedTimer& t;
        const QString& sql;
        ~Report()
        {
            if (qEnvironmentVariableIsSet("REPER_BENCH_VERBOSE"))
                std::printf("    %7.2f ms  %s\n", double(t.nsecsElapsed()) / 1e6, qPrintable(sql.left(110)));
        }
    } report{timer, sql};
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        return false;
    const int rc = sqlite3_step(st);
    int col = 0;
    if (rc == SQLITE_ROW)
        for (qint64* o : out)
            *o = sqlite3_column_int64(st, col++);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

} // namespace

bool runFloor(sqlite3* db, int year, qint64 centerId, BilantFigures* f)
{
    const QString from = QStringLiteral("'%1-01-01'").arg(year);
    const QString to = QStringLiteral("'%1-12-31'").arg(year);
    const QString c = centerId ? QStringLiteral("center_id = %1 AND ").arg(centerId) : QString();
    const QString rc = centerId ? QStringLiteral("r.center_id = %1 AND ").arg(centerId) : QString();
    qint64 ignored = 0;
    bool ok = true;
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*) FROM (SELECT victim_id FROM identification WHERE %1notification_date "
                              "BETWEEN %2 AND %3 GROUP BY victim_id)")
                   .arg(c, from, to),
               {&f->victimsIdentified});
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(DISTINCT victim_id) FROM (SELECT victim_id FROM assistance WHERE "
                              "%1end_date IS NULL AND start_date <= %3 UNION ALL SELECT victim_id FROM assistance "
                              "WHERE %1end_date >= %2 AND start_date <= %3)")
                   .arg(c, from, to),
               {&f->victimsAssistanceMonitored});
    ok = ok
        && row(db,
               QStringLiteral(
                   "SELECT count(DISTINCT r.victim_id) FROM repatriation r JOIN victim v ON v.id = r.victim_id WHERE "
                   "%1r.arrival_date BETWEEN %2 AND %3 AND r.status = 'completed' AND v.citizenship = 'RO'")
                   .arg(rc, from, to),
               {&f->victimsRepatriated});
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*) FROM (SELECT victim_id FROM judicial WHERE %1date BETWEEN %2 AND %3 "
                              "GROUP BY victim_id)")
                   .arg(c, from, to),
               {&f->victimsJudicialParticipation});
    const QString pc = centerId ? QStringLiteral("p.center_id = %1 AND ").arg(centerId) : QString();
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*), count(DISTINCT p.campaign_id), coalesce(sum(p.participants), 0), "
                              "coalesce(sum(p.online_reach), 0), count(DISTINCT CASE WHEN k.level = 'national' THEN "
                              "p.campaign_id END) FROM prevention_activity p LEFT JOIN campaign k ON k.id = "
                              "p.campaign_id WHERE %1p.date BETWEEN %2 AND %3")
                   .arg(pc, from, to),
               {&f->preventionActivities, &f->preventionCampaigns, &f->personsReached, &f->onlineReach,
                &f->campaignsNational});
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*) FROM protocol WHERE %1signed_date BETWEEN %2 AND %3").arg(c, from, to),
               {&f->protocolsSigned});
    ok = ok
        && row(db, QStringLiteral("SELECT count(*) FROM action_plan WHERE %1date BETWEEN %2 AND %3").arg(c, from, to),
               {&f->actionPlans});
    ok = ok
        && row(db, QStringLiteral("SELECT count(*) FROM team_meeting WHERE %1date BETWEEN %2 AND %3").arg(c, from, to),
               {&f->teamMeetings});
    ok = ok
        && row(db,
               QStringLiteral(
                   "SELECT count(*), coalesce(sum(participants), 0) FROM training WHERE %1date BETWEEN %2 AND %3")
                   .arg(c, from, to),
               {&f->trainingSessions, &f->specialistsTrained});
    ok = ok
        && row(db, QStringLiteral("SELECT count(*) FROM event WHERE %1date BETWEEN %2 AND %3").arg(c, from, to),
               {&f->interinstitutionalEvents});
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*) FROM funded_project WHERE %1start_date <= %3 AND (end_date IS NULL OR "
                              "end_date >= %2)")
                   .arg(c, from, to),
               {&f->fundedProjects});
    // The further figures and the breakdown rows the report gives, so both sides do the same work.
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*), count(DISTINCT case_ref) FROM judicial WHERE %1date BETWEEN %2 AND %3")
                   .arg(c, from, to),
               {&f->judicialSupportActions, &f->judicialCaseRefs});
    ok = ok
        && row(db,
               QStringLiteral("SELECT count(*) FROM repatriation r JOIN victim v ON v.id = r.victim_id WHERE "
                              "%1r.arrival_date BETWEEN %2 AND %3 AND r.status = 'completed' AND v.citizenship = 'RO'")
                   .arg(rc, from, to),
               {&f->repatriationEvents});
    sqlite3_stmt* st = nullptr;
    const QString ic = centerId ? QStringLiteral("i.center_id = %1 AND ").arg(centerId) : QString();
    const QString breakdown
        = QStringLiteral("SELECT i.victim_id, i.notification_date, i.primary_exploitation, i.scope, "
                         "i.exploitation_country, i.institution, v.sex, v.birth_date, v.birth_year, v.county, "
                         "i.attempt FROM identification i JOIN victim v ON v.id = i.victim_id WHERE "
                         "%1i.notification_date BETWEEN %2 AND %3 ORDER BY i.victim_id, i.notification_date, i.id")
              .arg(ic, from, to);
    QElapsedTimer timer;
    timer.start();
    if (ok && sqlite3_prepare_v2(db, breakdown.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            ignored += sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    if (qEnvironmentVariableIsSet("REPER_BENCH_VERBOSE"))
        std::printf("    %7.2f ms  breakdown rows\n", double(timer.nsecsElapsed()) / 1e6);
    (void)ignored;
    return ok;
}

} // namespace reper::bench
