#pragma once
// The one CSV writer of Reper: the victims export, `report explain --format csv`, the bilanț's CSV
// and the generator's import files all write their cells through it (docs/interchange.md §1).
//   - RFC 4180: a cell holding a comma, a quote, CR or LF, or starting or ending with a space or a
//     tab, is quoted, its quotes doubled; rows end with LF.
//   - Spreadsheet formulas (OWASP "CSV injection"): a cell that begins with = + - @ tab or CR is
//     written with a ' before it, so Excel and LibreOffice show it as text instead of running it.
//     A plain number (-3, -73.6) is left alone. A cell that already begins with one or more '
//     followed by one of those characters gets one more ', so that reading back is exact.
//   - readCell() undoes the ': the importer reads such a cell back to the value that was written.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <string>
#include <string_view>

namespace reper {

class CsvWriter
{
public:
    // One cell (UTF-8), encoded and appended: the generator's fast path, and what the rest use.
    static void appendCell(std::string& out, std::string_view utf8);
    static void appendCell(QByteArray& out, std::string_view utf8);
    // A row of cells, separated by commas and ended by LF, in UTF-8.
    static void appendRow(QByteArray& out, const QStringList& cells);
    static QByteArray row(const QStringList& cells);
    // The value a cell written by this class holds (the ' of a neutralised cell taken off).
    static QString readCell(const QString& cell);
};

} // namespace reper
