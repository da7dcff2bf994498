#include "CsvFile.h"

#include "core/CsvWriter.h"
#include "generator/CivilDay.h"

#include <QCoreApplication>
#include <charconv>

namespace reper::gen {

namespace {

constexpr std::size_t kFlushAt = 1 << 20;

// FNV-1a: our own hash, so that the rows refused as repeats are the same on every platform.
quint64 rowHash(std::string_view row)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (const char c : row) {
        h ^= quint64(static_cast<unsigned char>(c));
        h *= 0x100000001B3ull;
    }
    return h;
}

} // namespace

RowCounter::RowCounter(std::function<bool(qint64)> progress, qint64 every)
    : m_progress(std::move(progress))
    , m_every(every > 0 ? every : 5000)
{
}

void RowCounter::add()
{
    ++m_rows;
    if (m_progress && !m_cancelled && m_rows % m_every == 0 && !m_progress(m_rows))
        m_cancelled = true;
}

void RowCounter::finish()
{
    if (m_progress && !m_cancelled)
        m_progress(m_rows); // nothing is left to cancel
}

CsvFile::CsvFile(QString path, std::vector<std::string> header, RowCounter* counter)
    : m_path(std::move(path))
    , m_header(std::move(header))
    , m_counter(counter)
    , m_file(m_path)
{
    m_buffer.reserve(kFlushAt + 4096);
}

Status CsvFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(tr("Cannot write the file %1.").arg(m_path), m_file.errorString());
    for (const std::string& column : m_header)
        add(column);
    m_buffer += m_row;
    m_buffer += '\n';
    m_row.clear();
    m_rowStarted = false;
    return Status::success();
}

void CsvFile::separate()
{
    if (m_rowStarted)
        m_row += ',';
    m_rowStarted = true;
}

CsvFile& CsvFile::add(std::string_view field)
{
    separate();
    CsvWriter::appendCell(m_row, field);
    return *this;
}

CsvFile& CsvFile::add(qint64 number)
{
    separate();
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, number);
    m_row.append(text, std::size_t(result.ptr - text));
    return *this;
}

CsvFile& CsvFile::addDate(int dayNumber)
{
    separate();
    if (dayNumber != CivilDay::kNoDay)
        CivilDay::append(m_row, dayNumber);
    return *this;
}

CsvFile& CsvFile::addEmpty()
{
    separate();
    return *this;
}

void CsvFile::commit()
{
    m_buffer += m_row;
    m_buffer += '\n';
    m_row.clear();
    m_rowStarted = false;
    ++m_rows;
    if (m_counter)
        m_counter->add();
    if (m_buffer.size() >= kFlushAt)
        flush();
}

bool CsvFile::commitUnique()
{
    if (!m_seen.insert(rowHash(m_row)).second) {
        discard();
        return false;
    }
    commit();
    return true;
}

void CsvFile::discard()
{
    m_row.clear();
    m_rowStarted = false;
}

void CsvFile::flush()
{
    if (m_buffer.empty() || m_failed)
        return;
    if (m_file.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
}

Status CsvFile::close()
{
    flush();
    if (m_file.isOpen()) {
        if (!m_file.flush())
            m_failed = true;
        m_file.close();
    }
    if (m_failed)
        return makeError(tr("Could not write all of %1 (is the disk full?).").arg(m_path), m_file.errorString());
    return Status::success();
}

} // namespace reper::gen
