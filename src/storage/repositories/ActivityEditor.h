#pragma once
// Reads, saves and removes one record of a centre's own work (campaigns, prevention activities,
// protocols, action plans, team meetings, trainings, events, funded projects) for the window.
// Each save is one transaction; every read and write asks the store's AccessPolicy.
#include "core/Records.h"
#include "core/Result.h"

#include <QList>

namespace reper {

class Store;

struct CampaignChoice
{
    RecordId id = 0;
    QString code;
    QString title;
};

class ActivityEditor
{
public:
    explicit ActivityEditor(Store& store)
        : m_store(store)
    {
    }

    Result<Campaign> loadCampaign(RecordId id);
    Result<PreventionActivity> loadPrevention(RecordId id);
    Result<Protocol> loadProtocol(RecordId id);
    Result<ActionPlan> loadActionPlan(RecordId id);
    Result<TeamMeeting> loadTeamMeeting(RecordId id);
    Result<Training> loadTraining(RecordId id);
    Result<Event> loadEvent(RecordId id);
    Result<FundedProject> loadFundedProject(RecordId id);

    Result<RecordId> save(const Campaign& c);
    Result<RecordId> save(const PreventionActivity& p);
    Result<RecordId> save(const Protocol& p);
    Result<RecordId> save(const ActionPlan& p);
    Result<RecordId> save(const TeamMeeting& m);
    Result<RecordId> save(const Training& t);
    Result<RecordId> save(const Event& e);
    Result<RecordId> save(const FundedProject& f);

    // table: campaign, prevention_activity, protocol, action_plan, team_meeting, training, event,
    // funded_project. A campaign with activities is not removed.
    Status remove(const char* table, RecordId id);

    // Every campaign, newest first: a prevention activity may belong to any centre's campaign.
    Result<QList<CampaignChoice>> campaignChoices();

private:
    Store& m_store;
};

} // namespace reper
