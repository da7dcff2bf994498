#include "ReportAudit.h"

#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"

#include <QJsonObject>

namespace reper {

AuditEvent ReportAudit::event(const ReportAuditEntry& entry)
{
    const QJsonObject detail{{QStringLiteral("year"), entry.year},
                             {QStringLiteral("format"), entry.format},
                             {QStringLiteral("edition"), editionName(entry.edition)},
                             {QStringLiteral("frozen"), entry.frozen}};
    return {entry.action, QStringLiteral("report"), 0, entry.report, entry.center, detail};
}

AuditEvent ReportAudit::event(const PeriodReportEntry& entry)
{
    const QJsonObject detail{{QStringLiteral("from"), entry.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), entry.to.toString(Qt::ISODate)},
                             {QStringLiteral("format"), entry.format}};
    return {entry.action, QStringLiteral("report"), 0, entry.report, entry.center, detail};
}

namespace {

Result<ReportOptions> recordEvent(Store& store, const AuditEvent& event, ReportOptions options)
{
    options.auditHead.clear();
    AuditTrail& audit = store.audit();
    if (!audit.canSign())
        return options;
    auto head = audit.appendWithHead(event);
    if (!head)
        return head.error();
    // An entry queued behind an import has no place in the chain yet: no head in the footer then.
    if (head->seq > 0)
        options.auditHead = head->text();
    return options;
}

} // namespace

Result<ReportOptions> ReportAudit::record(Store& store, const ReportAuditEntry& entry, ReportOptions options)
{
    return recordEvent(store, event(entry), std::move(options));
}

Result<ReportOptions> ReportAudit::record(Store& store, const PeriodReportEntry& entry, ReportOptions options)
{
    return recordEvent(store, event(entry), std::move(options));
}

} // namespace reper
