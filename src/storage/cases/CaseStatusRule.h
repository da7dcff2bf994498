#pragma once
// The state a case gets by rule when nobody has judged it yet (docs/decisions.md, "Case states of
// existing victims"): the cases made by schema step 8 for the victims already in a store, and those
// of the victims an import adds. Relative to `today`, the store's clock:
//   active      an assistance period still open, a repatriation requested or in progress, or the
//               case's first record within the last 90 days;
//   follow_up   otherwise, when the victim's latest recorded date is within the last 365 days;
//   closed      otherwise, reason "other", closed on that latest date.
// The case opens on the victim's first recorded date (notification, assistance, repatriation request,
// proceedings), or the day the victim was recorded when there is none.
#include "core/Result.h"

#include <QDate>

namespace reper {

class Database;

namespace CaseStatusRule {
// Applies the rule to the cases whose id is greater than `afterCaseId` (0: every case).
Status apply(Database& db, const QDate& today, qint64 afterCaseId = 0);
// The largest case id now (an import applies the rule to the cases made after it).
Result<qint64> lastCaseId(Database& db);
} // namespace CaseStatusRule

} // namespace reper
