#pragma once
// Reads the cells of one CSV row by column name and turns them into typed values: codes (or
// labels of the column's own list), countries, counties, centres, dates, counts, yes/no. Every
// cell that is wrong becomes an ImportProblem naming file, line and column; the value is then
// empty, and later checks on that column are not repeated.
#include "core/RecordValidator.h"
#include "importer/ImportProblem.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>
#include <vector>

namespace reper {

class ReferenceRepository;

class RowReader
{
public:
    RowReader(QString fileName, const QHash<QString, int>& columnIndex, const ReferenceRepository& reference,
              QList<ImportProblem>& problems);

    void setRow(const QStringList& cells, int line);
    int line() const { return m_line; }
    bool rowHasProblems() const { return !m_badColumns.isEmpty(); }
    bool columnFailed(const QString& column) const { return m_badColumns.contains(column); }

    QString text(const QString& column) const; // trimmed; empty when the column is absent
    QString required(const QString& column); // text, with a problem when empty
    // A victim, campaign or project code: printable ASCII (TextPolicy), with a problem otherwise.
    QString codeText(const QString& column, bool isRequired);
    QString code(const QString& column, const QString& list, bool isRequired);
    QStringList codes(const QString& column, const QString& list, bool isRequired); // ';'-separated
    QString country(const QString& column, bool isRequired);
    QString county(const QString& column, bool isRequired);
    QString center(const QString& column = QStringLiteral("center"));
    QDate date(const QString& column, bool isRequired);
    std::optional<qint64> count(const QString& column, bool isRequired);
    std::optional<int> year(const QString& column);
    std::optional<bool> yesNo(const QString& column);

    void problem(const QString& column, const QString& message);
    // Problems of a whole-record check, except on columns already reported.
    void addProblems(const FieldProblems& problems);

private:
    QString m_file;
    std::vector<std::pair<QString, int>> m_index; // few columns: a scan beats hashing the name per cell
    int indexOf(const QString& column) const;
    const ReferenceRepository& m_reference;
    QList<ImportProblem>& m_problems;
    QStringList m_cells;
    int m_line = 0;
    QSet<QString> m_badColumns;
};

} // namespace reper
