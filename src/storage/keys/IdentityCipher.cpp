#include "IdentityCipher.h"

#include "core/TextFold.h"

#include <QSet>
#include <QStringList>
#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace reper::IdentityCipher {

namespace {

constexpr int kPadBlock = 16;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kMacSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

QByteArray associatedData(qint64 dataKeyId, qint64 victimId, const char* field)
{
    QByteArray ad = QByteArrayLiteral("reper-identity-v1");
    ad.append('\0');
    char number[8];
    qToBigEndian(quint64(victimId), number);
    ad.append(number, 8);
    qToBigEndian(quint64(dataKeyId), number);
    ad.append(number, 8);
    ad.append(field);
    return ad;
}

QByteArray keyedHash(const SecretBytes& key, char kind, const QByteArray& text)
{
    QByteArray message;
    message.reserve(text.size() + 2);
    message.append(kind).append('\0').append(text);
    QByteArray out(TokenSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), TokenSize,
                       reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()), key.data(),
                       size_t(key.size()));
    sodium_memzero(message.data(), size_t(message.size()));
    return out;
}

QByteArray nameToken(const SecretBytes& key, const QString& foldedPart)
{
    return keyedHash(key, 'n', foldedPart.left(MaxPrefix).toUtf8());
}

} // namespace

QByteArray encryptField(const SecretBytes& dataKey, qint64 dataKeyId, qint64 victimId, const char* field,
                        const QString& text)
{
    if (text.isEmpty() || dataKey.size() != DataKeySize)
        return {};
    QByteArray plain = text.toUtf8();
    const size_t unpadded = size_t(plain.size());
    plain.resize(int(unpadded) + kPadBlock);
    size_t padded = 0;
    sodium_pad(&padded, reinterpret_cast<unsigned char*>(plain.data()), unpadded, kPadBlock, size_t(plain.size()));
    const QByteArray ad = associatedData(dataKeyId, victimId, field);
    QByteArray out(kNonceSize + int(padded) + kMacSize, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, kNonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceSize, &written, reinterpret_cast<const unsigned char*>(plain.constData()), padded,
        reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nullptr, nonce, dataKey.data());
    sodium_memzero(plain.data(), size_t(plain.size()));
    return out;
}

std::optional<QString> decryptField(const SecretBytes& dataKey, qint64 dataKeyId, qint64 victimId, const char* field,
                                    const QByteArray& stored)
{
    if (stored.isEmpty())
        return QString();
    if (dataKey.size() != DataKeySize || stored.size() < kNonceSize + kMacSize + kPadBlock)
        return std::nullopt;
    const QByteArray ad = associatedData(dataKeyId, victimId, field);
    const auto* nonce = reinterpret_cast<const unsigned char*>(stored.constData());
    SecretBytes plain(int(stored.size()) - kNonceSize - kMacSize);
    unsigned long long length = 0;
    if (plain.isEmpty()
        || crypto_aead_xchacha20poly1305_ietf_decrypt(
               plain.data(), &length, nullptr, nonce + kNonceSize, size_t(stored.size() - kNonceSize),
               reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nonce, dataKey.data())
            != 0)
        return std::nullopt;
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, plain.data(), size_t(length), kPadBlock) != 0)
        return std::nullopt;
    return QString::fromUtf8(reinterpret_cast<const char*>(plain.data()), qsizetype(unpadded));
}

SecretBytes tokenKey(const SecretBytes& centerSecret)
{
    static const unsigned char context[] = "reper name tokens v1";
    SecretBytes out(32);
    if (!out.isEmpty() && !centerSecret.isEmpty())
        crypto_generichash(out.data(), size_t(out.size()), context, sizeof(context) - 1, centerSecret.data(),
                           size_t(centerSecret.size()));
    return out;
}

QByteArray cnpToken(const SecretBytes& key, const QString& cnp)
{
    const QString digits = cnp.trimmed();
    return digits.isEmpty() ? QByteArray() : keyedHash(key, 'c', digits.toUtf8());
}

QList<QByteArray> nameTokens(const SecretBytes& key, const QString& lastName, const QString& firstName)
{
    QSet<QString> parts;
    const QString folded = foldText(lastName + QLatin1Char(' ') + firstName);
    for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        parts.insert(word);
        for (const QString& piece : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
            parts.insert(piece);
    }
    QSet<QString> prefixes;
    for (const QString& part : parts) {
        const int longest = std::min<int>(int(part.size()), MaxPrefix);
        for (int n = std::min(MinPrefix, longest); n <= longest; ++n)
            prefixes.insert(part.left(n));
    }
    QList<QByteArray> out;
    out.reserve(prefixes.size() + TokenBlock);
    for (const QString& p : prefixes)
        out << nameToken(key, p);
    while (out.size() % TokenBlock != 0 || out.isEmpty()) {
        QByteArray filler(TokenSize, Qt::Uninitialized);
        randombytes_buf(filler.data(), TokenSize);
        out << filler;
    }
    return out;
}

QByteArray searchToken(const SecretBytes& key, const QString& word)
{
    const QString folded = foldText(word);
    return folded.isEmpty() ? QByteArray() : nameToken(key, folded);
}

QByteArray matchCnp(const SecretBytes& matchKey, const QString& cnp)
{
    QString digits = cnp;
    digits.remove(QLatin1Char(' '));
    return digits.isEmpty() || matchKey.isEmpty() ? QByteArray() : keyedHash(matchKey, 'C', digits.toUtf8());
}

QString matchNameText(const QString& lastName, const QString& firstName)
{
    QString folded = foldText(lastName + QLatin1Char(' ') + firstName);
    folded.replace(QLatin1Char('-'), QLatin1Char(' '));
    QStringList parts = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    std::sort(parts.begin(), parts.end());
    return parts.join(QLatin1Char(' '));
}

QByteArray matchName(const SecretBytes& matchKey, const QString& lastName, const QString& firstName)
{
    QString text = matchNameText(lastName, firstName);
    if (text.isEmpty() || matchKey.isEmpty())
        return {};
    QByteArray utf8 = text.toUtf8();
    const QByteArray out = keyedHash(matchKey, 'N', utf8);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return out;
}

} // namespace reper::IdentityCipher
