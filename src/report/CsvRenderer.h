#pragma once
// The bilanț's tables as one CSV file (report bilant --format csv): UTF-8 with a byte-order mark
// (so spreadsheet programs read the diacritics), comma-separated, RFC 4180 quoting, LF line ends.
// First a block describing the document, then one table after another, separated by an empty
// line: a row with the table's title, its header row, its rows, then its notes. Counts are plain
// digits, percentages are numbers with a decimal point (76.1), hidden cells "<5" or "x".
#include "report/ReportDocument.h"

#include <QByteArray>

namespace reper {

QByteArray renderCsv(const ReportDocument& document);

} // namespace reper
