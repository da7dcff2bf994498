#pragma once
// The key slots of a store, in `<store>.keys` beside the encrypted file: for each user, the master
// key sealed (XChaCha20-Poly1305) with a key derived from the user's password by Argon2id. Changing
// a password reseals one slot; the store itself is never re-encrypted for it. The file is written
// atomically (temporary file, fsync, rename) and travels with every backup.
// A slot may also seal, under the same password, the user's audit signing key, the public key that
// started the store's audit trail (its root of trust) and the "must change password" flag — all
// out of reach of someone who holds the master key but not the password (docs/security.md).
#include "core/Result.h"
#include "core/platform/Platform.h"
#include "storage/audit/AuditSigner.h"
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
    QByteArray sealed; // master key + MAC
    QDateTime created;
    bool mustChangePassword = false;
    // Optional (slots written before the audit trail have none): the signing secrets, sealed.
    QByteArray signPublic; // informational; the trail, not this field, says whose key it is
    QByteArray signNonce;
    QByteArray signSealed; // signing secret key (64) + trail root public key (32) + flags (1) + MAC
    bool hasSigningKey() const { return !signSealed.isEmpty(); }
};

// What a slot seals beside the master key.
struct SlotSigning
{
    AuditSigner signer;
    QByteArray rootPublicKey; // the key that started the store's audit trail
};

// What a password opens: the master key and, for slots that have them, the signing secrets.
struct UnlockedSlot
{
    MasterKey key;
    AuditSigner signer; // invalid for a slot without a signing key
    QByteArray rootPublicKey; // empty for such a slot
    bool mustChangePassword = false;
};

class KeyFile
{
public:
    static QString pathFor(const QString& storePath) { return storePath + QStringLiteral(".keys"); }

    static Result<KeyFile> load(const QString& path);
    Status save(const QString& path) const;

    const QString& storeId() const { return m_storeId; }
    void setStoreId(const QString& id) { m_storeId = id; }
    const QByteArray& keyCheck() const { return m_keyCheck; }
    void setKeyCheck(const QByteArray& check) { m_keyCheck = check; }
    const std::vector<KeySlot>& slots() const { return m_slots; }

    const KeySlot* slotFor(const QString& user) const;
    // Seals the master key for a user (replacing any slot of theirs).
    Status setSlot(const QString& user, const QString& password, const MasterKey& key, bool mustChange = false);
    // The same, also sealing the user's signing key and the trail's root key.
    Status setSlot(const QString& user, const QString& password, const MasterKey& key, const SlotSigning& signing,
                   bool mustChange);
    bool removeSlot(const QString& user);
    // The master key from a user's slot; an error for an unknown user or a wrong password alike.
    Result<MasterKey> unlock(const QString& user, const QString& password) const;
    // Everything the slot seals. A wrong password and an unknown user give the same error.
    Result<UnlockedSlot> unlockSlot(const QString& user, const QString& password) const;
    // True when `error` (from unlock/unlockSlot) means a wrong user name or password.
    static bool isWrongPassword(const Error& error);

private:
    Status writeSlot(const QString& user, const QString& password, const MasterKey& key, const SlotSigning* signing,
                     bool mustChange);
    QString m_storeId;
    QByteArray m_keyCheck;
    std::vector<KeySlot> m_slots;
};

} // namespace reper
