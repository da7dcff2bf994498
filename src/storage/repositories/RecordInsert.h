#pragma once
// The shared step of every repository's add(): run a prepared INSERT whose row key makes a repeated
// import add nothing, and say whether a row was added. Only a clash on the row key means "already
// there" (an error the local file's SQLite recognises, a row the server's ON CONFLICT did not add);
// any other constraint (a CHECK, a NOT NULL) is an error, never silently ignored.
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/repositories/RecordWrite.h"

#include <QCoreApplication>

namespace reper::detail {

// Runs the keyed INSERT `sql`: `bind` binds the record's own columns from 1 to n; the row key and the
// four stamp columns follow. The new row's id, or 0 when its row key was already there. Writes no
// audit entry: the caller does, once what belongs to the row is written too.
template<typename Bind>
Result<RecordId> insertKeyedRow(Store& store, const char* sql, int n, const QByteArray& rowKey, Bind bind)
{
    auto cached = store.db().cached(sql);
    if (!cached)
        return cached.error();
    Statement* st = cached->get();
    bind(*st);
    if (rowKey.isEmpty())
        st->bindNull(n + 1);
    else
        st->bindBlob(n + 1, rowKey);
    const QString now = store.timestamp();
    st->bind(n + 2, store.user().id).bind(n + 3, now).bind(n + 4, store.user().id).bind(n + 5, now);
    if (auto s = st->exec(); !s) {
        if (store.db().dialect().isUniqueClash(s.error().detail, {}, QStringLiteral("row_key")))
            return RecordId(0);
        return s.error();
    }
    if (store.db().changes() == 0) // the row key was there (on the server, ON CONFLICT DO NOTHING)
        return RecordId(0);
    return store.db().lastInsertId();
}

// insertKeyedRow, then (one by one, not an import) the record's own entry in the audit trail.
// `table` names the record's kind there.
template<typename Bind>
Result<InsertOutcome> insertRecord(Store& store, const char* sql, const QString& table, int n, const QByteArray& rowKey,
                                   Bind bind)
{
    const auto id = insertKeyedRow(store, sql, n, rowKey, bind);
    if (!id)
        return id.error();
    if (*id == 0)
        return InsertOutcome{0, false};
    if (!store.audit().inBatch()) {
        if (auto s = store.audit().recordCreated(table, *id); !s)
            return s.error();
    }
    return InsertOutcome{*id, true};
}

// The same, the table named by the SQL's "INSERT INTO table(".
template<typename Bind>
Result<InsertOutcome> insertRecord(Store& store, const char* sql, int n, const QByteArray& rowKey, Bind bind)
{
    const QString text = QString::fromLatin1(sql);
    const int from = text.indexOf(QLatin1String("INTO ")) + 5;
    return insertRecord(store, sql, text.mid(from, text.indexOf(QLatin1Char('('), from) - from).trimmed(), n, rowKey,
                        bind);
}

// The id of the centre a record is written for; an error unless the acting user may write there.
inline Result<qint64> centerIdOf(Store& store, const QString& code)
{
    const auto id = store.reference().centerId(code);
    if (!id)
        return makeError(QCoreApplication::translate("Store", "There is no centre %1.").arg(code));
    if (!store.access().canWriteRecords(code))
        return makeError(QCoreApplication::translate("Store", "You may not change the records of %1.").arg(code));
    return *id;
}

} // namespace reper::detail
