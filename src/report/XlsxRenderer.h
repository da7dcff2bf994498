#pragma once
// The bilanț as an Excel workbook (report bilant --format xlsx), written with libxlsxwriter: a
// first sheet describing the document (title, edition, marking, generation, the narrative), then
// one sheet per table, counts and percentages stored as numbers (formatted "#,##0" and "0.0%"),
// hidden cells as the text "<5" or "x".
#include "core/Result.h"
#include "report/ReportDocument.h"

#include <QByteArray>

namespace reper {

Result<QByteArray> renderXlsx(const ReportDocument& document);

} // namespace reper
