#include "DocumentFigures.h"

#include "core/VictimAge.h"
#include "storage/engine/Database.h"
#include "storage/figures/DistinctTally.h"

#include <QHash>
#include <array>
#include <optional>

namespace reper {

namespace {

QString yearDay(int year, const char* monthDay)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(QLatin1String(monthDay));
}

QString orUnknown(const QString& s) { return s.isEmpty() ? QStringLiteral("unknown") : s; }

// What the breakdowns take from the identification a victim is counted by (read once per row).
struct Pick
{
    QDate notified;
    std::array<QString, 8> values; // in the order of kBreakdowns
};

const std::array<QString, 8>& breakdownNames()
{
    static const std::array<QString, 8> names = {QStringLiteral("primary_exploitation"),
                                                 QStringLiteral("scope"),
                                                 QStringLiteral("exploitation_country"),
                                                 QStringLiteral("institution"),
                                                 QStringLiteral("sex"),
                                                 QStringLiteral("county"),
                                                 QStringLiteral("age_group"),
                                                 QStringLiteral("minor_adult")};
    return names;
}

} // namespace

DocumentFigures::DocumentFigures(Database& db, const std::vector<Center>& centres, int year)
    : m_db(db)
    , m_year(year)
    , m_scopes(int(centres.size()) + 1)
{
    m_figures.resize(size_t(2 * m_scopes));
    for (int y : {kYearBefore, kYear}) {
        for (int s = 0; s < m_scopes; ++s) {
            BilantFigures& f = at(y, s);
            f.year = y == kYear ? year : year - 1;
            f.scope = s == 0 ? Scope::national() : Scope::ofCenter(centres[size_t(s - 1)].code);
        }
    }
    for (size_t i = 0; i < centres.size(); ++i) {
        const qint64 id = centres[i].id;
        if (id < 0 || id > 100000)
            continue; // not a centre id this table can hold: counted nationally only
        if (size_t(id) >= m_scopeById.size())
            m_scopeById.resize(size_t(id) + 1, 0);
        m_scopeById[size_t(id)] = int(i) + 1;
    }
}

int DocumentFigures::scopeOf(qint64 centerId) const
{
    return centerId >= 0 && size_t(centerId) < m_scopeById.size() ? m_scopeById[size_t(centerId)] : 0;
}

Result<Statement> DocumentFigures::prepare(const char* sql) const
{
    // CROSS JOIN is SQLite's way of fixing the join order (the centres first, then each centre's
    // covering index); PostgreSQL plans the joins itself and knows no CROSS JOIN … ON.
    QString text = QString::fromUtf8(sql);
    if (m_db.engine() == Engine::Server)
        text.replace(QLatin1String("CROSS JOIN"), QLatin1String("JOIN"));
    auto st = m_db.prepare(text);
    if (!st)
        return st;
    const std::pair<const char*, QString> bounds[] = {{":pfrom", yearDay(m_year - 1, "01-01")},
                                                      {":pto", yearDay(m_year - 1, "12-31")},
                                                      {":from", yearDay(m_year, "01-01")},
                                                      {":to", yearDay(m_year, "12-31")}};
    for (const auto& [name, value] : bounds)
        if (const int i = st->parameterIndex(name))
            st->bind(i, value);
    return st;
}

Status DocumentFigures::run()
{
    for (auto family : {&DocumentFigures::identifications, &DocumentFigures::assistance,
                        &DocumentFigures::repatriations, &DocumentFigures::judicial, &DocumentFigures::prevention,
                        &DocumentFigures::recordCounts, &DocumentFigures::fundedProjects}) {
        if (Status s = (this->*family)(); !s)
            return s;
    }
    return Status::success();
}

// Victims identified, the identification rows, attempts, the months and the breakdowns: every
// identification of the two years with its victim, by victim, earliest notification first (the
// lowest id breaks a tie). A victim counts in a slot once, by the first of its rows there.
Status DocumentFigures::identifications()
{
    auto st
        = prepare("SELECT i.victim_id, i.center_id, i.notification_date >= :from, i.notification_date, "
                  "i.primary_exploitation, i.scope, i.exploitation_country, i.institution, v.sex, v.county, "
                  "v.birth_date, v.birth_year, i.attempt FROM identification i JOIN victim v ON v.id = i.victim_id "
                  "WHERE i.notification_date BETWEEN :pfrom AND :to ORDER BY i.victim_id, i.notification_date, i.id");
    if (!st)
        return st.error();
    const auto& names = breakdownNames();
    std::vector<char> seen(m_figures.size(), 0);
    std::vector<char> attempted(m_figures.size(), 0);
    std::vector<int> touched;
    qint64 current = -1;
    while (st->next()) {
        const qint64 victim = st->int64(0);
        if (victim != current) {
            for (int t : touched)
                seen[size_t(t)] = attempted[size_t(t)] = 0;
            touched.clear();
            current = victim;
        }
        const int y = st->int64(2) ? kYear : kYearBefore;
        const int c = scopeOf(st->int64(1));
        const bool attempt = st->int64(12) == 1;
        std::optional<Pick> pick;
        for (const int s : {slot(y, 0), c ? slot(y, c) : -1}) {
            if (s < 0)
                continue;
            BilantFigures& f = m_figures[size_t(s)];
            ++f.identificationsInYear;
            if (!seen[size_t(s)] && !attempted[size_t(s)])
                touched.push_back(s);
            if (attempt && !attempted[size_t(s)]) {
                attempted[size_t(s)] = 1;
                ++f.attempts;
            }
            if (seen[size_t(s)])
                continue;
            seen[size_t(s)] = 1;
            ++f.victimsIdentified;
            if (!pick) {
                pick.emplace();
                pick->notified = st->date(3);
                for (int k = 0; k < 6; ++k)
                    pick->values[size_t(k)] = orUnknown(st->text(4 + k));
                const std::optional<int> age
                    = VictimAge::on(pick->notified, st->date(10),
                                    st->isNull(11) ? std::nullopt : std::optional<int>(int(st->int64(11))));
                pick->values[6] = age ? VictimAge::bilantGroup(*age) : QStringLiteral("unknown");
                pick->values[7]
                    = age ? (*age < 18 ? QStringLiteral("minor") : QStringLiteral("adult")) : QStringLiteral("unknown");
            }
            if (pick->notified.isValid())
                ++f.identifiedByMonth[size_t(pick->notified.month() - 1)];
            for (size_t k = 0; k < names.size(); ++k)
                f.breakdowns[names[k]][pick->values[k]] += 1;
        }
    }
    return st->failed() ? Status(st->error()) : Status::success();
}

// A period overlaps a year when it starts by 31 December and has no end or ends from 1 January:
// for the two years, two range scans of each centre's covering index.
Status DocumentFigures::assistance()
{
    // "1 = 1": a true that both engines give the type of the other branch's comparison.
    auto st = prepare("SELECT a.center_id, a.victim_id, a.start_date <= :pto, 1 = 1 FROM center c "
                      "CROSS JOIN assistance a ON a.center_id = c.id "
                      "WHERE a.end_date IS NULL AND a.start_date <= :to "
                      "UNION ALL "
                      "SELECT a.center_id, a.victim_id, a.start_date <= :pto, a.end_date >= :from FROM center c "
                      "CROSS JOIN assistance a ON a.center_id = c.id "
                      "WHERE a.end_date >= :pfrom AND a.start_date <= :to");
    if (!st)
        return st.error();
    DistinctTally victims(int(m_figures.size()));
    while (st->next()) {
        const int c = scopeOf(st->int64(0));
        const qint64 victim = st->int64(1);
        for (int y : {kYearBefore, kYear}) {
            if (!st->int64(y == kYear ? 3 : 2))
                continue;
            victims.add(slot(y, 0), victim);
            if (c)
                victims.add(slot(y, c), victim);
        }
    }
    if (st->failed())
        return st->error();
    for (size_t s = 0; s < m_figures.size(); ++s)
        m_figures[s].victimsAssistanceMonitored = victims.count(int(s));
    return Status::success();
}

// Completed repatriations of Romanian citizens arrived in the year: the events and the victims.
Status DocumentFigures::repatriations()
{
    auto st = prepare("SELECT r.center_id, r.victim_id, r.arrival_date >= :from FROM center c "
                      "CROSS JOIN repatriation r ON r.center_id = c.id JOIN victim v ON v.id = r.victim_id "
                      "WHERE r.arrival_date BETWEEN :pfrom AND :to AND r.status = 'completed' "
                      "AND v.citizenship = 'RO'");
    if (!st)
        return st.error();
    DistinctTally victims(int(m_figures.size()));
    while (st->next()) {
        const int c = scopeOf(st->int64(0));
        const int y = st->int64(2) ? kYear : kYearBefore;
        for (const int s : {slot(y, 0), c ? slot(y, c) : -1}) {
            if (s < 0)
                continue;
            ++m_figures[size_t(s)].repatriationEvents;
            if (victims.add(s, st->int64(1)))
                ++m_figures[size_t(s)].victimsRepatriated;
        }
    }
    return st->failed() ? Status(st->error()) : Status::success();
}

// Support actions dated in the year: the actions, the victims and the distinct case references.
Status DocumentFigures::judicial()
{
    auto st = prepare("SELECT j.center_id, j.victim_id, j.case_ref, j.date >= :from FROM center c "
                      "CROSS JOIN judicial j ON j.center_id = c.id WHERE j.date BETWEEN :pfrom AND :to");
    if (!st)
        return st.error();
    DistinctTally victims(int(m_figures.size()));
    DistinctTally cases(int(m_figures.size()));
    QHash<QString, qint64> caseIds; // each case reference (as stored, compared exactly) a small number
    while (st->next()) {
        const int c = scopeOf(st->int64(0));
        const int y = st->int64(3) ? kYear : kYearBefore;
        qint64 caseId = -1;
        if (!st->isNull(2)) {
            const QString ref = st->text(2);
            auto it = caseIds.constFind(ref);
            if (it == caseIds.constEnd())
                it = caseIds.insert(ref, caseIds.size() + 1);
            caseId = *it;
        }
        for (const int s : {slot(y, 0), c ? slot(y, c) : -1}) {
            if (s < 0)
                continue;
            BilantFigures& f = m_figures[size_t(s)];
            ++f.judicialSupportActions;
            if (victims.add(s, st->int64(1)))
                ++f.victimsJudicialParticipation;
            if (caseId > 0 && cases.add(s, caseId))
                ++f.judicialCaseRefs;
        }
    }
    return st->failed() ? Status(st->error()) : Status::success();
}

// The year's prevention activities: how many, their distinct campaigns (and of those the national
// ones), the persons reached and the online reach.
Status DocumentFigures::prevention()
{
    auto levels = m_db.prepare(QStringLiteral("SELECT id FROM campaign WHERE level = 'national'"));
    if (!levels)
        return levels.error();
    DistinctTally national(1);
    while (levels->next())
        national.add(0, levels->int64(0));
    if (levels->failed())
        return levels->error();
    auto st = prepare("SELECT p.center_id, p.date >= :from, p.campaign_id, p.participants, p.online_reach "
                      "FROM center c CROSS JOIN prevention_activity p ON p.center_id = c.id "
                      "WHERE p.date BETWEEN :pfrom AND :to");
    if (!st)
        return st.error();
    DistinctTally campaigns(int(m_figures.size()));
    while (st->next()) {
        const int c = scopeOf(st->int64(0));
        const int y = st->int64(1) ? kYear : kYearBefore;
        const bool hasCampaign = !st->isNull(2);
        const qint64 campaign = st->int64(2);
        const qint64 participants = st->int64(3);
        const qint64 online = st->int64(4);
        for (const int s : {slot(y, 0), c ? slot(y, c) : -1}) {
            if (s < 0)
                continue;
            BilantFigures& f = m_figures[size_t(s)];
            ++f.preventionActivities;
            f.personsReached += participants;
            f.onlineReach += online;
            if (hasCampaign && campaigns.add(s, campaign)) {
                ++f.preventionCampaigns;
                if (national.contains(0, campaign))
                    ++f.campaignsNational;
            }
        }
    }
    if (st->failed())
        return st->error();
    for (BilantFigures& f : m_figures)
        f.campaignsLocal = f.preventionCampaigns - f.campaignsNational;
    return Status::success();
}

// Records counted by their date: protocols, action plans, team meetings, trainings (and the
// specialists trained), events; per centre and year in SQL, the nation their sum.
Status DocumentFigures::recordCounts()
{
    struct Count
    {
        const char* sql;
        qint64 BilantFigures::*count;
        qint64 BilantFigures::*sum;
    };
    const Count counts[] = {
        {"SELECT t.center_id, t.signed_date >= :from, count(*), 0 FROM center c CROSS JOIN protocol t "
         "ON t.center_id = c.id WHERE t.signed_date BETWEEN :pfrom AND :to GROUP BY 1, 2",
         &BilantFigures::protocolsSigned, nullptr},
        {"SELECT t.center_id, t.date >= :from, count(*), 0 FROM center c CROSS JOIN action_plan t "
         "ON t.center_id = c.id WHERE t.date BETWEEN :pfrom AND :to GROUP BY 1, 2",
         &BilantFigures::actionPlans, nullptr},
        {"SELECT t.center_id, t.date >= :from, count(*), 0 FROM center c CROSS JOIN team_meeting t "
         "ON t.center_id = c.id WHERE t.date BETWEEN :pfrom AND :to GROUP BY 1, 2",
         &BilantFigures::teamMeetings, nullptr},
        {"SELECT t.center_id, t.date >= :from, count(*), coalesce(sum(t.participants), 0) FROM center c "
         "CROSS JOIN training t ON t.center_id = c.id WHERE t.date BETWEEN :pfrom AND :to GROUP BY 1, 2",
         &BilantFigures::trainingSessions, &BilantFigures::specialistsTrained},
        {"SELECT t.center_id, t.date >= :from, count(*), 0 FROM center c CROSS JOIN event t "
         "ON t.center_id = c.id WHERE t.date BETWEEN :pfrom AND :to GROUP BY 1, 2",
         &BilantFigures::interinstitutionalEvents, nullptr},
    };
    for (const Count& count : counts) {
        auto st = prepare(count.sql);
        if (!st)
            return st.error();
        while (st->next()) {
            const int c = scopeOf(st->int64(0));
            const int y = st->int64(1) ? kYear : kYearBefore;
            for (const int s : {slot(y, 0), c ? slot(y, c) : -1}) {
                if (s < 0)
                    continue;
                m_figures[size_t(s)].*count.count += st->int64(2);
                if (count.sum)
                    m_figures[size_t(s)].*count.sum += st->int64(3);
            }
        }
        if (st->failed())
            return st->error();
    }
    return Status::success();
}

// Funded projects running at any time in the year, by focus.
Status DocumentFigures::fundedProjects()
{
    auto st = prepare("SELECT center_id, focus, start_date <= :pto AND (end_date IS NULL OR end_date >= :pfrom), "
                      "end_date IS NULL OR end_date >= :from FROM funded_project "
                      "WHERE start_date <= :to AND (end_date IS NULL OR end_date >= :pfrom)");
    if (!st)
        return st.error();
    while (st->next()) {
        const int c = scopeOf(st->int64(0));
        const QString focus = st->text(1);
        for (int y : {kYearBefore, kYear}) {
            if (!st->int64(y == kYear ? 3 : 2))
                continue;
            for (const int s : {slot(y, 0), c ? slot(y, c) : -1}) {
                if (s < 0)
                    continue;
                m_figures[size_t(s)].fundedProjectsByFocus[focus] += 1;
                m_figures[size_t(s)].fundedProjects += 1;
            }
        }
    }
    return st->failed() ? Status(st->error()) : Status::success();
}

} // namespace reper
