#pragma once
// The case-load report as a document (issue 10 §7): the open cases per case worker with their overdue
// deadlines, then the period's figures — cases opened and closed, the median days to the first
// monitoring contact, the repatriation follow-ups met on time. Romanian, like the bilanț, and
// rendered by the bilanț's renderers (txt, pdf, csv, xlsx; html and odt too).
#include "core/CaseLoadFigures.h"
#include "core/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"

namespace reper {

class CaseLoadDocument
{
public:
    explicit CaseLoadDocument(ReportOptions options);

    ReportDocument build(const CaseLoadFigures& figures) const;

    // The formats the case-load report is offered in (reper-cli report caseload, the window).
    static QList<ReportFormat> formats(); // pdf, xlsx, csv, txt

private:
    ReportOptions m_options;
};

// "6,5": a number of days with at most one decimal and the Romanian decimal comma; "–" for none.
QString caseLoadDays(const std::optional<double>& days);

// Any format but json (refused).
Result<QByteArray> renderCaseLoad(ReportFormat format, const CaseLoadFigures& figures, const ReportOptions& options);

} // namespace reper
