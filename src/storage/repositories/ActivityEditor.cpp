#include "ActivityEditor.h"

#include "core/TextFold.h"
#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/EditSupport.h"

namespace reper {

using namespace edit;

namespace {

Result<RecordId> added(Result<InsertOutcome> outcome)
{
    if (!outcome)
        return outcome.error();
    return outcome->id;
}

// SELECT center_id, <columns>, stamps FROM table WHERE id = ?, after the read check.
Result<Statement> selectOne(Store& store, const char* columns, const char* table, RecordId id)
{
    auto st = store.db().prepare(QStringLiteral("SELECT x.center_id, %1, ").arg(QLatin1String(columns))
                                 + stampColumns("x") + QStringLiteral(" FROM %1 x").arg(QLatin1String(table))
                                 + stampJoins("x") + QStringLiteral(" WHERE x.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    if (auto s = mayRead(store, store.reference().centerCode(st->int64(0))); !s)
        return s.error();
    return std::move(*st);
}

qint64 centerIdOf(Store& store, const QString& code) { return store.reference().centerId(code).value_or(0); }

} // namespace

Result<Campaign> ActivityEditor::loadCampaign(RecordId id)
{
    auto st
        = selectOne(m_store, "x.code, x.title, x.level, x.funding, x.funder, x.start_date, x.end_date", "campaign", id);
    if (!st)
        return st.error();
    Campaign c;
    c.id = id;
    c.center = m_store.reference().centerCode(st->int64(0));
    c.code = st->text(1);
    c.title = st->text(2);
    c.level = st->text(3);
    c.funding = st->text(4);
    c.funder = st->text(5);
    c.startDate = st->date(6);
    c.endDate = st->date(7);
    c.stamp = stampAt(*st, 8);
    return c;
}

Result<PreventionActivity> ActivityEditor::loadPrevention(RecordId id)
{
    auto st = selectOne(m_store,
                        "x.date, x.county, x.campaign_id, x.type, x.target_group, x.participants, x.materials, "
                        "x.online_reach",
                        "prevention_activity", id);
    if (!st)
        return st.error();
    PreventionActivity p;
    p.id = id;
    p.center = m_store.reference().centerCode(st->int64(0));
    p.date = st->date(1);
    p.county = st->text(2);
    p.campaignId = st->isNull(3) ? 0 : st->int64(3);
    p.type = st->text(4);
    p.targetGroup = st->text(5);
    p.participants = st->int64(6);
    p.materials = st->optInt64(7);
    p.onlineReach = st->optInt64(8);
    p.stamp = stampAt(*st, 9);
    return p;
}

Result<Protocol> ActivityEditor::loadProtocol(RecordId id)
{
    auto st = selectOne(m_store, "x.signed_date, x.partner", "protocol", id);
    if (!st)
        return st.error();
    Protocol p;
    p.id = id;
    p.center = m_store.reference().centerCode(st->int64(0));
    p.signedDate = st->date(1);
    p.partner = st->text(2);
    p.stamp = stampAt(*st, 3);
    return p;
}

Result<ActionPlan> ActivityEditor::loadActionPlan(RecordId id)
{
    auto st = selectOne(m_store, "x.date, x.partner", "action_plan", id);
    if (!st)
        return st.error();
    ActionPlan p;
    p.id = id;
    p.center = m_store.reference().centerCode(st->int64(0));
    p.date = st->date(1);
    p.partner = st->text(2);
    p.stamp = stampAt(*st, 3);
    return p;
}

Result<TeamMeeting> ActivityEditor::loadTeamMeeting(RecordId id)
{
    auto st = selectOne(m_store, "x.date, x.county, x.attendees", "team_meeting", id);
    if (!st)
        return st.error();
    TeamMeeting m;
    m.id = id;
    m.center = m_store.reference().centerCode(st->int64(0));
    m.date = st->date(1);
    m.county = st->text(2);
    m.attendees = st->optInt64(3);
    m.stamp = stampAt(*st, 4);
    return m;
}

Result<Training> ActivityEditor::loadTraining(RecordId id)
{
    auto st = selectOne(m_store, "x.date, x.county, x.audience, x.participants, x.topic", "training", id);
    if (!st)
        return st.error();
    Training t;
    t.id = id;
    t.center = m_store.reference().centerCode(st->int64(0));
    t.date = st->date(1);
    t.county = st->text(2);
    t.audience = st->text(3);
    t.participants = st->int64(4);
    t.topic = st->text(5);
    t.stamp = stampAt(*st, 6);
    return t;
}

Result<Event> ActivityEditor::loadEvent(RecordId id)
{
    auto st = selectOne(m_store, "x.date, x.type, x.role, x.title", "event", id);
    if (!st)
        return st.error();
    Event e;
    e.id = id;
    e.center = m_store.reference().centerCode(st->int64(0));
    e.date = st->date(1);
    e.type = st->text(2);
    e.role = st->text(3);
    e.title = st->text(4);
    e.stamp = stampAt(*st, 5);
    return e;
}

Result<FundedProject> ActivityEditor::loadFundedProject(RecordId id)
{
    auto st = selectOne(m_store, "x.code, x.title, x.funder, x.focus, x.start_date, x.end_date", "funded_project", id);
    if (!st)
        return st.error();
    FundedProject f;
    f.id = id;
    f.center = m_store.reference().centerCode(st->int64(0));
    f.code = st->text(1);
    f.title = st->text(2);
    f.funder = st->text(3);
    f.focus = st->text(4);
    f.startDate = st->date(5);
    f.endDate = st->date(6);
    f.stamp = stampAt(*st, 7);
    return f;
}

Result<RecordId> ActivityEditor::save(const Campaign& c)
{
    return saveRecord(
        m_store, "campaign", c.id, c.center, [&] { return CampaignRepository(m_store).add(c); },
        [&] {
            return updateRecord(
                m_store,
                QStringLiteral("UPDATE campaign SET code = ?, center_id = ?, title = ?, level = ?, "
                               "funding = ?, funder = ?, start_date = ?, end_date = ?, search_key = ?"),
                9, c.id, [&](Statement& st) {
                    st.bind(1, c.code.trimmed()).bind(2, centerIdOf(m_store, c.center)).bind(3, c.title);
                    st.bind(4, c.level).bind(5, c.funding).bind(6, c.funder).bind(7, c.startDate);
                    st.bind(8, c.endDate).bind(9, foldText(c.title));
                });
        });
}

Result<RecordId> ActivityEditor::save(const PreventionActivity& p)
{
    return saveRecord(
        m_store, "prevention_activity", p.id, p.center, [&] { return added(PreventionRepository(m_store).add(p)); },
        [&] {
            return updateRecord(m_store,
                                QStringLiteral("UPDATE prevention_activity SET center_id = ?, date = ?, county = ?, "
                                               "campaign_id = ?, type = ?, target_group = ?, participants = ?, "
                                               "materials = ?, online_reach = ?"),
                                9, p.id, [&](Statement& st) {
                                    st.bind(1, centerIdOf(m_store, p.center)).bind(2, p.date).bind(3, p.county);
                                    if (p.campaignId)
                                        st.bind(4, p.campaignId);
                                    else
                                        st.bindNull(4);
                                    st.bind(5, p.type).bind(6, p.targetGroup).bind(7, p.participants);
                                    st.bind(8, p.materials).bind(9, p.onlineReach);
                                });
        });
}

Result<RecordId> ActivityEditor::save(const Protocol& p)
{
    return saveRecord(
        m_store, "protocol", p.id, p.center, [&] { return added(CooperationRepository(m_store).add(p)); },
        [&] {
            return updateRecord(m_store,
                                QStringLiteral("UPDATE protocol SET center_id = ?, signed_date = ?, partner = ?"), 3,
                                p.id, [&](Statement& st) {
                                    st.bind(1, centerIdOf(m_store, p.center)).bind(2, p.signedDate).bind(3, p.partner);
                                });
        });
}

Result<RecordId> ActivityEditor::save(const ActionPlan& p)
{
    return saveRecord(
        m_store, "action_plan", p.id, p.center, [&] { return added(CooperationRepository(m_store).add(p)); },
        [&] {
            return updateRecord(
                m_store, QStringLiteral("UPDATE action_plan SET center_id = ?, date = ?, partner = ?"), 3, p.id,
                [&](Statement& st) { st.bind(1, centerIdOf(m_store, p.center)).bind(2, p.date).bind(3, p.partner); });
        });
}

Result<RecordId> ActivityEditor::save(const TeamMeeting& m)
{
    return saveRecord(
        m_store, "team_meeting", m.id, m.center, [&] { return added(CooperationRepository(m_store).add(m)); },
        [&] {
            return updateRecord(
                m_store, QStringLiteral("UPDATE team_meeting SET center_id = ?, date = ?, county = ?, attendees = ?"),
                4, m.id, [&](Statement& st) {
                    st.bind(1, centerIdOf(m_store, m.center)).bind(2, m.date).bind(3, m.county);
                    st.bind(4, m.attendees);
                });
        });
}

Result<RecordId> ActivityEditor::save(const Training& t)
{
    return saveRecord(
        m_store, "training", t.id, t.center, [&] { return added(CooperationRepository(m_store).add(t)); },
        [&] {
            return updateRecord(m_store,
                                QStringLiteral("UPDATE training SET center_id = ?, date = ?, county = ?, audience = ?, "
                                               "participants = ?, topic = ?"),
                                6, t.id, [&](Statement& st) {
                                    st.bind(1, centerIdOf(m_store, t.center)).bind(2, t.date).bind(3, t.county);
                                    st.bind(4, t.audience).bind(5, t.participants).bind(6, t.topic);
                                });
        });
}

Result<RecordId> ActivityEditor::save(const Event& e)
{
    return saveRecord(
        m_store, "event", e.id, e.center, [&] { return added(CooperationRepository(m_store).add(e)); },
        [&] {
            return updateRecord(
                m_store, QStringLiteral("UPDATE event SET center_id = ?, date = ?, type = ?, role = ?, title = ?"), 5,
                e.id, [&](Statement& st) {
                    st.bind(1, centerIdOf(m_store, e.center)).bind(2, e.date).bind(3, e.type);
                    st.bind(4, e.role).bind(5, e.title);
                });
        });
}

Result<RecordId> ActivityEditor::save(const FundedProject& f)
{
    return saveRecord(
        m_store, "funded_project", f.id, f.center, [&] { return CooperationRepository(m_store).add(f); },
        [&] {
            return updateRecord(
                m_store,
                QStringLiteral("UPDATE funded_project SET code = ?, center_id = ?, title = ?, "
                               "funder = ?, focus = ?, start_date = ?, end_date = ?"),
                7, f.id, [&](Statement& st) {
                    st.bind(1, f.code.trimmed()).bind(2, centerIdOf(m_store, f.center)).bind(3, f.title);
                    st.bind(4, f.funder).bind(5, f.focus).bind(6, f.startDate).bind(7, f.endDate);
                });
        });
}

Status ActivityEditor::remove(const char* table, RecordId id)
{
    if (qstrcmp(table, "campaign") == 0) {
        auto st
            = m_store.db().prepare(QStringLiteral("SELECT count(*) FROM prevention_activity WHERE campaign_id = ?"));
        if (!st)
            return st.error();
        st->bind(1, id);
        if (st->next() && st->int64(0) > 0)
            return makeError(StoreText::tr("The campaign has %1 prevention activities; move or delete them first.")
                                 .arg(st->int64(0)));
    }
    return removeRecord(m_store, table, id);
}

Result<QList<CampaignChoice>> ActivityEditor::campaignChoices()
{
    QList<CampaignChoice> out;
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT id, code, title FROM campaign ORDER BY start_date DESC, id DESC"));
    if (!st)
        return st.error();
    while (st->next())
        out << CampaignChoice{st->int64(0), st->text(1), st->text(2)};
    if (st->failed())
        return st->error();
    return out;
}

} // namespace reper
