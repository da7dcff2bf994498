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

QString encode(const MasterKey& key)
{
    const QByteArray& b = key.bytes();
    QString data;
    quint32 buffer = 0;
    int bits = 0;
    for (const char ch : b) {
        buffer = (buffer << 8) | quint8(ch);
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

Result<MasterKey> decode(QStringView text)
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
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : data) {
        buffer = (buffer << 5) | quint32(valueOf(c));
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    out.truncate(MasterKey::Size);
    return MasterKey(out);
}

} // namespace reper::RecoveryKey
