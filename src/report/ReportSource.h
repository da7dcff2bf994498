#pragma once
// Where the figures of a bilanț come from, for reper-cli and the Reports page alike: the frozen
// figures of a closed year (unless the current ones are asked for) with the records changed since
// the closing, or the figures computed now — always within what the user may see.
#include "core/BilantFigures.h"
#include "core/InternationalFacts.h"
#include "core/Result.h"

#include <QString>

namespace reper {

class Store;

struct ReportRequest
{
    int year = 0;
    QString center; // CR-XX, or empty for national
    bool current = false; // --current: today's figures even for a closed year
    bool revised = false; // the revised edition: frozen and current figures
};

Result<BilantReportData> loadReportData(Store& store, const ReportRequest& request);

// What the international report counts (InternationalRepository), for a year and a scope the user may
// see; for a closed year also its frozen figures, so the document can say when today's records differ.
Result<InternationalData> loadInternationalData(Store& store, int year, const QString& center);

} // namespace reper
