#pragma once
// A streaming RFC 4180 reader: UTF-8 (a byte-order mark is skipped), comma-separated, quoted fields
// with commas, doubled quotes and line breaks, LF or CRLF line ends. It reads the device in chunks,
// so memory does not grow with the file, and tells the physical line each record starts on.
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace reper {

class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    // The next record; false at the end of the file or on an error (see hasError()).
    // Blank lines are skipped.
    bool readRecord(QStringList* fields, int* startLine);
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool fill();
    QIODevice* m_device;
    QStringDecoder m_decoder;
    QString m_buf;
    int m_pos = 0;
    int m_line = 1;
    bool m_eof = false;
    bool m_first = true;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace reper
