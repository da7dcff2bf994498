#pragma once
// Where the figures of a bilanț come from, for the report and explain commands: the frozen
// figures of a closed year (unless the current ones are asked for) with the records changed since
// the closing, or the figures computed now; the time the report is made (the clock, or
// $REPER_REPORT_TIME for reproducible output).
#include "BilantFigures.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

namespace reper {
class Store;
}

namespace reper::cli {

struct ReportRequest
{
    int year = 0;
    QString center; // CR-XX, or empty for national
    bool current = false; // --current: today's figures even for a closed year
    bool revised = false; // the revised edition: frozen and current figures
};

Result<BilantReportData> loadReportData(Store& store, const ReportRequest& request);

// $REPER_REPORT_TIME (ISO 8601, e.g. 2026-01-15T12:00:00Z) when set, else now (UTC).
Result<QDateTime> reportTime();

} // namespace reper::cli
