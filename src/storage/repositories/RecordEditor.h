#pragma once
// Reads, saves and removes one record for the window: a victim's identification (with its forms
// of exploitation), assistance, repatriation, support in criminal proceedings or monitoring contact, or a record of the
// centre's own work (campaigns, prevention activities, protocols, action plans, team meetings, trainings, events,
// funded projects). The record's type names its kind, never a table name; its columns are declared
// once (RecordTables.h) for the import and the window alike, and a new record goes through the
// import's path. Each save is one transaction; every read and write asks the store's AccessPolicy.
// The victim, whose identity is sealed apart, has VictimEditor.
#include "core/Records.h"
#include "core/Result.h"

#include <type_traits>

namespace reper {

class Store;

template<typename R, typename... Kinds>
inline constexpr bool isOneOf = (std::is_same_v<R, Kinds> || ...);

// The kinds RecordEditor serves (its templates are instantiated for these only).
template<typename R>
inline constexpr bool isEditableRecord
    = isOneOf<R, Identification, Assistance, Repatriation, JudicialParticipation, MonitoringContact, Campaign,
              PreventionActivity, Protocol, ActionPlan, TeamMeeting, Training, Event, FundedProject>;

class RecordEditor
{
public:
    explicit RecordEditor(Store& store)
        : m_store(store)
    {
    }

    template<typename R>
    Result<R> load(RecordId id);
    template<typename R>
    Result<RecordId> save(const R& record);
    // A campaign with prevention activities is not removed.
    template<typename R>
    Status remove(RecordId id);

private:
    Store& m_store;
};

} // namespace reper
