#pragma once
// `report international --format json`: the contract for scripts (docs/interchange.md §5). One key
// per table, each an array of its finest cells as objects — the dimension codes (sex F/M/U; age
// child/adult/unknown; group RO/EU/NONEU/unknown; citizenship ISO or unknown; form domain.md's
// exploitation codes with form_group sexual/labour/other/unknown; scope internal/international)
// and the count as "victims" (SDG 16.2.2 also "per_100k") —, then _totals (each table's total and
// the bilanț figure it equals), _population and _report. Keys in a fixed order; a cell the public
// edition hides is null.
#include "core/InternationalFacts.h"
#include "report/ReportOptions.h"
#include "report/SuppressionPlan.h"

#include <QByteArray>

namespace reper {

QByteArray renderInternationalJson(const InternationalData& data, const ReportOptions& options,
                                   const SuppressionPlan& plan);
// The tables of the internal edition without _report: what the document's hash is taken of.
QByteArray internationalCanonicalJson(const InternationalData& data);

} // namespace reper
