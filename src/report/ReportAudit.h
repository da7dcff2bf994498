#pragma once
// The audit entry of a report made from the store (the bilanț, the international tables), built in
// one place for reper-cli report bilant|international and the window's Reports page (shown, saved,
// printed): the action, the year and scope, the format, the edition, and whether the figures were
// those frozen at the closing. It is recorded before the document is drawn, so that the footer
// carries the trail's head with this very entry.
#include "core/Result.h"
#include "report/ReportOptions.h"

#include <QDate>
#include <QString>

namespace reper {

class Store;
struct AuditEvent;

struct ReportAuditEntry
{
    QString action; // AuditAction::Report (shown, saved, written) or AuditAction::Print
    QString format; // a ReportFormats name, "screen" or "print"
    int year = 0;
    QString center; // CR-XX, or empty for national
    Edition edition = Edition::Internal;
    bool frozen = false; // the figures frozen at the year's closing
    QString report = QStringLiteral("bilant"); // or "international" (report international)
};

// The entry of a report of a period rather than a year (report caseload).
struct PeriodReportEntry
{
    QString action; // AuditAction::Report or AuditAction::Print
    QString format; // a ReportFormats name, "screen" or "print"
    QString report; // "caseload"
    QString center; // CR-XX, or empty for national
    QDate from;
    QDate to;
};

namespace ReportAudit {
// The trail's event for the entry: record type "report", code "bilant" or "international", the
// scope's centre, and the detail {year, format, edition, frozen}.
AuditEvent event(const ReportAuditEntry& entry);
// Records the entry and returns `options` with the trail's head after it (ReportOptions::auditHead),
// or with no head when this session cannot sign (a store opened with the recovery key): the report
// is then made without an audit line.
Result<ReportOptions> record(Store& store, const ReportAuditEntry& entry, ReportOptions options);
// The same for a period: code `report`, the detail {from, to, format}.
AuditEvent event(const PeriodReportEntry& entry);
Result<ReportOptions> record(Store& store, const PeriodReportEntry& entry, ReportOptions options);
} // namespace ReportAudit

} // namespace reper
