#pragma once
// Makes the bilanț document from the figures: the narrative from the template with the figures
// in place, then the annexes — the figures, the year against the year before, the further figures,
// the charts and breakdowns of the victims identified, the centres, and for a closed year what
// changed since. The edition decides the marking and which cells are hidden.
#include "core/BilantFigures.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"
#include "report/SuppressionPlan.h"

namespace reper {

class DocumentBuilder
{
public:
    explicit DocumentBuilder(ReportOptions options);

    ReportDocument build(const BilantReportData& data) const;
    // The suppression plan of the edition for these figures (inactive unless public).
    SuppressionPlan planFor(const BilantReportData& data) const;

    // How many changed records a document lists at most.
    static constexpr int kChangedRecordsShown = 200;

private:
    ReportSection figuresSection(const BilantReportData& data, const BilantFigures& f,
                                 const SuppressionPlan& plan) const;
    ReportSection victimsSection(const BilantFigures& f, const SuppressionPlan& plan) const;
    ReportSection centresSection(const BilantFigures& f, const QList<BilantFigures>& centres,
                                 const SuppressionPlan& plan) const;
    ReportSection closureSection(const BilantReportData& data) const;

    ReportOptions m_options;
};

} // namespace reper
