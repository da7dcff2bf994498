#pragma once
// Reads, saves and removes one record of a centre's own work (campaigns, prevention activities,
// protocols, action plans, team meetings, trainings, events, funded projects) for the window.
// The record's type names its kind (never a table name); its columns are declared once
// (RecordTables.h), for the import and the window alike. Each save is one transaction; every read
// and write asks the store's AccessPolicy.
#include "core/Records.h"
#include "core/Result.h"

#include <QList>
#include <type_traits>

namespace reper {

class Store;

struct CampaignChoice
{
    RecordId id = 0;
    QString code;
    QString title;
};

// The kinds ActivityEditor serves (its templates are instantiated for these only).
template<typename R>
inline constexpr bool isActivityRecord
    = std::is_same_v<
          R,
          Campaign> || std::is_same_v<R, PreventionActivity> || std::is_same_v<R, Protocol> || std::is_same_v<R, ActionPlan> || std::is_same_v<R, TeamMeeting> || std::is_same_v<R, Training> || std::is_same_v<R, Event> || std::is_same_v<R, FundedProject>;

class ActivityEditor
{
public:
    explicit ActivityEditor(Store& store)
        : m_store(store)
    {
    }

    template<typename R>
    Result<R> load(RecordId id);
    template<typename R>
    Result<RecordId> save(const R& record);
    // A campaign with activities is not removed.
    template<typename R>
    Status remove(RecordId id);

    // Every campaign, newest first: a prevention activity may belong to any centre's campaign.
    Result<QList<CampaignChoice>> campaignChoices();

private:
    Store& m_store;
};

} // namespace reper
