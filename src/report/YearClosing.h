#pragma once
// Closing a year, shared by `reper-cli close` and the window's Reports page: the checks (the centre
// exists, the user may close its years, the year is not closed yet), the data-quality check, then
// the freeze — the figures as canonical JSON (FiguresCodec) stored by ClosedYearRepository, which
// records the closing in the audit trail in the same transaction.
#include "core/Result.h"
#include "core/Scope.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/DataQualityRepository.h"

#include <optional>

namespace reper {

class Store;

struct YearClosingCheck
{
    int year = 0;
    Scope scope;
    std::optional<ClosedYearRecord> previous; // the latest closing, if any
    QList<QualityFinding> findings;
    int blocking = 0;
};

// `dryRun`: only the data-quality check (the right to close is needed all the same: the findings
// name victim codes); `reclose`: a closed year may be closed again as a new version.
Result<YearClosingCheck> checkYearClosing(Store& store, int year, const QString& center, bool dryRun, bool reclose);
// Refused while the check found blocking problems, unless `force` (the closing is then marked so).
Result<ClosedYearRecord> closeYear(Store& store, const YearClosingCheck& check, bool force);

} // namespace reper
