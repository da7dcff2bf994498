#pragma once
// The bilanț as plain text (report bilant --format txt): the marking, the narrative, then each
// section's tables with the figures aligned (charts are left to the formats that can draw them;
// their figures are in the tables).
#include "core/BilantFigures.h"
#include "report/ReportDocument.h"

#include <QString>

namespace reper {

QString renderText(const ReportDocument& document);
// The internal edition of these figures alone, without date line, comparison or centres.
QString renderText(const BilantFigures& figures);

} // namespace reper
