#pragma once
// A victim's case (issue 10): read with the victim, its state and closing changed by whoever keeps
// the victim's records, its case worker given by a coordinator of the centre. The case itself is made
// with the victim (schema step 8); every change is staged for the audit trail by the schema's
// triggers and signed in the same transaction.
#include "core/Records.h"
#include "core/Result.h"
#include "core/StoreUser.h"

#include <QList>

namespace reper {

class Store;

class CaseRepository
{
public:
    explicit CaseRepository(Store& store)
        : m_store(store)
    {
    }

    Result<VictimCase> forVictim(RecordId victimId);
    // Saves status, dates, closing and case worker of an existing case (c.id).
    Status save(const VictimCase& c);
    // Who may be the case worker of a case of `center`: its operators and coordinators, not disabled.
    Result<QList<StoreUser>> caseWorkers(const QString& center);

private:
    Store& m_store;
};

} // namespace reper
