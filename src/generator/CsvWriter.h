#pragma once
// Writes one CSV file of the import format: UTF-8 without a byte-order mark, LF line ends, a header
// row, and RFC 4180 quoting only for fields that need it (a comma, a quote, CR or LF). Rows are
// built field by field and buffered; a row can be refused when it repeats one already written since
// the last forgetRows(), because the import treats identical rows as one record.
#include "core/Result.h"

#include <QFile>
#include <QString>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace reper::gen {

// Counts the rows of all files together and reports them to the caller now and then; the caller
// answers false to cancel.
class RowCounter
{
public:
    explicit RowCounter(std::function<bool(qint64)> progress, qint64 every = 5000);
    void add();
    void finish(); // a last report with the final count, whose answer no longer matters
    qint64 rows() const { return m_rows; }
    bool cancelled() const { return m_cancelled; }

private:
    std::function<bool(qint64)> m_progress;
    qint64 m_every;
    qint64 m_rows = 0;
    bool m_cancelled = false;
};

class CsvWriter
{
public:
    CsvWriter(QString path, std::vector<std::string> header, RowCounter* counter = nullptr);
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    Status open();
    CsvWriter& add(std::string_view field);
    CsvWriter& add(const std::string& field) { return add(std::string_view(field)); }
    CsvWriter& add(const char* field) { return add(std::string_view(field)); }
    CsvWriter& add(qint64 number);
    CsvWriter& add(int number) { return add(qint64(number)); }
    CsvWriter& addDate(int dayNumber); // a day number of CivilDay; CivilDay::kNoDay writes an empty field
    CsvWriter& addEmpty();
    // Ends the row and writes it.
    void commit();
    // Ends the row and writes it unless the same row was written since the last forgetRows();
    // returns false (and drops the row) when it was.
    bool commitUnique();
    void discard();
    void forgetRows() { m_seen.clear(); }

    Status close();
    bool failed() const { return m_failed; }
    qint64 rows() const { return m_rows; }
    const QString& path() const { return m_path; }

    // The field as CSV writes it: quoted, with quotes doubled, only when it holds , " CR or LF.
    static void appendField(std::string& out, std::string_view field);

private:
    void separate();
    void flush();

    QString m_path;
    std::vector<std::string> m_header;
    RowCounter* m_counter;
    QFile m_file;
    std::string m_row;
    std::string m_buffer;
    std::unordered_set<quint64> m_seen;
    bool m_rowStarted = false;
    bool m_failed = false;
    qint64 m_rows = 0;
};

} // namespace reper::gen
