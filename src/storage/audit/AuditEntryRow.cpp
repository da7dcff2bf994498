#include "AuditEntryRow.h"

#include "storage/engine/Database.h"

namespace reper::AuditEntryRow {

QString trailColumns()
{
    return QStringLiteral("e.seq, e.at, e.user_id, e.user_name, e.action, e.record_type, e.record_id, e.record_code, "
                          "e.center, e.detail, e.key_id, k.public_key, e.prev_hash, e.hash, e.signature");
}

QString segmentColumns()
{
    return QStringLiteral("seq, at, user_id, user_name, action, record_type, record_id, record_code, center, detail, "
                          "key_id, public_key, prev_hash, hash, signature");
}

AuditEntry read(Statement& st)
{
    AuditEntry e;
    e.seq = st.int64(0);
    e.at = st.text(1);
    e.userId = st.int64(2);
    e.userName = st.text(3);
    e.action = st.text(4);
    e.recordType = st.text(5);
    e.recordId = st.int64(6);
    e.recordCode = st.text(7);
    e.center = st.text(8);
    e.detail = st.text(9);
    e.keyId = st.int64(10);
    e.signerKey = st.blob(11);
    e.prevHash = st.blob(12);
    e.hash = st.blob(13);
    e.signature = st.blob(14);
    return e;
}

} // namespace reper::AuditEntryRow
