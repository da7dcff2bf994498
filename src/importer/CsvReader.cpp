#include "CsvReader.h"

#include <QCoreApplication>

namespace reper {

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
    , m_decoder(QStringConverter::Utf8)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_device->read(256 * 1024);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    // The decoder keeps state between chunks: a character split across two reads stays whole.
    QString text = m_decoder.decode(chunk);
    if (m_decoder.hasError() && m_error.isEmpty()) {
        m_error
            = QCoreApplication::translate("CsvReader", "the file is not valid UTF-8 (near line %1); save it as UTF-8")
                  .arg(m_line);
        m_errorLine = m_line;
    }
    if (m_first) {
        m_first = false;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    m_buf = m_buf.mid(m_pos) + text;
    m_pos = 0;
    return true;
}

bool CsvReader::readRecord(QStringList* fields, int* startLine)
{
    fields->clear();
    if (hasError())
        return false;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool any = false;
    *startLine = m_line;
    const auto peek = [this](QChar* c) {
        if (m_pos >= m_buf.size() && !fill())
            return false;
        *c = m_buf.at(m_pos);
        return true;
    };
    for (;;) {
        QChar c;
        if (!peek(&c)) {
            if (inQuotes) {
                m_error
                    = QCoreApplication::translate("CsvReader", "a quoted field that starts on line %1 is never closed")
                          .arg(*startLine);
                m_errorLine = *startLine;
                return false;
            }
            if (!any && field.isEmpty())
                return false;
            fields->append(field);
            return true;
        }
        any = true;
        // Fast path: copy a run of ordinary characters in one go.
        {
            const QChar* data = m_buf.constData();
            const int size = m_buf.size();
            int end = m_pos;
            if (inQuotes) {
                while (end < size && data[end] != QLatin1Char('"') && data[end] != QLatin1Char('\r')
                       && data[end] != QLatin1Char('\n'))
                    ++end;
            } else {
                while (end < size && data[end] != QLatin1Char(',') && data[end] != QLatin1Char('"')
                       && data[end] != QLatin1Char('\r') && data[end] != QLatin1Char('\n'))
                    ++end;
            }
            if (end > m_pos) {
                field.append(data + m_pos, end - m_pos);
                m_pos = end;
                continue;
            }
        }
        ++m_pos;
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                QChar next;
                if (peek(&next) && next == QLatin1Char('"')) {
                    ++m_pos;
                    field += QLatin1Char('"');
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // A CRLF inside a quoted field is one line break, kept as LF.
                QChar next;
                if (peek(&next) && next == QLatin1Char('\n'))
                    ++m_pos;
                field += QLatin1Char('\n');
                ++m_line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            fields->append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r')) {
                QChar next;
                if (peek(&next) && next == QLatin1Char('\n'))
                    ++m_pos;
            }
            ++m_line;
            if (fields->isEmpty() && field.isEmpty() && !fieldWasQuoted) {
                // A blank line: not a record.
                *startLine = m_line;
                any = false;
                continue;
            }
            fields->append(field);
            return true;
        } else {
            field += c;
        }
    }
}

} // namespace reper
