#pragma once
// What an administrator gives a user who is added or given a temporary password, on a local file
// and on a server alike: the "user added" entry, and a fresh signing key and key pair introduced in
// the audit trail by the acting administrator (docs/security.md §3). Whoever knew an old password
// signs nothing more once the new key is in the trail.
#include "core/Result.h"
#include "core/StoreUser.h"
#include "storage/audit/AuditEntry.h"
#include "storage/audit/AuditSigner.h"
#include "storage/keys/BoxKeys.h"

#include <QStringList>

namespace reper {

class AuditTrail;

struct FreshUserKeys
{
    AuditSigner signer;
    BoxKeyPair box;
};

// The audit entry of a user added with these roles to this centre ("" for national).
AuditEvent userAddedEvent(const StoreUser& user, const QStringList& roles, const QString& center);

// A new signing key and key pair for the user, the signing key registered in the trail with the
// reason given ("new user", "password reset", …) and the pair's public half.
Result<FreshUserKeys> introduceFreshKeys(AuditTrail& trail, const StoreUser& user, const QString& reason);

} // namespace reper
