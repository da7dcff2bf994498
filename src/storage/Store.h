#pragma once
// An open store: the encrypted database, its key, the reference data and the user acting on it.
// Creating a store makes a random master key, the recovery key, a key pair for each centre's
// identity and the first user's key slot; opening one unlocks a user's slot (or takes the recovery
// key), checks the cipher, migrates, and opens the identity keys the user holds (docs/security.md).
#include "core/AccessPolicy.h"
#include "core/Result.h"
#include "storage/engine/Database.h"
#include "storage/keys/IdentityKeyring.h"
#include "storage/keys/MasterKey.h"
#include "storage/repositories/ReferenceRepository.h"
#include "storage/repositories/UserRepository.h"

#include <QStringList>
#include <memory>

namespace reper {

class AuditTrail;
class Clock;
class IdentityVault;
class KeysUpgrade;
class SecuritySession;
struct ServerSignIn;

class Store
{
public:
    struct Created;

    // A new store at `path` (refused if a file is there) whose first user is administrator and
    // national coordinator. The recovery key is returned once and is stored nowhere.
    static Result<Created> create(const QString& path, const QString& adminName, const QString& password,
                                  const Clock& clock);
    // Reading: a session that only reads (a report, a verify, an export) and must not wait behind a
    // writer — its audit entries are queued while another connection writes (AuditTrail).
    enum class Purpose { Changes, Reading };
    static Result<std::unique_ptr<Store>> open(const QString& path, const QString& user, const QString& password,
                                               const Clock& clock, Purpose purpose = Purpose::Changes);
    // Opens with the recovery key (every password forgotten): the store key from the key file's copy
    // sealed to the recovery key, and every centre's identity key. The acting user must exist.
    // A backup or a restore killed half way at `path` is finished (open() does it first); a message
    // for the user when it did something.
    static QString settleInterruptedWork(const QString& path);
    static Result<std::unique_ptr<Store>> openWithRecoveryKey(const QString& path, QStringView recoveryKey,
                                                              const QString& user, const Clock& clock);
    // A second connection to an open store for another thread: same key, same user, same signing
    // key, the same identity keys; no second login is recorded.
    static Result<std::unique_ptr<Store>> openAnotherConnection(const Store& store);
    ~Store();

    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    const MasterKey& key() const { return m_key; }
    const StoreUser& user() const { return m_user; }
    // What the acting user may see and change; repositories ask it (on every imported row: kept,
    // not rebuilt per call).
    const AccessPolicy& access() const { return m_access; }
    // The audit trail, signing as the acting user (docs/security.md).
    AuditTrail& audit();
    SecuritySession& security() { return *m_security; }
    // Where identity is read and written (VictimRepository, exports, the name search).
    IdentityVault& identity() { return *m_vault; }
    // The centres' identity keys this session holds.
    IdentityKeyring& identityKeys() { return m_keyring; }
    // The lock screen: the acting user's password again. Wrong passwords count towards the lockout
    // and every attempt is recorded.
    Status reauthenticate(const QString& password);
    // A temporary password (after add or reset) must be changed before anything else.
    bool mustChangePassword() const { return m_user.mustChangePassword; }
    const Clock& clock() const { return m_clock; }
    ReferenceRepository& reference() { return m_reference; }
    QString storeId();

    // The store's keys were upgraded to key pairs when this administrator opened it: the new recovery
    // key, to be shown and written down; it is kept (sealed to this administrator) until
    // acknowledgeRecoveryKey(), so a program that stops before showing it shows it next time.
    const QString& newRecoveryKey() const { return m_newRecoveryKey; }
    // What opening did to files a kill had left half way (a restore finished): to be shown once.
    const QStringList& notices() const { return m_notices; }
    Status acknowledgeRecoveryKey();

    // "YYYY-MM-DD HH:MM:SS" in UTC, for the created_at/updated_at columns. Formatted at most once
    // a second: an import asks for it on every row.
    QString timestamp() const;

private:
    friend class UserService; // clears mustChangePassword once the password is changed
    friend class RekeyService; // replaces the key after a rekey
    friend class SecuritySession;
    Store(std::unique_ptr<Database> db, QString path, MasterKey key, const Clock& clock);
    static Result<std::unique_ptr<Store>> openWithKey(const QString& path, const MasterKey& key, const QString& user,
                                                      const Clock& clock, KeysUpgrade* upgrade);
    // A key file left half-way by a rekey or an upgrade (`.keys.pending`) is put in place when it
    // opens this store, removed otherwise.
    static void settlePendingKeys(const QString& path, const QString& user, const QString& password);

    std::unique_ptr<Database> m_db;
    QString m_path;
    MasterKey m_key;
    const Clock& m_clock;
    ReferenceRepository m_reference;
    StoreUser m_user;
    AccessPolicy m_access{StoreUser{}};
    IdentityKeyring m_keyring;
    std::unique_ptr<IdentityVault> m_vault;
    QString m_newRecoveryKey;
    QStringList m_notices;
    void setUser(StoreUser user)
    {
        m_user = std::move(user);
        m_access = AccessPolicy(m_user);
    }
    mutable QString m_timestamp;
    mutable qint64 m_timestampSecond = -1;
    std::shared_ptr<const ServerSignIn> m_signIn; // on a server: how to sign in again (ServerSignIn.h)
    std::unique_ptr<SecuritySession> m_security; // last: goes first, while the connection is open
};

struct Store::Created
{
    std::unique_ptr<Store> store;
    QString recoveryKey;
};

} // namespace reper
