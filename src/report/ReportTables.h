#pragma once
// The tables and charts of the bilanț document, one function each, with the public edition's
// hidden cells applied from a SuppressionPlan (an inactive plan shows every cell).
#include "core/BilantFigures.h"
#include "report/ReportDocument.h"
#include "report/SuppressionPlan.h"

namespace reper::ReportTables {

// The thirteen figures with online reach and victims identified; nationally, "*" marks the
// figures of distinct victims and a note says why they do not add up across centres.
ReportTable figures(const BilantFigures& f);
// The year against the year before: figure, this year, last year, difference, change in %.
ReportTable comparison(const BilantFigures& f, const BilantFigures& previous);
// "Alte cifre": the further figures of domain.md §5.
ReportTable info(const BilantFigures& f, const SuppressionPlan& plan);
// One breakdown of the victims identified, with percentages; withheld tables keep their total.
ReportTable breakdown(const BilantFigures& f, const QString& name, const SuppressionPlan& plan);
// Victims identified by month of notification.
ReportTable months(const BilantFigures& f, const SuppressionPlan& plan);
// Nationally, one row per centre and the national row: victims; prevention; cooperation.
ReportTable centreVictims(const BilantFigures& national, const QList<BilantFigures>& centres,
                          const SuppressionPlan& plan);
ReportTable centrePrevention(const BilantFigures& national, const QList<BilantFigures>& centres);
ReportTable centreCooperation(const BilantFigures& national, const QList<BilantFigures>& centres);
// Revised edition: every figure whose current value differs from the frozen one.
ReportTable revisions(const BilantReportData& data);
// Records of a closed year changed after the closing (at most `limit` rows, with a note beyond).
ReportTable changedRecords(const QList<ChangedRecord>& records, int limit);

ReportChart monthChart(const BilantFigures& f, const SuppressionPlan& plan);
ReportChart exploitationChart(const BilantFigures& f, const SuppressionPlan& plan);
ReportChart centreChart(const QList<BilantFigures>& centres, bool persons);

// "ianuarie" … "decembrie"
QString monthName(int month);
// "Brașov" for CR-BV (the seat), the code for an unknown centre.
QString centreSeat(const QString& code);

} // namespace reper::ReportTables
