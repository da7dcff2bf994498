#pragma once
// Handing a centre's identity key to the users who may see that centre's identity (docs/security.md
// §3): a session that holds the key — a colleague of that centre at sign-in, or an administrator
// with the recovery key — seals it to each entitled user who has a key of their own and lacks it.
// Entitled and whose key: as the verified audit trail says (KeyDirectory), never as the users table
// alone says, so someone who edits that table with the store key gets nothing. Every hand-over is
// an entry of the trail ("identity.key_granted").
#include "core/Result.h"

#include <QStringList>

namespace reper {

class IdentityKeyring;
class Store;

struct HandOver
{
    QStringList granted; // "user (CR-XX)"
    QStringList waiting; // entitled users who have no key of their own yet (temporary password)
};

class IdentityGrants
{
public:
    explicit IdentityGrants(Store& store)
        : m_store(store)
    {
    }
    // Hands every centre key `keys` holds to the users of that centre who lack it, in a transaction
    // of its own (call it outside one). Checking the trail costs a pass over it, so it runs only when
    // someone is waiting.
    Result<HandOver> handOver(const IdentityKeyring& keys);
    // With the recovery key (an administrator's session): every centre's key to whoever lacks it.
    Result<HandOver> handOverWithRecoveryKey(QStringView recoveryKey);

private:
    Store& m_store;
};

} // namespace reper
