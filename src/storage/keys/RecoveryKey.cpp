#include "RecoveryKey.h"

#include <QCoreApplication>
#include <sodium.h>

namespace reper::RecoveryKey {

namespace {

// The messages of this file, for lupdate and the translators (context "RecoveryKey").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)
};

const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kDataChars = 52; // ceil(256 / 5)
constexpr int kCheckChars = 2;

int valueOf(QChar c)
{
    c = c.toUpper();
    if (c == QLatin1Char('I') || c == QLatin1Char('L'))
        c = QLatin1Char('1');
    if (c == QLatin1Char('O'))
        c = QLatin1Char('0');
    for (int i = 0; i < 32; ++i)
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    return -1;
}

QString checkChars(const QString& data)
{
    unsigned char hash[8];
    const QByteArray bytes = data.toLatin1();
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       size_t(bytes.size()), nullptr, 0);
    QString out;
    out += QLatin1Char(kAlphabet[hash[0] & 31]);
    out += QLatin1Char(kAlphabet[hash[1] & 31]);
    return out;
}

} // namespace

QString encode(const SecretBytes& secret)
{
    QString data;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < secret.size(); ++i) {
        buffer = (buffer << 8) | quint8(secret.data()[i]);
        bits += 8;
        while (bits >= 5) {
            data += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        data += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    const QString all = data + checkChars(data);
    QString grouped;
    for (int i = 0; i < all.size(); i += 4) {
        if (i)
            grouped += QLatin1Char('-');
        grouped += all.mid(i, 4);
    }
    return grouped;
}

Result<SecretBytes> decode(QStringView text)
{
    QString clean;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        if (valueOf(c) < 0)
            return makeError(Tr::tr("The recovery key holds a character that is not in it: '%1'.").arg(c));
        clean += QLatin1Char(kAlphabet[valueOf(c)]);
    }
    if (clean.size() != kDataChars + kCheckChars)
        return makeError(Tr::tr("A recovery key has %1 characters; this one has %2.")
                             .arg(kDataChars + kCheckChars)
                             .arg(clean.size()));
    const QString data = clean.left(kDataChars);
    if (checkChars(data) != clean.right(kCheckChars))
        return makeError(Tr::tr("The recovery key has a typing mistake: its check characters do not match."));
    // 52 characters are 260 bits: the first 256 are the key, the last 4 are zero.
    SecretBytes out(Size);
    if (out.isEmpty())
        return makeError(Tr::tr("Not enough memory to read the recovery key."));
    quint32 buffer = 0;
    int bits = 0;
    int n = 0;
    for (const QChar c : data) {
        buffer = (buffer << 5) | quint32(valueOf(c));
        bits += 5;
        if (bits >= 8 && n < Size) {
            out.data()[n++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    buffer = 0;
    return out;
}

Result<BoxKeyPair> pairOf(QStringView text)
{
    auto secret = decode(text);
    if (!secret)
        return secret.error();
    const BoxKeyPair pair = BoxKeyPair::fromSecret(*secret);
    if (!pair.isValid())
        return makeError(Tr::tr("Not enough memory to read the recovery key."));
    return pair;
}

} // namespace reper::RecoveryKey
