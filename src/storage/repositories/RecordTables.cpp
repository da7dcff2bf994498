#include "RecordTables.h"

namespace reper::detail {

namespace {
template<typename R>
using Key = typename RecordTable<R>::Key;
} // namespace

template<>
const RecordTable<Campaign>& recordTable<Campaign>()
{
    static const RecordTable<Campaign> t(
        "campaign", Key<Campaign>::Code,
        {codeColumn<&Campaign::code>("code"), column<&Campaign::title>("title"), column<&Campaign::level>("level"),
         column<&Campaign::funding>("funding"), column<&Campaign::funder>("funder"),
         column<&Campaign::startDate>("start_date"), column<&Campaign::endDate>("end_date"),
         searchKeyColumn<&Campaign::title>("search_key")});
    return t;
}

template<>
const RecordTable<PreventionActivity>& recordTable<PreventionActivity>()
{
    using P = PreventionActivity;
    static const RecordTable<P> t("prevention_activity", Key<P>::RowKey,
                                  {column<&P::date>("date"), column<&P::county>("county"),
                                   referenceColumn<&P::campaignId>("campaign_id"), column<&P::type>("type"),
                                   column<&P::targetGroup>("target_group"), column<&P::participants>("participants"),
                                   column<&P::materials>("materials"), column<&P::onlineReach>("online_reach")});
    return t;
}

template<>
const RecordTable<Protocol>& recordTable<Protocol>()
{
    static const RecordTable<Protocol> t(
        "protocol", Key<Protocol>::RowKey,
        {column<&Protocol::signedDate>("signed_date"), column<&Protocol::partner>("partner")});
    return t;
}

template<>
const RecordTable<ActionPlan>& recordTable<ActionPlan>()
{
    static const RecordTable<ActionPlan> t(
        "action_plan", Key<ActionPlan>::RowKey,
        {column<&ActionPlan::date>("date"), column<&ActionPlan::partner>("partner")});
    return t;
}

template<>
const RecordTable<TeamMeeting>& recordTable<TeamMeeting>()
{
    static const RecordTable<TeamMeeting> t("team_meeting", Key<TeamMeeting>::RowKey,
                                            {column<&TeamMeeting::date>("date"), column<&TeamMeeting::county>("county"),
                                             column<&TeamMeeting::attendees>("attendees")});
    return t;
}

template<>
const RecordTable<Training>& recordTable<Training>()
{
    static const RecordTable<Training> t(
        "training", Key<Training>::RowKey,
        {column<&Training::date>("date"), column<&Training::county>("county"), column<&Training::audience>("audience"),
         column<&Training::participants>("participants"), column<&Training::topic>("topic")});
    return t;
}

template<>
const RecordTable<Event>& recordTable<Event>()
{
    static const RecordTable<Event> t("event", Key<Event>::RowKey,
                                      {column<&Event::date>("date"), column<&Event::type>("type"),
                                       column<&Event::role>("role"), column<&Event::title>("title")});
    return t;
}

template<>
const RecordTable<FundedProject>& recordTable<FundedProject>()
{
    using F = FundedProject;
    static const RecordTable<F> t("funded_project", Key<F>::Code,
                                  {codeColumn<&F::code>("code"), column<&F::title>("title"),
                                   column<&F::funder>("funder"), column<&F::focus>("focus"),
                                   column<&F::startDate>("start_date"), column<&F::endDate>("end_date")});
    return t;
}

} // namespace reper::detail
