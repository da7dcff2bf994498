#include "HqKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <sodium.h>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HqKeys)
};

const QByteArray kPublicMagic = QByteArrayLiteral("reper-hq-public 1");
const QByteArray kSecretMagic = QByteArrayLiteral("reper-hq-secret 1");

SecretBytes deriveKey(const QString& password, const QByteArray& salt)
{
    QByteArray pw = password.toUtf8();
    SecretBytes key(int(crypto_aead_xchacha20poly1305_ietf_KEYBYTES));
    const bool ok = !key.isEmpty() && salt.size() == int(crypto_pwhash_SALTBYTES)
        && crypto_pwhash(key.data(), size_t(key.size()), pw.constData(), size_t(pw.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), crypto_pwhash_OPSLIMIT_MODERATE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
            == 0;
    sodium_memzero(pw.data(), size_t(pw.size()));
    return ok ? key : SecretBytes();
}

QList<QByteArray> linesOf(const QByteArray& file) { return file.trimmed().split('\n'); }

Error notAKeyFile(const char* which)
{
    return makeError(qstrcmp(which, "secret") == 0
                         ? Tr::tr("This is not the secret key file of a headquarters (HQ.key), or it was altered.")
                         : Tr::tr("This is not the public key file of a headquarters (HQ.pub), or it was altered."));
}

} // namespace

QString HqPublicKey::fingerprint() const { return HqKeys::fingerprintOf(publicKey); }

QString HqKeys::idOf(const QByteArray& publicKey)
{
    unsigned char hash[crypto_generichash_BYTES_MIN]; // 16: the id is the first 8
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       size_t(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 8).toHex());
}

QString HqKeys::fingerprintOf(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(32);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

Result<HqKeyFiles> HqKeys::generate(const QString& password)
{
    if (sodium_init() < 0)
        return makeError(Tr::tr("The cryptographic library could not start."));
    if (password.size() < 12)
        return makeError(Tr::tr("The password of the headquarters key needs at least 12 characters."));
    const BoxKeyPair pair = BoxKeyPair::generate();
    if (!pair.isValid())
        return makeError(Tr::tr("Not enough memory to make a key."));
    QByteArray salt(int(crypto_pwhash_SALTBYTES), '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES), '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const SecretBytes key = deriveKey(password, salt);
    if (key.isEmpty())
        return makeError(Tr::tr("Not enough memory to protect the password."));
    QByteArray sealed(pair.secretKey.size() + int(crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.data()), &sealedSize, pair.secretKey.data(),
        size_t(pair.secretKey.size()), reinterpret_cast<const unsigned char*>(pair.publicKey.constData()),
        size_t(pair.publicKey.size()), nullptr, reinterpret_cast<const unsigned char*>(nonce.constData()), key.data());
    HqKeyFiles files;
    files.key.publicKey = pair.publicKey;
    files.key.id = idOf(pair.publicKey);
    const QByteArray id = files.key.id.toLatin1();
    files.publicFile = kPublicMagic + '\n' + id + '\n' + pair.publicKey.toBase64() + '\n';
    files.secretFile = kSecretMagic + '\n' + id + '\n' + pair.publicKey.toBase64() + '\n' + salt.toBase64() + '\n'
        + nonce.toBase64() + '\n' + sealed.toBase64() + '\n';
    return files;
}

Result<HqPublicKey> HqKeys::readPublic(const QByteArray& file)
{
    const QList<QByteArray> lines = linesOf(file);
    if (lines.size() != 3 || lines[0] != kPublicMagic)
        return notAKeyFile("public");
    HqPublicKey key;
    key.publicKey = QByteArray::fromBase64(lines[2]);
    key.id = QString::fromLatin1(lines[1]);
    if (key.publicKey.size() != BoxKeyPair::PublicKeySize || idOf(key.publicKey) != key.id)
        return notAKeyFile("public");
    return key;
}

Result<BoxKeyPair> HqKeys::openSecret(const QByteArray& file, const QString& password, QString* id)
{
    if (sodium_init() < 0)
        return makeError(Tr::tr("The cryptographic library could not start."));
    const QList<QByteArray> lines = linesOf(file);
    if (lines.size() != 6 || lines[0] != kSecretMagic)
        return notAKeyFile("secret");
    const QByteArray publicKey = QByteArray::fromBase64(lines[2]);
    const QByteArray salt = QByteArray::fromBase64(lines[3]);
    const QByteArray nonce = QByteArray::fromBase64(lines[4]);
    const QByteArray sealed = QByteArray::fromBase64(lines[5]);
    if (publicKey.size() != BoxKeyPair::PublicKeySize || idOf(publicKey) != QString::fromLatin1(lines[1])
        || nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || sealed.size() != BoxKeyPair::SecretKeySize + int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return notAKeyFile("secret");
    const SecretBytes key = deriveKey(password, salt);
    if (key.isEmpty())
        return notAKeyFile("secret");
    SecretBytes secret(BoxKeyPair::SecretKeySize);
    unsigned long long size = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), &size, nullptr, reinterpret_cast<const unsigned char*>(sealed.constData()),
            size_t(sealed.size()), reinterpret_cast<const unsigned char*>(publicKey.constData()),
            size_t(publicKey.size()), reinterpret_cast<const unsigned char*>(nonce.constData()), key.data())
        != 0)
        return makeError(Tr::tr("The password does not open this headquarters key (or the file was altered)."));
    BoxKeyPair pair = BoxKeyPair::fromSecret(secret);
    if (pair.publicKey != publicKey)
        return notAKeyFile("secret");
    if (id)
        *id = QString::fromLatin1(lines[1]);
    return pair;
}

} // namespace reper
