#pragma once
// How an audit entry is read from the store, once: the trail (audit_entry, with its signer's public
// key from audit_key), its verification and the trails migrated in (audit_segment_entry) select the
// same fifteen columns in the same order and read them here.
#include "storage/audit/AuditEntry.h"

#include <QString>

namespace reper {

class Statement;

namespace AuditEntryRow {
// For "FROM audit_entry e LEFT JOIN audit_key k ON k.id = e.key_id".
QString trailColumns();
// For "FROM audit_segment_entry", and for writing one (the same names, public_key its own column).
QString segmentColumns();
AuditEntry read(Statement& st);
} // namespace AuditEntryRow

} // namespace reper
