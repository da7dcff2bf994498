#pragma once
// Reads, saves and removes one assistance, repatriation or judicial-support record for the window.
// New records go through the repositories the import uses; each save is one transaction and every
// read and write asks the store's AccessPolicy.
#include "core/Records.h"
#include "core/Result.h"

namespace reper {

class Store;

class CaseEditor
{
public:
    explicit CaseEditor(Store& store)
        : m_store(store)
    {
    }

    Result<Assistance> loadAssistance(RecordId id);
    Result<Repatriation> loadRepatriation(RecordId id);
    Result<JudicialParticipation> loadJudicial(RecordId id);

    Result<RecordId> save(const Assistance& a);
    Result<RecordId> save(const Repatriation& r);
    Result<RecordId> save(const JudicialParticipation& j);

    Status removeAssistance(RecordId id);
    Status removeRepatriation(RecordId id);
    Status removeJudicial(RecordId id);

private:
    Store& m_store;
};

} // namespace reper
