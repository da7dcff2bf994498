#pragma once
// What a store opened by a person carries besides the data: their signing key and the trail it
// signs, the trail's root key from their slot, the login that is recorded, the failed logins noted
// while the store was closed, the lock screen's password check, and the retention run that is due.
// Store owns one; it is the seam between keys, lockout and the audit trail.
#include "core/Result.h"
#include "storage/audit/AuditTrail.h"
#include "storage/keys/KeyFile.h"

namespace reper {

class LoginGuard;
class Store;

class SecuritySession
{
public:
    explicit SecuritySession(Store& store)
        : m_store(store)
        , m_trail(store)
    {
    }

    AuditTrail& trail() { return m_trail; }
    // The key that started the trail, as the user's own slot seals it (empty for an old slot).
    const QByteArray& rootPublicKey() const { return m_root; }
    // Another connection of the same session (Store::openAnotherConnection): the same signing key
    // and root key, so a trail check on a worker thread anchors where the UI thread's would.
    void shareKeysOf(const SecuritySession& other);

    // A new store: its first user's key starts the trail ("store.created", self-signed).
    Status beginNewStore(const AuditSigner& signer);
    // After a password opened the slot: install (or, for an old slot, create and register) the
    // user's key, carry the failures the guard noted into the trail, record the login, and run the
    // retention when it is due.
    Status beginWithPassword(const UnlockedSlot& slot, const QString& password, LoginGuard& guard);
    // Opened with the recovery key: a new key for the user, introduced by itself ("key.recovered");
    // what the new slot must seal is returned.
    Result<SlotSigning> beginRecovered();
    // The lock screen: checks the password against the user's slot, counts failures, records both.
    Status reauthenticate(const QString& password);
    // Pending record changes are signed before the store closes.
    void close();

private:
    Result<qint64> keyIdOf(const QByteArray& publicKey);
    Result<QByteArray> trailRootKey();
    Status recordGuardNotes(LoginGuard& guard);

    Store& m_store;
    AuditTrail m_trail;
    QByteArray m_root;
};

} // namespace reper
