#pragma once
// What a store opened by a person carries besides the data: their signing key and the trail it
// signs, the trail's root key from their slot, the identity keys their key pair opens, the login
// that is recorded, the failed logins noted while the store was closed, the lock screen's password
// check, the hand-over of centre keys to colleagues, and the retention run that is due. Store owns
// one; it is the seam between keys, lockout and the audit trail.
#include "core/Result.h"
#include "storage/audit/AuditTrail.h"
#include "storage/keys/KeyFile.h"

#include <memory>

namespace reper {

class Clock;
class KeysUpgrade;
class LoginGuard;
class PgChangeFeed;
class PgUrl;
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
    // The key that started the trail, as the user's own slot seals it.
    const QByteArray& rootPublicKey() const { return m_root; }
    // The user's X25519 pair (invalid in a session opened with the recovery key).
    const BoxKeyPair& box() const { return m_box; }
    void setBox(const BoxKeyPair& box) { m_box = box; }
    // Another connection of the same session (Store::openAnotherConnection): the same signing key
    // and root key, so a trail check on a worker thread anchors where the UI thread's would.
    void shareKeysOf(const SecuritySession& other);

    // A new store: its first user's key starts the trail ("store.created", self-signed, with their
    // public key pair and the recovery key's public half).
    Status beginNewStore(const AuditSigner& signer, const BoxKeyPair& box, const QByteArray& recoveryPublic);
    // After a password opened the slot: the user's signing key — refused when the slot has none
    // while the trail exists, or holds a key the trail retired or never introduced —, a slot of the
    // old kind rewritten as a key pair, the identity keys, the failures the guard noted, the login,
    // the keys colleagues wait for, the names to index, and the retention when it is due.
    Status beginWithPassword(const UnlockedSlot& slot, const QString& password, LoginGuard& guard,
                             KeysUpgrade* upgrade);
    // A store on a server (docs/server.md): signs in as the login role of `url`'s user with their
    // password (SCRAM; the address's TLS rules, PgUrl), loads that user from the server's user table
    // and opens their keys from their slot there. Nothing is kept beside the program: no key file,
    // no lockout file (the server authenticates). Here rather than on Store, whose header most of
    // the program includes. StoreOnServer.cpp.
    static Result<std::unique_ptr<Store>> connect(const PgUrl& url, const QString& password, const Clock& clock);
    // Another connection to the same server as the same user, with the same keys (what
    // Store::openAnotherConnection gives background work on a server).
    static Result<std::unique_ptr<Store>> connectAgain(const Store& other);
    // What other users commit on the server of `store`, as it happens (PgChangeFeed: a connection
    // of its own as the same user), leaving out what `store`'s own session commits. An error on a
    // local file.
    static Result<std::unique_ptr<PgChangeFeed>> openChangeFeed(const Store& store);
    // Whether `store` is on a server (its path() is then the address, without a password).
    static bool onServer(const Store& store);
    // Signed in to a server (connect): the user's keys from their slot on the server, opened
    // with `password`; the first administrator's key starts the trail of a new server store
    // ("store.created", self-signed). Then the login entry.
    Status beginOnServer(const QString& password);
    // Opened with the recovery key: a new signing key and key pair for the user, introduced by
    // themselves ("key.recovered"); what the new slot must seal is returned.
    Result<SlotSecrets> beginRecovered();
    // The lock screen: checks the password against the user's slot, counts failures, records both.
    Status reauthenticate(const QString& password);
    // Pending record changes are signed before the store closes.
    void close();

private:
    Result<qint64> currentKeyIdOf(const QByteArray& publicKey);
    Result<QByteArray> trailRootKey();
    Status recordGuardNotes(LoginGuard& guard);
    Result<BoxKeyPair> upgradeOldSlot(const UnlockedSlot& slot, const QString& password);
    void openPendingRecoveryKey();
    Status afterLogin();

    Store& m_store;
    AuditTrail m_trail;
    QByteArray m_root;
    BoxKeyPair m_box;
};

} // namespace reper
