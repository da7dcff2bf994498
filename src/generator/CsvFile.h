#pragma once
// Writes one CSV file of the import format: UTF-8 without a byte-order mark, LF line ends, a header
// row, each cell through the one CSV writer (core/CsvWriter: RFC 4180 quoting, formulas as text). Rows are
// built field by field and buffered; a row can be refused when it repeats one already written since
// the last forgetRows(), because the import treats identical rows as one record.
#include "core/Result.h"

#include <QCoreApplication>
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

class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    CsvFile(QString path, std::vector<std::string> header, RowCounter* counter = nullptr);
    CsvFile(const CsvFile&) = delete;
    CsvFile& operator=(const CsvFile&) = delete;

    Status open();
    CsvFile& add(std::string_view field);
    CsvFile& add(const std::string& field) { return add(std::string_view(field)); }
    CsvFile& add(const char* field) { return add(std::string_view(field)); }
    CsvFile& add(qint64 number);
    CsvFile& add(int number) { return add(qint64(number)); }
    CsvFile& addDate(int dayNumber); // a day number of CivilDay; CivilDay::kNoDay writes an empty field
    CsvFile& addEmpty();
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
