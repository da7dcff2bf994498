#include "ActivityRepositories.h"

#include "core/TextFold.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RecordInsert.h"

namespace reper {

using detail::centerIdOf;
using detail::insertRecord;

Result<std::optional<Campaign>> CampaignRepository::findByCode(const QString& code)
{
    auto stGuard
        = m_store.db().cached("SELECT k.id, c.code, k.title, k.level, k.funding, k.funder, k.start_date, k.end_date "
                              "FROM campaign k JOIN center c ON c.id = k.center_id WHERE k.code = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<Campaign>();
    }
    Campaign c;
    c.id = st->int64(0);
    c.code = code;
    c.center = st->text(1);
    if (!m_store.access().canReadRecords(c.center)) {
        st->reset();
        return std::optional<Campaign>();
    }
    c.title = st->text(2);
    c.level = st->text(3);
    c.funding = st->text(4);
    c.funder = st->text(5);
    c.startDate = st->date(6);
    c.endDate = st->date(7);
    st->reset();
    return std::optional<Campaign>(c);
}

Result<std::optional<RecordId>> CampaignRepository::idByCode(const QString& code)
{
    auto stGuard = m_store.db().cached("SELECT id FROM campaign WHERE code = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<RecordId>();
    }
    const RecordId id = st->int64(0);
    st->reset();
    return std::optional<RecordId>(id);
}

Result<RecordId> CampaignRepository::add(const Campaign& c)
{
    const auto center = centerIdOf(m_store, c.center);
    if (!center)
        return center.error();
    auto stGuard = m_store.db().cached(
        "INSERT INTO campaign(code, center_id, title, level, funding, funder, start_date, end_date, search_key, "
        "created_by, created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    const QString now = m_store.timestamp();
    st->bind(1, c.code).bind(2, *center).bind(3, c.title).bind(4, c.level).bind(5, c.funding).bind(6, c.funder);
    st->bind(7, c.startDate).bind(8, c.endDate).bind(9, foldText(c.title));
    st->bind(10, m_store.user().id).bind(11, now).bind(12, m_store.user().id).bind(13, now);
    if (auto s = st->exec(); !s)
        return s.error();
    const RecordId id = m_store.db().lastInsertId();
    if (auto s = m_store.audit().recordCreated(QStringLiteral("campaign"), id); !s)
        return s.error();
    return id;
}

Result<InsertOutcome> PreventionRepository::add(const PreventionActivity& p, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, p.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO prevention_activity(center_id, date, county, campaign_id, type, "
                        "target_group, participants, materials, online_reach, row_key, created_by, created_at, "
                        "updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        9, rowKey, [&](Statement& st) {
                            st.bind(1, *center).bind(2, p.date).bind(3, p.county);
                            if (p.campaignId)
                                st.bind(4, p.campaignId);
                            else
                                st.bindNull(4);
                            st.bind(5, p.type).bind(6, p.targetGroup).bind(7, p.participants);
                            st.bind(8, p.materials).bind(9, p.onlineReach);
                        });
}

Result<InsertOutcome> CooperationRepository::add(const Protocol& p, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, p.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO protocol(center_id, signed_date, partner, row_key, created_by, "
                        "created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                        3, rowKey,
                        [&](Statement& st) { st.bind(1, *center).bind(2, p.signedDate).bind(3, p.partner); });
}

Result<InsertOutcome> CooperationRepository::add(const ActionPlan& p, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, p.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO action_plan(center_id, date, partner, row_key, created_by, created_at, "
                        "updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                        3, rowKey, [&](Statement& st) { st.bind(1, *center).bind(2, p.date).bind(3, p.partner); });
}

Result<InsertOutcome> CooperationRepository::add(const TeamMeeting& m, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, m.center);
    if (!center)
        return center.error();
    return insertRecord(
        m_store,
        "INSERT INTO team_meeting(center_id, date, county, attendees, row_key, created_by, "
        "created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        4, rowKey, [&](Statement& st) { st.bind(1, *center).bind(2, m.date).bind(3, m.county).bind(4, m.attendees); });
}

Result<InsertOutcome> CooperationRepository::add(const Training& t, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, t.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO training(center_id, date, county, audience, participants, topic, "
                        "row_key, created_by, created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        6, rowKey, [&](Statement& st) {
                            st.bind(1, *center).bind(2, t.date).bind(3, t.county).bind(4, t.audience);
                            st.bind(5, t.participants).bind(6, t.topic);
                        });
}

Result<InsertOutcome> CooperationRepository::add(const Event& e, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, e.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO event(center_id, date, type, role, title, row_key, created_by, "
                        "created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        5, rowKey, [&](Statement& st) {
                            st.bind(1, *center).bind(2, e.date).bind(3, e.type).bind(4, e.role).bind(5, e.title);
                        });
}

Result<std::optional<FundedProject>> CooperationRepository::findProjectByCode(const QString& code)
{
    auto stGuard = m_store.db().cached("SELECT p.id, c.code, p.title, p.funder, p.focus, p.start_date, p.end_date "
                                       "FROM funded_project p JOIN center c ON c.id = p.center_id WHERE p.code = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<FundedProject>();
    }
    FundedProject f;
    f.id = st->int64(0);
    f.code = code;
    f.center = st->text(1);
    if (!m_store.access().canReadRecords(f.center)) {
        st->reset();
        return std::optional<FundedProject>();
    }
    f.title = st->text(2);
    f.funder = st->text(3);
    f.focus = st->text(4);
    f.startDate = st->date(5);
    f.endDate = st->date(6);
    st->reset();
    return std::optional<FundedProject>(f);
}

Result<bool> CooperationRepository::isProjectCodeTaken(const QString& code)
{
    return m_store.db().hasRow("SELECT 1 FROM funded_project WHERE code = ?", code);
}

Result<RecordId> CooperationRepository::add(const FundedProject& f)
{
    const auto center = centerIdOf(m_store, f.center);
    if (!center)
        return center.error();
    auto stGuard = m_store.db().cached(
        "INSERT INTO funded_project(code, center_id, title, funder, focus, start_date, end_date, created_by, "
        "created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    const QString now = m_store.timestamp();
    st->bind(1, f.code).bind(2, *center).bind(3, f.title).bind(4, f.funder).bind(5, f.focus);
    st->bind(6, f.startDate).bind(7, f.endDate);
    st->bind(8, m_store.user().id).bind(9, now).bind(10, m_store.user().id).bind(11, now);
    if (auto s = st->exec(); !s)
        return s.error();
    const RecordId id = m_store.db().lastInsertId();
    if (auto s = m_store.audit().recordCreated(QStringLiteral("funded_project"), id); !s)
        return s.error();
    return id;
}

} // namespace reper
