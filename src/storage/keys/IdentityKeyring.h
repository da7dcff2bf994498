#pragma once
// The centres' identity keys (docs/security.md §3): one X25519 pair per centre, its public half in
// the store (anyone who may write a victim may seal identity to it), its secret half sealed to each
// user who may see that centre's identity and to the recovery key. A keyring is what one session
// holds: the centre keys its user's box key (or the recovery key) opens, and the data keys it has
// opened or made. Each connection has its own (copies share the secret bytes).
#include "core/Result.h"
#include "storage/keys/BoxKeys.h"

#include <QHash>
#include <QList>
#include <optional>

namespace reper {

class Database;

class IdentityKeyring
{
public:
    // A new pair for each centre without one, sealed to the recovery key (a new store, an upgrade).
    static Status createMissing(Database& db, const QList<qint64>& centerIds, const QByteArray& recoveryPublic,
                                const QString& now);
    // The centre keys sealed to `box` (a user's key pair, or the recovery key's).
    Status load(Database& db, const BoxKeyPair& box);
    // Takes over centre keys another key of the same user was given (a key slot being upgraded):
    // opened with `from`, sealed anew to `to`, the old grants removed.
    Status moveGrants(Database& db, const BoxKeyPair& from, const QByteArray& to, qint64 userId, const QString& now);

    bool holds(qint64 centerId) const { return m_centers.contains(centerId); }
    QList<qint64> heldCenters() const { return m_centers.keys(); }
    bool isEmpty() const { return m_centers.isEmpty(); }
    const SecretBytes* tokenKey(qint64 centerId) const;
    void adopt(qint64 centerId, const SecretBytes& secret);

    // The national match key of duplicates across centres (security.md §3.9), opened by load() from
    // a held centre's sealed copy; nothing when this session holds none.
    const SecretBytes* matchKey() const { return m_match.isEmpty() ? nullptr : &m_match; }
    // With a centre key held: makes the match key when no centre has one yet (the first staff
    // sign-in after schema step 11) and seals it to every centre's public key that lacks it.
    Status ensureMatchKey(Database& db, const QString& now);

    // Seals a held centre key to `toKey` (a user's box key; user 0: the recovery key).
    Status grant(Database& db, qint64 centerId, qint64 userId, const QByteArray& toKey, const QString& now) const;
    // Every grant to a user goes (disabled, or given new keys by an administrator).
    static Status revokeUser(Database& db, qint64 userId);

    // The data key a new identity of `centerId` is encrypted with: made (and sealed to the centre's
    // public key) on first use in this session, reused while its row is there.
    Result<std::pair<qint64, SecretBytes>> writingKey(Database& db, qint64 centerId);
    // The data key `id` (sealed `sealed` to `centerId`'s key), when this session holds that centre's key.
    std::optional<SecretBytes> dataKey(qint64 id, qint64 centerId, const QByteArray& sealed);

private:
    Status loadMatchKey(Database& db);
    struct Center
    {
        BoxKeyPair pair;
        SecretBytes tokenKey;
    };
    struct Writing
    {
        qint64 id = 0;
        QByteArray sealed;
        SecretBytes key;
    };
    QHash<qint64, Center> m_centers;
    QHash<qint64, Writing> m_writing; // by centre
    QHash<QByteArray, SecretBytes> m_opened; // by the sealed value
    SecretBytes m_match;
};

} // namespace reper
