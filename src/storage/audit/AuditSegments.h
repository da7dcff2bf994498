#pragma once
// Audit trails brought in from other stores (issue 8 §4, decisions V20): `reper-cli migrate` copies a
// local store's trail into this store as a segment of its own (audit_segment, audit_segment_entry),
// entry by entry as it was hashed and signed, with the public key that signed each. A segment is
// checked on its own: numbered from 1, chained from its store's genesis, each entry's hash over its
// content, each signature, and each signing key introduced inside the segment before it signs (the
// first entry, the store's creation, introduces its own). The entry of this store's trail that
// records the migration names the segment's store and head; verify() checks that each segment ends
// exactly there, so a segment cannot be cut short, extended or swapped without this store's own
// signed trail saying otherwise.
#include "core/Result.h"
#include "storage/audit/AuditEntry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace reper {

class Database;

struct AuditSegmentCopy
{
    qint64 segmentId = 0;
    qint64 entries = 0;
    AuditHead head;
};

struct AuditSegmentCheck
{
    bool ok = true;
    QString line; // what a person reads after "ok: " or "FAILED: "
};

class AuditSegments
{
public:
    // Copies the trail of the store `from` (whose id is `storeId`) into `to` as a new segment, in the
    // caller's transaction on `to`. The trail is checked first: a trail that does not hold is not
    // copied (the error names the first fault).
    static Result<AuditSegmentCopy> copy(Database& from, const QString& storeId, Database& to, qint64 migratedBy,
                                         const QString& migratedAt);
    // Each segment of `db`, checked; `heads`: store id → the head ("SEQ:HEX", full hash) that this
    // store's own trail recorded when it migrated that store.
    static QList<AuditSegmentCheck> verify(Database& db, const QHash<QString, QString>& heads);
    // "SEQ:HEX" with the full hash, as the migration's entry records it.
    static QString fullHead(const AuditHead& head);

private:
    // The checks of one trail's entries in order: empty when they hold, else the first fault.
    static QString firstFault(const QList<AuditEntry>& entries, const QString& storeId);
};

} // namespace reper
