#pragma once
// Upgrading a store whose key file is of version 1 (every slot sealing the one master key under a
// password) to key pairs and sealed identity (docs/security.md §3). It runs when an administrator
// opens such a store with their password, inside schema step 6's transaction, after the usual
// backup: a recovery key and a key pair per centre are made, every identity row is encrypted and
// indexed and the plain table dropped (with secure_delete, so its pages are overwritten), the
// administrator's slot is rewritten as a key pair, and the new key file is written beside the old
// one (`.keys.pending`) — put in place once the transaction has committed. Each centre's key is also
// sealed to the current signing key (converted to X25519) of each of that centre's users, so their
// old slots receive it at their next sign-in; other users keep their old slots until then.
#include "core/Result.h"
#include "storage/keys/IdentityKeyring.h"
#include "storage/keys/KeyFile.h"

namespace reper {

class Clock;
class Database;
class Store;

class KeysUpgrade
{
public:
    KeysUpgrade(QString storePath, QString user, QString password, UnlockedSlot slot, KeyFile keys, const Clock& clock);

    // Whether the key file is of the old kind.
    static bool neededFor(const KeyFile& keys) { return keys.recovery().isEmpty(); }
    // Whether the acting user may upgrade (an administrator), asked before anything is done.
    Status mayUpgrade(Database& db) const;
    // Schema step 6, inside its transaction (Migrator's finishStep); nothing for other steps.
    Status finishSchemaStep(Database& db, int version);
    bool ran() const { return m_ran; }
    // After the commit: the new key file in place.
    Status putKeyFileInPlace();
    // After the login: the upgrade in the audit trail, and each centre's key to the old slots of
    // its users (through their signing keys).
    Status record(Store& store);

    const BoxKeyPair& box() const { return m_box; }
    // The administrator's slot as the upgrade sealed it (a store older than the trail: a new signing key).
    const UnlockedSlot& slot() const { return m_slot; }
    const QString& recoveryKey() const { return m_recoveryText; }

private:
    QString m_storePath;
    QString m_user;
    QString m_password;
    UnlockedSlot m_slot;
    KeyFile m_keys;
    const Clock& m_clock;
    bool m_ran = false;
    BoxKeyPair m_box;
    BoxKeyPair m_recovery;
    QString m_recoveryText;
    IdentityKeyring m_all; // every centre's key, while the upgrade lasts
};

} // namespace reper
