#include "ZipReader.h"

#include <zlib.h>

namespace reper::test {

namespace {

quint32 u32(const QByteArray& b, qsizetype at)
{
    if (at < 0 || at + 4 > b.size())
        return 0;
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 u16(const QByteArray& b, qsizetype at)
{
    if (at < 0 || at + 2 > b.size())
        return 0;
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

QByteArray inflateRaw(const QByteArray& data, quint32 size)
{
    QByteArray out(qsizetype(size), '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QMap<QString, QByteArray> readZip(const QByteArray& zip)
{
    QMap<QString, QByteArray> members;
    // The end-of-central-directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
    qsizetype end = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 65557; --i) {
        if (u32(zip, i) == 0x06054b50) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return members;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int n = 0; n < count; ++n) {
        if (u32(zip, at) != 0x02014b50)
            return {};
        const quint16 method = u16(zip, at + 10);
        const quint32 compressed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extraLength = u16(zip, at + 30);
        const quint16 commentLength = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (u32(zip, local) != 0x04034b50)
            return {};
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        const QByteArray raw = zip.mid(data, compressed);
        if (method == 0)
            members.insert(name, raw);
        else if (method == 8)
            members.insert(name, inflateRaw(raw, size));
    }
    return members;
}

} // namespace reper::test
