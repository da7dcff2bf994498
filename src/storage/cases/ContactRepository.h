#pragma once
// Monitoring contacts (issue 10 §2; schema step 8): adding one (the import and the window), and the
// rows of an export (monitoring_contacts.csv), within the acting user's centre scope.
#include "core/Records.h"
#include "core/Result.h"
#include "storage/repositories/RecordWrite.h"

#include <QList>

namespace reper {

class Store;

// A contact with its victim's code, as the interchange file has it.
struct ContactRow
{
    QString victimCode;
    MonitoringContact contact;
};

class ContactRepository
{
public:
    explicit ContactRepository(Store& store)
        : m_store(store)
    {
    }
    Result<InsertOutcome> add(const MonitoringContact& m, const QByteArray& rowKey = {});
    // Every contact the user may read (of `center` only, when given), oldest first.
    Result<QList<ContactRow>> exportRows(const QString& center = {});

private:
    Store& m_store;
};

} // namespace reper
