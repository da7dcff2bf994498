#pragma once
// The centre's own work: prevention campaigns and activities, and cooperation (protocols, action
// plans, team meetings, trainings, events, funded projects).
#include "core/Records.h"
#include "core/Result.h"
#include "storage/repositories/RecordWrite.h"

#include <QList>
#include <optional>

namespace reper {

class Store;

struct CampaignChoice
{
    RecordId id = 0;
    QString code;
    QString title;
};

class CampaignRepository
{
public:
    explicit CampaignRepository(Store& store)
        : m_store(store)
    {
    }
    // A campaign of the user's scope (outside it: not found).
    Result<std::optional<Campaign>> findByCode(const QString& code);
    // Any campaign's id: national campaigns are run by several centres, so an activity may refer to
    // another centre's campaign by code (an id reveals nothing of it).
    Result<std::optional<RecordId>> idByCode(const QString& code);
    Result<RecordId> add(const Campaign& c);
    // Every campaign, newest first, for a prevention activity's form: an activity may belong to any
    // centre's campaign.
    Result<QList<CampaignChoice>> choices();

private:
    Store& m_store;
};

class PreventionRepository
{
public:
    explicit PreventionRepository(Store& store)
        : m_store(store)
    {
    }
    Result<InsertOutcome> add(const PreventionActivity& p, const QByteArray& rowKey = {});

private:
    Store& m_store;
};

class CooperationRepository
{
public:
    explicit CooperationRepository(Store& store)
        : m_store(store)
    {
    }
    Result<InsertOutcome> add(const Protocol& p, const QByteArray& rowKey = {});
    Result<InsertOutcome> add(const ActionPlan& p, const QByteArray& rowKey = {});
    Result<InsertOutcome> add(const TeamMeeting& m, const QByteArray& rowKey = {});
    Result<InsertOutcome> add(const Training& t, const QByteArray& rowKey = {});
    Result<InsertOutcome> add(const Event& e, const QByteArray& rowKey = {});
    Result<std::optional<FundedProject>> findProjectByCode(const QString& code); // in the user's scope
    Result<bool> isProjectCodeTaken(const QString& code); // in or out of scope: codes are unique
    Result<RecordId> add(const FundedProject& f);

private:
    Store& m_store;
};

} // namespace reper
