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

Result<ReportOptions> ReportAudit::record(Store& store, const ReportAuditEntry& entry, ReportOptions options)
{
    options.auditHead.clear();
    AuditTrail& audit = store.audit();
    if (!audit.canSign())
        return options;
    auto head = audit.appendWithHead(event(entry));
    if (!head)
        return head.error();
    // An entry queued behind an import has no place in the chain yet: no head in the footer then.
    if (head->seq > 0)
        options.auditHead = head->text();
    return options;
}

} // namespace reper
