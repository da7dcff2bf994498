#pragma once
// Checks a store's audit trail from its first entry to its last: the numbering, each entry's hash
// over its content and the previous hash, each signature, and that every signing key was introduced
// by an earlier entry signed by a key the trail already trusted — starting from the key the store
// was created with, as the verifying user's own key slot seals it. Someone holding only the master
// key can edit the table, but cannot make these checks pass. Cutting entries off the end is caught
// against a head recorded elsewhere: a backup, its head file or a report footer (`against`).
#include "core/Result.h"
#include "storage/audit/AuditEntry.h"

#include <QStringList>
#include <optional>

namespace reper {

class MasterKey;
class Store;

struct AuditVerifyReport
{
    bool ok = true;
    // The trail itself holds: numbered, chained, every entry signed by a key the trail introduced,
    // starting from the root key of the verifying session's slot (when it has one). What the
    // session's own key or a head kept elsewhere adds is in `ok`.
    bool trailHolds = false;
    QStringList lines; // "ok: …" / "FAILED: …"
    QStringList notices; // things a person should look at: keys set with the recovery key, …
    qint64 entries = 0;
    AuditHead head;
};

class AuditVerifier
{
public:
    explicit AuditVerifier(Store& store)
        : m_store(store)
    {
    }

    // `against`: a head recorded elsewhere that this trail must contain; `againstName` names it.
    AuditVerifyReport verify(const std::optional<AuditHead>& against = {}, const QString& againstName = {});

    // The head recorded in FILE: a backup of this store (opened with `key`), or a text holding a
    // head ("SEQ:HEX", as in a backup's .head file or a report footer).
    static Result<AuditHead> headOf(const QString& file, const MasterKey& key);

private:
    Store& m_store;
};

} // namespace reper
