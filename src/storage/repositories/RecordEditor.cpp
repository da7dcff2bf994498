#include "RecordEditor.h"

#include "storage/repositories/EditSupport.h"
#include "storage/repositories/RecordTables.h"
#include "storage/repositories/VictimRepository.h"

namespace reper {

using namespace edit;

namespace {

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

// What a kind needs beyond its declared columns. An identification's forms of exploitation are rows
// of their own, in the order given; its primary form is the first one unless chosen.
template<typename R>
R prepared(const R& record)
{
    return record;
}
Identification prepared(const Identification& record)
{
    Identification i = record;
    if (i.primaryExploitation.isEmpty() && !i.exploitation.isEmpty())
        i.primaryExploitation = i.exploitation.first();
    return i;
}

template<typename R>
Result<InsertOutcome> addNew(Store& store, const R& record)
{
    return detail::addDeclared(store, record);
}
Result<InsertOutcome> addNew(Store& store, const Identification& record)
{
    return VictimRepository(store).addIdentification(record, {});
}

template<typename R>
Status readParts(Store&, R&)
{
    return Status::success();
}
Status readParts(Store& store, Identification& i)
{
    auto forms = store.db().prepare(
        QStringLiteral("SELECT form FROM identification_exploitation WHERE identification_id = ? ORDER BY position"));
    if (!forms)
        return forms.error();
    forms->bind(1, i.id);
    while (forms->next())
        i.exploitation << forms->text(0);
    if (forms->failed())
        return forms->error();
    return Status::success();
}

template<typename R>
Status writeParts(Store&, const R&)
{
    return Status::success();
}
Status writeParts(Store& store, const Identification& i)
{
    auto del
        = store.db().prepare(QStringLiteral("DELETE FROM identification_exploitation WHERE identification_id = ?"));
    if (!del)
        return del.error();
    if (auto s = del->bind(1, i.id).exec(); !s)
        return s;
    auto st = store.db().prepare(
        QStringLiteral("INSERT INTO identification_exploitation(identification_id, form, position) VALUES (?,?,?)"));
    if (!st)
        return st.error();
    for (int k = 0; k < i.exploitation.size(); ++k)
        if (auto s = st->bind(1, i.id).bind(2, i.exploitation[k]).bind(3, k).exec(); !s)
            return s;
    return Status::success();
}

} // namespace

template<typename R>
Result<R> RecordEditor::load(RecordId id)
{
    static_assert(isEditableRecord<R>);
    auto loaded = detail::loadDeclared<R>(m_store, id);
    if (!loaded)
        return loaded;
    if (auto s = readParts(m_store, *loaded); !s)
        return s.error();
    return loaded;
}

template<typename R>
Result<RecordId> RecordEditor::save(const R& input)
{
    const R record = prepared(input);
    return saveRecord(
        m_store, detail::recordTable<R>().table(), record.id, record.center,
        [&]() -> Result<RecordId> {
            // A new record is added as the import adds it, without a row key (it comes from no file).
            auto added = addNew(m_store, record);
            if (!added)
                return added.error();
            return added->id;
        },
        [&] {
            if (auto s = detail::updateDeclared(m_store, record); !s)
                return s;
            return writeParts(m_store, record);
        });
}

template<typename R>
Status RecordEditor::remove(RecordId id)
{
    if (auto s = mayRemove(m_store, R{}, id); !s)
        return s;
    return removeRecord(m_store, detail::recordTable<R>().table(), id);
}

// The kinds this editor serves.
template Result<Identification> RecordEditor::load<Identification>(RecordId);
template Result<RecordId> RecordEditor::save<Identification>(const Identification&);
template Status RecordEditor::remove<Identification>(RecordId);
template Result<Assistance> RecordEditor::load<Assistance>(RecordId);
template Result<RecordId> RecordEditor::save<Assistance>(const Assistance&);
template Status RecordEditor::remove<Assistance>(RecordId);
template Result<Repatriation> RecordEditor::load<Repatriation>(RecordId);
template Result<RecordId> RecordEditor::save<Repatriation>(const Repatriation&);
template Status RecordEditor::remove<Repatriation>(RecordId);
template Result<JudicialParticipation> RecordEditor::load<JudicialParticipation>(RecordId);
template Result<RecordId> RecordEditor::save<JudicialParticipation>(const JudicialParticipation&);
template Status RecordEditor::remove<JudicialParticipation>(RecordId);
template Result<MonitoringContact> RecordEditor::load<MonitoringContact>(RecordId);
template Result<RecordId> RecordEditor::save<MonitoringContact>(const MonitoringContact&);
template Status RecordEditor::remove<MonitoringContact>(RecordId);
template Result<Campaign> RecordEditor::load<Campaign>(RecordId);
template Result<RecordId> RecordEditor::save<Campaign>(const Campaign&);
template Status RecordEditor::remove<Campaign>(RecordId);
template Result<PreventionActivity> RecordEditor::load<PreventionActivity>(RecordId);
template Result<RecordId> RecordEditor::save<PreventionActivity>(const PreventionActivity&);
template Status RecordEditor::remove<PreventionActivity>(RecordId);
template Result<Protocol> RecordEditor::load<Protocol>(RecordId);
template Result<RecordId> RecordEditor::save<Protocol>(const Protocol&);
template Status RecordEditor::remove<Protocol>(RecordId);
template Result<ActionPlan> RecordEditor::load<ActionPlan>(RecordId);
template Result<RecordId> RecordEditor::save<ActionPlan>(const ActionPlan&);
template Status RecordEditor::remove<ActionPlan>(RecordId);
template Result<TeamMeeting> RecordEditor::load<TeamMeeting>(RecordId);
template Result<RecordId> RecordEditor::save<TeamMeeting>(const TeamMeeting&);
template Status RecordEditor::remove<TeamMeeting>(RecordId);
template Result<Training> RecordEditor::load<Training>(RecordId);
template Result<RecordId> RecordEditor::save<Training>(const Training&);
template Status RecordEditor::remove<Training>(RecordId);
template Result<Event> RecordEditor::load<Event>(RecordId);
template Result<RecordId> RecordEditor::save<Event>(const Event&);
template Status RecordEditor::remove<Event>(RecordId);
template Result<FundedProject> RecordEditor::load<FundedProject>(RecordId);
template Result<RecordId> RecordEditor::save<FundedProject>(const FundedProject&);
template Status RecordEditor::remove<FundedProject>(RecordId);

} // namespace reper
