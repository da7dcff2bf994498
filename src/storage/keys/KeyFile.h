#pragma once
// The key slots of a store, in `<store>.keys` beside the encrypted file (docs/security.md §3).
// Version 2: each user has an X25519 key pair; their slot seals the secret half — with their audit
// signing key, the trail's root key and the "must change password" flag — under a key derived from
// their password by Argon2id (XChaCha20-Poly1305, bound to the store id and the user name), and the
// master key is sealed to the public half. So an administrator gives the master key to a new user,
// takes it away (a new master key sealed to the others: RekeyService) without knowing anyone's
// password, and the recovery key (an X25519 secret) opens its own sealed copy.
// A version-1 slot (the master key sealed under the password alone) is still read: it is upgraded at
// its user's next sign-in. Each slot, and the file's own fields, carry a checksum (BLAKE2b, not
// keyed: it tells damage from a wrong password, it is no protection against an editor — the AEAD
// is), so that a flipped byte says "damaged key file" rather than "wrong password". The file is written atomically,
// under an advisory lock, after the store transaction that records the change has committed.
#include "core/Result.h"
#include "core/platform/Platform.h"
#include "storage/audit/AuditSigner.h"
#include "storage/keys/BoxKeys.h"
#include "storage/keys/MasterKey.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace reper {

struct KeySlot
{
    QString user;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealed; // v2: flags, box secret, signing secret, root key (+ MAC); v1: master key (+ MAC)
    QDateTime created;
    bool mustChangePassword = false; // informational: the sealed flag decides
    // Version 2.
    QByteArray boxPublic; // the user's X25519 public key
    QByteArray master; // the master key sealed to boxPublic
    // Version 1 only (a slot written before the key pairs): the signing secrets, sealed.
    QByteArray signPublic;
    QByteArray signNonce;
    QByteArray signSealed;
    // Read from a file whose checksum of this slot did not match, or whose base64 was broken: the
    // slot is damaged, and a failed unlock is not a wrong password.
    bool damaged = false;
    bool isLegacy() const { return master.isEmpty(); }
};

// The master key sealed to the recovery key's public half.
struct RecoverySeal
{
    QByteArray boxPublic;
    QByteArray master;
    bool isEmpty() const { return master.isEmpty(); }
};

// What a slot seals beside the master key.
struct SlotSecrets
{
    BoxKeyPair box;
    AuditSigner signer;
    QByteArray rootPublicKey; // the key that started the store's audit trail
};

// What a password opens.
struct UnlockedSlot
{
    MasterKey key;
    BoxKeyPair box; // invalid for a version-1 slot
    AuditSigner signer; // invalid for a version-1 slot without a signing key
    QByteArray rootPublicKey; // empty for such a slot
    bool mustChangePassword = false;
    bool legacy = false;
};

class KeyFile
{
public:
    static constexpr int Version = 2;
    // Argon2id cost written into new slots, and the range a slot read from a file is clamped to (a
    // file naming 4 billion passes or a terabyte would otherwise hang or exhaust the machine).
    static constexpr quint64 OpsLimit = 3;
    static constexpr quint64 MemLimit = 64ull * 1024 * 1024;
    static constexpr quint64 MinOpsLimit = 2;
    static constexpr quint64 MaxOpsLimit = 12;
    static constexpr quint64 MinMemLimit = 16ull * 1024 * 1024;
    static constexpr quint64 MaxMemLimit = 1024ull * 1024 * 1024;

    static QString pathFor(const QString& storePath) { return storePath + QStringLiteral(".keys"); }
    // A key file written but not yet in place (a rekey or an upgrade between its two steps).
    static QString pendingPathFor(const QString& storePath) { return pathFor(storePath) + QStringLiteral(".pending"); }
    // Load, change and save happen under this lock, so two programs never undo each other's change.
    static Result<platform::FileLock> lock(const QString& storePath);

    static Result<KeyFile> load(const QString& path);
    Status save(const QString& path) const;
    // The store's key file held for a change: locked (lock()) for as long as this lives, and loaded.
    struct Held;
    static Result<Held> holdForChange(const QString& storePath);
    // The same form as text, for a slot kept elsewhere than in a file (a server's user_key row);
    // `origin` names it in messages.
    static Result<KeyFile> fromJson(const QByteArray& json, const QString& origin);
    QByteArray toJson() const;

    int version() const { return m_version; }
    const QString& storeId() const { return m_storeId; }
    void setStoreId(const QString& id) { m_storeId = id; }
    const QByteArray& keyCheck() const { return m_keyCheck; }
    void setKeyCheck(const QByteArray& check) { m_keyCheck = check; }
    const std::vector<KeySlot>& slots() const { return m_slots; }
    const RecoverySeal& recovery() const { return m_recovery; }

    const KeySlot* slotFor(const QString& user) const;
    // Seals `secrets` for a user under their password and the master key to their public key
    // (replacing any slot of theirs). The store id must be set first: the slot is bound to it.
    Status setSlot(const QString& user, const QString& password, const MasterKey& key, const SlotSecrets& secrets,
                   bool mustChange);
    // A new master key for a version-2 slot, sealed to its public key: no password needed.
    Status resealMaster(const QString& user, const MasterKey& key);
    bool removeSlot(const QString& user);
    // The master key sealed to the recovery key's public half.
    Status setRecovery(const QByteArray& recoveryPublic, const MasterKey& key);
    // The master key from the recovery seal, with the recovery key's pair.
    Result<MasterKey> openRecovery(const BoxKeyPair& recovery) const;

    // Everything a slot seals. A wrong password and an unknown user give the same error, after the
    // same work (an unknown name runs Argon2id too).
    Result<UnlockedSlot> unlockSlot(const QString& user, const QString& password) const;
    // True when `error` (from unlockSlot) means a wrong user name or password.
    static bool isWrongPassword(const Error& error);

private:
    Result<UnlockedSlot> unlockLegacy(const KeySlot& slot, const SecretBytes& derived) const;
    QByteArray associatedData(const QString& user) const;
    Error damagedSlot(const QString& user) const;
    Error damagedHeader() const;
    QString m_path; // where it was loaded from (for the messages)
    bool m_headerDamaged = false; // the store id, key check or recovery seal fail their checksum
    int m_version = Version;
    QString m_storeId;
    QByteArray m_keyCheck;
    RecoverySeal m_recovery;
    std::vector<KeySlot> m_slots;
};

struct KeyFile::Held
{
    platform::FileLock lock;
    KeyFile keys;
    QString path; // pathFor(the store)
};

} // namespace reper
