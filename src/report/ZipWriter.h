#pragma once
// Writes a ZIP archive in memory, as OpenDocument files are packed: members in the order added,
// stored or deflated (zlib), with a fixed time stamp so the same document gives the same bytes.
#include <QByteArray>
#include <QList>
#include <QString>

namespace reper {

class ZipWriter
{
public:
    // Adds a member; `deflate` false stores it as is (ODF's "mimetype", first and uncompressed).
    void add(const QString& name, const QByteArray& data, bool deflate = true);
    // The archive: the members, the central directory and its end record.
    QByteArray finish() const;

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 packedSize = 0;
        quint16 method = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
};

} // namespace reper
