#include "CsvReader.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "CsvReader").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qint64 kChunk = 256 * 1024;

// How many bytes at the start of `p` are whole, valid UTF-8 characters (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF). `*invalid` says whether the byte after them starts
// a sequence that can never be valid; otherwise the bytes after them begin a character that the
// next read may complete.
qint64 validUtf8Prefix(const unsigned char* p, qint64 n, bool* invalid)
{
    *invalid = false;
    qint64 i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // the range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0; // overlong
            else if (b == 0xED)
                high = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90; // overlong
            else if (b == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            *invalid = true;
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return i; // cut by the end of the read: maybe whole after the next one
            const unsigned char c = p[i + k];
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
                *invalid = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, CsvLimits limits)
    : m_device(device)
    , m_limits(limits)
{
}

bool CsvReader::fail(int line, const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

bool CsvReader::fill()
{
    for (;;) {
        if (m_eof || m_badBytes)
            return false;
        QByteArray chunk(m_partial.size() + kChunk, Qt::Uninitialized);
        std::copy(m_partial.cbegin(), m_partial.cend(), chunk.begin());
        const qint64 got = m_device->read(chunk.data() + m_partial.size(), kChunk);
        if (got < 0) {
            m_readError = m_device->errorString();
            m_eof = true;
            return false;
        }
        if (got == 0) {
            m_eof = true;
            // The file ends in the middle of a character.
            m_badBytes = !m_partial.isEmpty();
            return false;
        }
        const qint64 size = m_partial.size() + got;
        bool invalid = false;
        const qint64 valid = validUtf8Prefix(reinterpret_cast<const unsigned char*>(chunk.constData()), size, &invalid);
        m_partial = invalid ? QByteArray() : chunk.mid(valid, size - valid);
        m_badBytes = invalid;
        // The text stops where the bytes stop being UTF-8: the records before are read, and the
        // error is told at the line the parser has reached, the physical line of the bad byte.
        QString text = QString::fromUtf8(chunk.constData(), valid);
        if (m_first && !text.isEmpty()) {
            m_first = false;
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
        }
        if (text.isEmpty())
            continue; // a read shorter than a character, or only the byte-order mark
        m_buf = m_buf.mid(m_pos) + text;
        m_pos = 0;
        return true;
    }
}

bool CsvReader::readRecord(QStringList* fields, int* startLine)
{
    fields->clear();
    if (hasError())
        return false;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false; // a quoted field ended: only , or a line end may follow
    int quoteLine = 0; // the line the open quoted field starts on
    int fieldLine = m_line;
    qint64 recordChars = 0; // the fields before this one, and their separators
    bool any = false;
    *startLine = m_line;
    const auto peek = [this](QChar* c) {
        if (m_pos >= m_buf.size() && !fill())
            return false;
        *c = m_buf.at(m_pos);
        return true;
    };
    const auto tooLong = [&]() {
        if (field.size() > m_limits.maxField) {
            if (inQuotes)
                return fail(fieldLine,
                            Tr::tr("the quoted field that starts on line %1 is longer than %2 characters: is its "
                                   "closing quote missing?")
                                .arg(fieldLine)
                                .arg(m_limits.maxField));
            return fail(
                fieldLine,
                Tr::tr("a field on line %1 is longer than %2 characters").arg(fieldLine).arg(m_limits.maxField));
        }
        if (recordChars + field.size() > m_limits.maxRecord)
            return fail(*startLine,
                        Tr::tr("the record that starts on line %1 is longer than %2 characters")
                            .arg(*startLine)
                            .arg(m_limits.maxRecord));
        return true;
    };
    for (;;) {
        QChar c;
        if (!peek(&c)) {
            if (m_badBytes)
                return fail(m_line, Tr::tr("the file is not valid UTF-8 at line %1; save it as UTF-8").arg(m_line));
            if (!m_readError.isEmpty())
                return fail(m_line,
                            Tr::tr("the file could not be read after line %1: %2").arg(m_line).arg(m_readError));
            if (inQuotes)
                return fail(quoteLine, Tr::tr("a quoted field that starts on line %1 is never closed").arg(quoteLine));
            if (!any && field.isEmpty())
                return false;
            fields->append(field);
            return true;
        }
        any = true;
        if (afterClosingQuote && c != QLatin1Char(',') && c != QLatin1Char('\r') && c != QLatin1Char('\n'))
            return fail(m_line,
                        Tr::tr("a quote on line %1 ends the quoted field that starts on line %2, but the field "
                               "goes on after it; inside a quoted field write a quote twice (\"\")")
                            .arg(m_line)
                            .arg(quoteLine));
        afterClosingQuote = false;
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
                if (!tooLong())
                    return false;
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
                    afterClosingQuote = true;
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
            if (!tooLong())
                return false;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = m_line;
        } else if (c == QLatin1Char(',')) {
            recordChars += field.size() + 1;
            fields->append(field);
            field.clear();
            fieldWasQuoted = false;
            fieldLine = m_line;
            if (!tooLong())
                return false;
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
                fieldLine = m_line;
                any = false;
                continue;
            }
            fields->append(field);
            return true;
        } else {
            field += c;
            if (!tooLong())
                return false;
        }
    }
}

} // namespace reper
