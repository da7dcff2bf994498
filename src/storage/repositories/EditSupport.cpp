#include "EditSupport.h"

#include "core/Logging.h"
#include "storage/audit/AuditTrail.h"

#include <QTimeZone>

namespace reper::edit {

Result<QString> centerOf(Store& store, const char* table, RecordId id)
{
    auto st = store.db().prepare(QStringLiteral("SELECT center_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    return store.reference().centerCode(st->int64(0));
}

Status mayRead(Store& store, const QString& center)
{
    if (!store.access().canReadRecords(center))
        return makeError(StoreText::tr("You may not see the records of %1.").arg(center));
    return Status::success();
}

Status mayWrite(Store& store, const QString& center)
{
    if (!store.access().canWriteRecords(center))
        return makeError(StoreText::tr("You may not change the records of %1.").arg(center));
    return Status::success();
}

Status mayStore(Store& store, const char* table, RecordId id, const QString& newCenter)
{
    if (!store.reference().centerId(newCenter))
        return makeError(StoreText::tr("There is no centre %1.").arg(newCenter));
    if (auto s = mayWrite(store, newCenter); !s)
        return s;
    if (id == 0)
        return Status::success();
    auto current = centerOf(store, table, id);
    if (!current)
        return current.error();
    return mayWrite(store, *current);
}

RecordStamp stampAt(const Statement& st, int first)
{
    const auto when = [&](int col) {
        QDateTime t = QDateTime::fromString(st.text(col), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        t.setTimeZone(QTimeZone::utc());
        return t;
    };
    return RecordStamp{st.text(first), when(first + 1), st.text(first + 2), when(first + 3)};
}

QString stampColumns(const char* alias)
{
    return QStringLiteral("cu.name, %1.created_at, uu.name, %1.updated_at").arg(QLatin1String(alias));
}

QString stampJoins(const char* alias)
{
    return QStringLiteral(
               " LEFT JOIN app_user cu ON cu.id = %1.created_by LEFT JOIN app_user uu ON uu.id = %1.updated_by")
        .arg(QLatin1String(alias));
}

Status removeRow(Store& store, const char* table, RecordId id)
{
    auto st = store.db().prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    if (!st)
        return st.error();
    if (auto s = st->bind(1, id).exec(); !s)
        return describeWriteFailure(s.error());
    if (store.db().changes() != 1)
        return makeError(StoreText::tr("The record is no longer in the store."));
    Logging::logger("storage")->info("{} {} deleted", table, id);
    return Status::success();
}

Status removeRecord(Store& store, const char* table, RecordId id)
{
    Transaction tx(store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto center = centerOf(store, table, id);
    if (!center)
        return center.error();
    if (auto s = mayWrite(store, *center); !s)
        return s;
    if (auto s = removeRow(store, table, id); !s)
        return s;
    if (auto s = flushTrail(store); !s)
        return s;
    return tx.commit();
}

Status flushTrail(Store& store) { return store.audit().flush(); }

void logSaved(const char* table, RecordId id, bool added)
{
    Logging::logger("storage")->info("{} {} {}", table, id, added ? "added" : "changed");
}

Error describeWriteFailure(const Error& error)
{
    const QString& d = error.detail;
    if (d.contains(QLatin1String("UNIQUE constraint failed: victim.code")))
        return makeError(StoreText::tr("This victim code is already used by another victim."), d);
    if (d.contains(QLatin1String("UNIQUE constraint failed: campaign.code")))
        return makeError(StoreText::tr("This campaign code is already used by another campaign."), d);
    if (d.contains(QLatin1String("UNIQUE constraint failed: funded_project.code")))
        return makeError(StoreText::tr("This project code is already used by another project."), d);
    if (d.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return makeError(StoreText::tr("Other records refer to this one; change or delete them first."), d);
    if (d.contains(QLatin1String("CHECK constraint failed")))
        return makeError(StoreText::tr("The store refused a value of this record."), d);
    if (error.message.isEmpty())
        return makeError(StoreText::tr("The record could not be saved."), d);
    return error;
}

} // namespace reper::edit
