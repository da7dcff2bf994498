#pragma once
// Reads, saves and removes one monitoring contact for the window: a new one through the repository
// the import uses; each save one transaction; every read and write asks the store's AccessPolicy.
#include "core/Records.h"
#include "core/Result.h"

namespace reper {

class Store;

class ContactEditor
{
public:
    explicit ContactEditor(Store& store)
        : m_store(store)
    {
    }

    Result<MonitoringContact> load(RecordId id);
    Result<RecordId> save(const MonitoringContact& m);
    Status remove(RecordId id);

private:
    Store& m_store;
};

} // namespace reper
