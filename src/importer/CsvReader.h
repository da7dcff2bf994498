#pragma once
// A streaming RFC 4180 reader: UTF-8 (a byte-order mark is skipped), comma-separated, quoted fields
// with commas, doubled quotes and line breaks, LF or CRLF line ends. It reads the device in chunks,
// so memory does not grow with the file, and tells the physical line each record starts on.
//
// Whatever the bytes, it stops with one error naming its physical line: bytes that are not UTF-8,
// a field or a record longer than its limit (so an unclosed quote cannot take the whole file into
// memory), a quote inside a quoted field that is not doubled, an unclosed quote at the end.
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace reper {

struct CsvLimits
{
    int maxField = 64 * 1024; // characters of one field
    int maxRecord = 1024 * 1024; // characters of one record, separators included
};

class CsvReader
{
public:
    explicit CsvReader(QIODevice* device, CsvLimits limits = {});

    // The next record; false at the end of the file or on an error (see hasError()).
    // Blank lines are skipped.
    bool readRecord(QStringList* fields, int* startLine);
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool fill();
    bool fail(int line, const QString& message);

    QIODevice* m_device;
    CsvLimits m_limits;
    QByteArray m_partial; // the first bytes of a character split between two reads
    QString m_buf;
    int m_pos = 0;
    int m_line = 1;
    bool m_eof = false;
    bool m_first = true;
    bool m_badBytes = false; // the text ends where the bytes stopped being UTF-8
    QString m_readError;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace reper
