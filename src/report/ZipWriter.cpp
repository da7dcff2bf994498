#include "ZipWriter.h"

#define ZLIB_CONST // next_in is const: the input is never written
#include <zlib.h>

namespace reper {

namespace {

// 1 January 1980, 00:00 in MS-DOS form: the earliest a ZIP can say, and the same every time.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;

void put16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<const Bytef*>(data.constData());
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

void ZipWriter::add(const QString& name, const QByteArray& data, bool deflate)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    e.size = quint32(data.size());
    QByteArray packed = deflate ? deflateRaw(data) : data;
    e.method = deflate && !packed.isEmpty() ? 8 : 0;
    if (e.method == 0)
        packed = data;
    e.packedSize = quint32(packed.size());
    e.offset = quint32(m_data.size());
    put32(m_data, 0x04034b50); // local file header
    put16(m_data, 20); // version needed: 2.0
    put16(m_data, 0x0800); // names in UTF-8
    put16(m_data, e.method);
    put16(m_data, kDosTime);
    put16(m_data, kDosDate);
    put32(m_data, e.crc);
    put32(m_data, e.packedSize);
    put32(m_data, e.size);
    put16(m_data, quint16(e.name.size()));
    put16(m_data, 0); // no extra field (ODF wants none on the mimetype)
    m_data += e.name;
    m_data += packed;
    m_entries << e;
}

QByteArray ZipWriter::finish() const
{
    QByteArray out = m_data;
    const quint32 directory = quint32(out.size());
    for (const Entry& e : m_entries) {
        put32(out, 0x02014b50); // central directory header
        put16(out, 20); // made by: 2.0
        put16(out, 20);
        put16(out, 0x0800);
        put16(out, e.method);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, e.packedSize);
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, e.offset);
        out += e.name;
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

} // namespace reper
