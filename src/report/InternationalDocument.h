#pragma once
// The international report as a document (report international; docs/international.md): an
// introduction, then the tables for Eurostat and GRETA, GRETA's tables of the support given, and
// SDG 16.2.2, each table with its definition and the bilanț figure its total equals printed under
// it. The public edition hides small cells with the bilanț's own SuppressionPlan. Rendered by the
// bilanț's renderers (txt, html, pdf, odt, csv, xlsx); JSON by renderInternationalJson.
#include "core/InternationalFacts.h"
#include "core/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"
#include "report/SuppressionPlan.h"

namespace reper {

class InternationalDocument
{
public:
    explicit InternationalDocument(ReportOptions options);

    // The edition's plan (inactive unless public): the cells the document shows and their sums.
    SuppressionPlan planFor(const InternationalData& data) const;
    ReportDocument build(const InternationalData& data) const;
    ReportDocument build(const InternationalData& data, const SuppressionPlan& plan) const;

private:
    ReportOptions m_options;
};

// Any format: json through renderInternationalJson, the others through the document.
Result<QByteArray> renderInternational(ReportFormat format, const InternationalData& data,
                                       const ReportOptions& options);

} // namespace reper
