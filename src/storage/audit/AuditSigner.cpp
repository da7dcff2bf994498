#include "AuditSigner.h"

#include <sodium.h>

namespace reper {

AuditSigner::~AuditSigner()
{
    // Copies share the bytes; the last one to go wipes them.
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

AuditSigner AuditSigner::generate()
{
    AuditSigner s;
    if (sodium_init() < 0)
        return s;
    QByteArray pk(PublicKeySize, Qt::Uninitialized);
    s.m_secret.resize(SecretKeySize);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()),
                        reinterpret_cast<unsigned char*>(s.m_secret.data()));
    return s;
}

AuditSigner AuditSigner::fromSecretKey(const QByteArray& secretKey)
{
    AuditSigner s;
    if (secretKey.size() == SecretKeySize)
        s.m_secret = QByteArray(secretKey.constData(), SecretKeySize);
    return s;
}

QByteArray AuditSigner::sign(const QByteArray& message) const
{
    if (!isValid())
        return {};
    QByteArray sig(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return sig;
}

bool AuditSigner::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize || sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       size_t(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}

} // namespace reper
