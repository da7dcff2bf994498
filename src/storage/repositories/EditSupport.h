#pragma once
// Shared steps of the editors (VictimEditor, RecordEditor): the access checks on a
// record's centre, the stamp columns, and UPDATE/DELETE of one row. Internal to the storage layer.
#include "core/Records.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"

#include <QCoreApplication>

namespace reper::edit {

// The messages of this file, for lupdate and the translators (context "Store").
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// The centre code of a row, or an error when there is no such row.
Result<QString> centerOf(Store& store, const char* table, RecordId id);

// Errors unless the user may read / write records of `center`.
Status mayRead(Store& store, const QString& center);
Status mayWrite(Store& store, const QString& center);

// Before saving: the record's new centre must be writable, and for an existing record its
// current centre too (moving a record out of one's scope is a change to that centre's records).
Status mayStore(Store& store, const char* table, RecordId id, const QString& newCenter);

// Reads created_by, created_at, updated_by, updated_at (names and UTC stamps) and the version from
// five columns.
RecordStamp stampAt(const Statement& st, int firstColumn);
// The SQL for those five columns from `alias`, joining app_user as cu/uu (see stampJoins).
QString stampColumns(const char* alias);
QString stampJoins(const char* alias);

// Why a save of `table`'s row `id` read at `version` changed nothing: someone saved it since (a
// Conflict naming who and when), or it is gone.
Error notSaved(Store& store, const char* table, RecordId id, qint64 version);

// Runs `UPDATE <sql> … updated_by = ?, updated_at = ? WHERE id = ? AND version = ?`: `sql` ends with
// the record's own assignments bound from 1 to n by `bind`. Optimistic locking: the row is written
// only while it is still at the version the user read (the store counts a version on every change,
// schema steps 7 and 8), so a save over someone else's change is refused, never applied. A record
// not read from the store (version 0) is saved without the check.
template<typename Bind>
Status updateRecord(Store& store, const char* table, const QString& sql, int n, RecordId id, qint64 version, Bind bind)
{
    auto st = store.db().prepare(sql + QStringLiteral(", updated_by = ?, updated_at = ? WHERE id = ?")
                                 + (version > 0 ? QStringLiteral(" AND version = ?") : QString()));
    if (!st)
        return st.error();
    bind(*st);
    st->bind(n + 1, store.user().id).bind(n + 2, store.timestamp()).bind(n + 3, id);
    if (version > 0)
        st->bind(n + 4, version);
    if (auto s = st->exec(); !s)
        return s;
    if (store.db().changes() != 1)
        return notSaved(store, table, id, version);
    return Status::success();
}

Status removeRow(Store& store, const char* table, RecordId id);
// removeRow in its own transaction, after checking that the user may change the record's centre.
Status removeRecord(Store& store, const char* table, RecordId id);

// A user-readable message for a failed write: the engine's detail stays in the log field.
Error describeWriteFailure(const Error& error);

// Saves one record in its own transaction: `insert()` (returning Result<RecordId>) for a new
// record (id 0), `update()` (returning Status) for an existing one, after the access checks.
void logSaved(const char* table, RecordId id, bool added);
// The changes the schema's triggers staged become signed entries of the audit trail, inside the
// caller's transaction (AuditTrail::flush).
Status flushTrail(Store& store);

template<typename Insert, typename Update>
Result<RecordId> saveRecord(Store& store, const char* table, RecordId id, const QString& center, Insert insert,
                            Update update)
{
    Transaction tx(store.db());
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (auto s = mayStore(store, table, id, center); !s)
        return s.error();
    RecordId saved = id;
    if (id == 0) {
        Result<RecordId> added = insert();
        if (!added)
            return describeWriteFailure(added.error());
        saved = *added;
    } else if (Status s = update(); !s) {
        return describeWriteFailure(s.error());
    }
    if (auto s = flushTrail(store); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    logSaved(table, saved, id == 0);
    return saved;
}

} // namespace reper::edit
