#include "PlainPages.h"

#include <QFile>
#include <openssl/evp.h>

namespace reper::test {

namespace {

constexpr int kPageSize = 4096;
constexpr int kReserve = 48;
constexpr int kSalt = 16;
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;

QByteArray decryptPage(const char* page, bool first, const QByteArray& key)
{
    const int offset = first ? kSalt : 0;
    const int length = kPageSize - kReserve - offset;
    const auto* iv = reinterpret_cast<const unsigned char*>(page + kPageSize - kReserve);
    QByteArray out(length + 32, '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int written = 0;
    int tail = 0;
    EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const unsigned char*>(key.constData()), iv);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &written,
                      reinterpret_cast<const unsigned char*>(page + offset), length);
    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + written, &tail);
    EVP_CIPHER_CTX_free(ctx);
    out.truncate(written + tail);
    return out;
}

} // namespace

QByteArray decryptedPages(const QString& path, const QByteArray& rawKey)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    QByteArray out;
    if (path.endsWith(QLatin1String("-wal"))) {
        for (int at = kWalHeader; at + kFrameHeader + kPageSize <= bytes.size(); at += kFrameHeader + kPageSize) {
            const auto* frame = reinterpret_cast<const unsigned char*>(bytes.constData() + at);
            const quint32 pageNumber
                = quint32(frame[0]) << 24 | quint32(frame[1]) << 16 | quint32(frame[2]) << 8 | quint32(frame[3]);
            out += decryptPage(bytes.constData() + at + kFrameHeader, pageNumber == 1, rawKey);
        }
        return out;
    }
    for (int at = 0; at + kPageSize <= bytes.size(); at += kPageSize)
        out += decryptPage(bytes.constData() + at, at == 0, rawKey);
    return out;
}

} // namespace reper::test
