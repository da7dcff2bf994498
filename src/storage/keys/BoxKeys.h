#pragma once
// X25519 key pairs and sealed boxes (libsodium crypto_box_seal: an anonymous sender, XSalsa20-
// Poly1305 under a key agreed with a fresh ephemeral key). Whoever holds a public key can seal to it;
// only the secret key opens. Each user has a pair (the secret half sealed in their key slot under
// their password); the master key and the centres' identity keys are sealed to public keys, so an
// administrator can give, take back and renew keys without knowing anyone's password.
#include "storage/keys/SecretBytes.h"

#include <QByteArray>
#include <optional>

namespace reper {

struct BoxKeyPair
{
    static constexpr int PublicKeySize = 32;
    static constexpr int SecretKeySize = 32;
    static constexpr int SealOverhead = 48; // ephemeral public key + MAC

    QByteArray publicKey;
    SecretBytes secretKey;

    bool isValid() const { return publicKey.size() == PublicKeySize && secretKey.size() == SecretKeySize; }
    static BoxKeyPair generate();
    // The pair of a secret key (its public half computed); invalid for a secret of the wrong size.
    static BoxKeyPair fromSecret(const SecretBytes& secret);

    // The X25519 pair of an Ed25519 signing key (libsodium's conversion): how a key slot of the old
    // kind, which seals only a signing key, receives a centre's key when a store is upgraded.
    static BoxKeyPair fromSigningSecret(const QByteArray& ed25519Secret);
    static QByteArray publicFromSigningPublic(const QByteArray& ed25519Public);

    // `plain` sealed to `publicKey`; empty for a public key of the wrong size.
    static QByteArray seal(const unsigned char* plain, int size, const QByteArray& publicKey);
    static QByteArray seal(const SecretBytes& plain, const QByteArray& publicKey)
    {
        return seal(plain.data(), plain.size(), publicKey);
    }
    // Opens a box sealed to this pair; nothing when it was sealed to another key or was altered.
    std::optional<SecretBytes> open(const QByteArray& sealed) const;
};

} // namespace reper
