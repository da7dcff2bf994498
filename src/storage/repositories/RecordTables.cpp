#include "RecordTables.h"

namespace reper::detail {

namespace {
template<typename R>
using Key = typename RecordTable<R>::Key;
} // namespace

// The victim's statistical columns; the identity is sealed apart (IdentityVault), and the birth year
// is the birth date's year when there is one (the table checks it; the editor fills it in).
template<>
const RecordTable<Victim>& recordTable<Victim>()
{
    using V = Victim;
    static const RecordTable<V> t("victim", Key<V>::Code,
                                  {codeColumn<&V::code>("code"), column<&V::sex>("sex"),
                                   column<&V::birthDate>("birth_date"), column<&V::birthYear>("birth_year"),
                                   column<&V::citizenship>("citizenship"), column<&V::county>("county"),
                                   column<&V::residenceEnv>("residence_env"), column<&V::education>("education")});
    return t;
}

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

// The forms of exploitation are rows of their own (identification_exploitation), written with the
// record by VictimRepository and RecordEditor.
template<>
const RecordTable<Identification>& recordTable<Identification>()
{
    using I = Identification;
    static const RecordTable<I> t(
        "identification", Key<I>::RowKey,
        {column<&I::victimId>("victim_id"), column<&I::notificationDate>("notification_date"),
         column<&I::identificationDate>("identification_date"), column<&I::mnirStatus>("mnir_status"),
         column<&I::institution>("institution"), column<&I::scope>("scope"),
         column<&I::primaryExploitation>("primary_exploitation"), column<&I::attempt>("attempt"),
         column<&I::exploitationCountry>("exploitation_country"), column<&I::recruitment>("recruitment"),
         column<&I::recruiterRelation>("recruiter_relation")});
    return t;
}

template<>
const RecordTable<Assistance>& recordTable<Assistance>()
{
    using A = Assistance;
    static const RecordTable<A> t("assistance", Key<A>::RowKey,
                                  {column<&A::victimId>("victim_id"), column<&A::service>("service"),
                                   column<&A::provider>("provider"), column<&A::startDate>("start_date"),
                                   column<&A::endDate>("end_date")});
    return t;
}

template<>
const RecordTable<Repatriation>& recordTable<Repatriation>()
{
    using R = Repatriation;
    static const RecordTable<R> t("repatriation", Key<R>::RowKey,
                                  {column<&R::victimId>("victim_id"), column<&R::fromCountry>("from_country"),
                                   column<&R::requestDate>("request_date"), column<&R::arrivalDate>("arrival_date"),
                                   column<&R::entryPoint>("entry_point"), column<&R::status>("status")});
    return t;
}

template<>
const RecordTable<JudicialParticipation>& recordTable<JudicialParticipation>()
{
    using J = JudicialParticipation;
    static const RecordTable<J> t("judicial", Key<J>::RowKey,
                                  {column<&J::victimId>("victim_id"), column<&J::date>("date"),
                                   column<&J::caseRef>("case_ref"), column<&J::body>("body"),
                                   column<&J::stage>("stage"), column<&J::role>("role"), column<&J::support>("support"),
                                   column<&J::hearingDate>("hearing_date")});
    return t;
}

template<>
const RecordTable<MonitoringContact>& recordTable<MonitoringContact>()
{
    using M = MonitoringContact;
    static const RecordTable<M> t("monitoring_contact", Key<M>::RowKey,
                                  {column<&M::victimId>("victim_id"), column<&M::date>("date"),
                                   column<&M::kind>("kind"), column<&M::withWhom>("with_whom"),
                                   column<&M::outcome>("outcome"), column<&M::nextDate>("next_date")});
    return t;
}

} // namespace reper::detail
