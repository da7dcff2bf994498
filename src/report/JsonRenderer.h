#pragma once
// The bilanț as JSON (report bilant --format json, interchange.md §2): one object whose keys come
// in the order of the spec, counts as integers, then the further figures under "_info".
#include "core/BilantFigures.h"
#include "report/ReportOptions.h"

#include <QByteArray>

namespace reper {

// Indented UTF-8, ending with a new line.
QByteArray renderJson(const BilantFigures& figures);
// The same for a document's figures, with what the edition adds: in the public edition a hidden
// breakdown cell is null; "_report" gives the edition, the figures' hash and the months; a closed
// year adds "_closure", and the revised edition "_revisions".
QByteArray renderJson(const BilantReportData& data, const ReportOptions& options);

} // namespace reper
