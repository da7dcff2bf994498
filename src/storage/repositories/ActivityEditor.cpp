#include "ActivityEditor.h"

#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/EditSupport.h"
#include "storage/repositories/RecordTables.h"

namespace reper {

using namespace edit;

namespace {

// A new record goes through its repository, as an imported one does.
Result<RecordId> addNew(Store& store, const Campaign& c) { return CampaignRepository(store).add(c); }
Result<RecordId> addNew(Store& store, const FundedProject& f) { return CooperationRepository(store).add(f); }
Result<RecordId> idOf(Result<InsertOutcome> outcome)
{
    if (!outcome)
        return outcome.error();
    return outcome->id;
}
template<typename R>
Result<RecordId> addNew(Store& store, const R& r)
{
    if constexpr (std::is_same_v<R, PreventionActivity>)
        return idOf(PreventionRepository(store).add(r));
    else
        return idOf(CooperationRepository(store).add(r));
}

// A campaign is not removed while prevention activities belong to it.
Status mayRemove(Store& store, const Campaign&, RecordId id)
{
    auto st = store.db().prepare(QStringLiteral("SELECT count(*) FROM prevention_activity WHERE campaign_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (st->next() && st->int64(0) > 0)
        return makeError(
            StoreText::tr("The campaign has %1 prevention activities; move or delete them first.").arg(st->int64(0)));
    return Status::success();
}
template<typename R>
Status mayRemove(Store&, const R&, RecordId)
{
    return Status::success();
}

} // namespace

template<typename R>
Result<R> ActivityEditor::load(RecordId id)
{
    static_assert(isActivityRecord<R>);
    return detail::loadDeclared<R>(m_store, id);
}

template<typename R>
Result<RecordId> ActivityEditor::save(const R& record)
{
    return saveRecord(
        m_store, detail::recordTable<R>().table(), record.id, record.center, [&] { return addNew(m_store, record); },
        [&] { return detail::updateDeclared(m_store, record); });
}

template<typename R>
Status ActivityEditor::remove(RecordId id)
{
    if (auto s = mayRemove(m_store, R{}, id); !s)
        return s;
    return removeRecord(m_store, detail::recordTable<R>().table(), id);
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

// The kinds this editor serves.
template Result<Campaign> ActivityEditor::load<Campaign>(RecordId);
template Result<RecordId> ActivityEditor::save<Campaign>(const Campaign&);
template Status ActivityEditor::remove<Campaign>(RecordId);
template Result<PreventionActivity> ActivityEditor::load<PreventionActivity>(RecordId);
template Result<RecordId> ActivityEditor::save<PreventionActivity>(const PreventionActivity&);
template Status ActivityEditor::remove<PreventionActivity>(RecordId);
template Result<Protocol> ActivityEditor::load<Protocol>(RecordId);
template Result<RecordId> ActivityEditor::save<Protocol>(const Protocol&);
template Status ActivityEditor::remove<Protocol>(RecordId);
template Result<ActionPlan> ActivityEditor::load<ActionPlan>(RecordId);
template Result<RecordId> ActivityEditor::save<ActionPlan>(const ActionPlan&);
template Status ActivityEditor::remove<ActionPlan>(RecordId);
template Result<TeamMeeting> ActivityEditor::load<TeamMeeting>(RecordId);
template Result<RecordId> ActivityEditor::save<TeamMeeting>(const TeamMeeting&);
template Status ActivityEditor::remove<TeamMeeting>(RecordId);
template Result<Training> ActivityEditor::load<Training>(RecordId);
template Result<RecordId> ActivityEditor::save<Training>(const Training&);
template Status ActivityEditor::remove<Training>(RecordId);
template Result<Event> ActivityEditor::load<Event>(RecordId);
template Result<RecordId> ActivityEditor::save<Event>(const Event&);
template Status ActivityEditor::remove<Event>(RecordId);
template Result<FundedProject> ActivityEditor::load<FundedProject>(RecordId);
template Result<RecordId> ActivityEditor::save<FundedProject>(const FundedProject&);
template Status ActivityEditor::remove<FundedProject>(RecordId);

} // namespace reper
