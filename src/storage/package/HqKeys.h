#pragma once
// Headquarters' key pair for centre packages (issue 9): an X25519 pair (libsodium sealed boxes) that
// centres seal their packages to. HQ.pub is the public half and HQ's id, given to every centre;
// HQ.key holds the secret half sealed under a password (Argon2id, XChaCha20-Poly1305) and stays at
// headquarters. Both are small text files:
//   HQ.pub  "reper-hq-public 1", the id (16 hex digits of the key's BLAKE2b hash), the key in base64
//   HQ.key  "reper-hq-secret 1", the id, the public key, the salt, the nonce, the sealed secret key
#include "core/Result.h"
#include "storage/keys/BoxKeys.h"

#include <QByteArray>
#include <QString>

namespace reper {

struct HqPublicKey
{
    QString id;
    QByteArray publicKey;
    // Groups of four hex digits of the key's SHA-256, for reading aloud over the telephone.
    QString fingerprint() const;
};

struct HqKeyFiles
{
    QByteArray publicFile;
    QByteArray secretFile;
    HqPublicKey key;
};

class HqKeys
{
public:
    // A new pair; the secret half sealed under `password` (at least 12 characters).
    static Result<HqKeyFiles> generate(const QString& password);
    static Result<HqPublicKey> readPublic(const QByteArray& file);
    // The pair from HQ.key; a wrong password or an altered file opens nothing.
    static Result<BoxKeyPair> openSecret(const QByteArray& file, const QString& password, QString* id = nullptr);
    static QString idOf(const QByteArray& publicKey);
    static QString fingerprintOf(const QByteArray& publicKey);
};

} // namespace reper
