#include "BoxKeys.h"

#include <sodium.h>

namespace reper {

BoxKeyPair BoxKeyPair::generate()
{
    BoxKeyPair out;
    if (sodium_init() < 0)
        return out;
    out.secretKey = SecretBytes(SecretKeySize);
    out.publicKey.resize(PublicKeySize);
    if (out.secretKey.isEmpty()
        || crypto_box_keypair(reinterpret_cast<unsigned char*>(out.publicKey.data()), out.secretKey.data()) != 0)
        return BoxKeyPair{};
    return out;
}

BoxKeyPair BoxKeyPair::fromSecret(const SecretBytes& secret)
{
    BoxKeyPair out;
    if (secret.size() != SecretKeySize || sodium_init() < 0)
        return out;
    out.secretKey = secret;
    out.publicKey.resize(PublicKeySize);
    if (crypto_scalarmult_base(reinterpret_cast<unsigned char*>(out.publicKey.data()), secret.data()) != 0)
        return BoxKeyPair{};
    return out;
}

BoxKeyPair BoxKeyPair::fromSigningSecret(const QByteArray& ed25519Secret)
{
    if (ed25519Secret.size() != int(crypto_sign_SECRETKEYBYTES) || sodium_init() < 0)
        return {};
    SecretBytes secret(SecretKeySize);
    if (secret.isEmpty()
        || crypto_sign_ed25519_sk_to_curve25519(secret.data(),
                                                reinterpret_cast<const unsigned char*>(ed25519Secret.constData()))
            != 0)
        return {};
    return fromSecret(secret);
}

QByteArray BoxKeyPair::publicFromSigningPublic(const QByteArray& ed25519Public)
{
    if (ed25519Public.size() != int(crypto_sign_PUBLICKEYBYTES) || sodium_init() < 0)
        return {};
    QByteArray out(PublicKeySize, Qt::Uninitialized);
    if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(out.data()),
                                             reinterpret_cast<const unsigned char*>(ed25519Public.constData()))
        != 0)
        return {};
    return out;
}

QByteArray BoxKeyPair::seal(const unsigned char* plain, int size, const QByteArray& publicKey)
{
    if (publicKey.size() != PublicKeySize || size < 0 || sodium_init() < 0)
        return {};
    QByteArray out(size + SealOverhead, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plain, size_t(size),
                        reinterpret_cast<const unsigned char*>(publicKey.constData()))
        != 0)
        return {};
    return out;
}

std::optional<SecretBytes> BoxKeyPair::open(const QByteArray& sealed) const
{
    if (!isValid() || sealed.size() <= SealOverhead)
        return std::nullopt;
    SecretBytes plain(int(sealed.size()) - SealOverhead);
    if (plain.isEmpty()
        || crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                                size_t(sealed.size()), reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                secretKey.data())
            != 0)
        return std::nullopt;
    return plain;
}

} // namespace reper
