#pragma once
// A user's Ed25519 signing key (libsodium crypto_sign) for the audit trail. The private half lives
// only in memory, wiped when released, and sealed in the user's key slot; the public half is in the
// store (audit_key) and introduced by an entry of the trail itself.
#include <QByteArray>

namespace reper {

class AuditSigner
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SecretKeySize = 64;
    static constexpr int SignatureSize = 64;

    AuditSigner() = default;
    AuditSigner(const AuditSigner&) = default;
    AuditSigner& operator=(const AuditSigner&) = default;
    ~AuditSigner();

    static AuditSigner generate();
    // From the 64-byte secret key of a slot; an invalid signer when the size is wrong.
    static AuditSigner fromSecretKey(const QByteArray& secretKey);

    bool isValid() const { return m_secret.size() == SecretKeySize; }
    QByteArray publicKey() const { return isValid() ? m_secret.right(PublicKeySize) : QByteArray(); }
    const QByteArray& secretKey() const { return m_secret; }
    QByteArray sign(const QByteArray& message) const;

    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

private:
    QByteArray m_secret;
};

} // namespace reper
