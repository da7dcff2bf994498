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

namespace {

// A stamp column ("yyyy-MM-dd HH:mm:ss", UTC) as a time.
QDateTime utcStamp(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

RecordStamp stampAt(const Statement& st, int first)
{
    return RecordStamp{st.text(first), utcStamp(st.text(first + 1)), st.text(first + 2), utcStamp(st.text(first + 3)),
                       st.int64(first + 4)};
}

QString stampColumns(const char* alias)
{
    return QStringLiteral("cu.name, %1.created_at, uu.name, %1.updated_at, %1.version").arg(QLatin1String(alias));
}

Error notSaved(Store& store, const char* table, RecordId id, qint64 version)
{
    auto st = store.db().prepare(QStringLiteral("SELECT x.version, uu.name, x.updated_at FROM %1 x LEFT JOIN app_user "
                                                "uu ON uu.id = x.updated_by WHERE x.id = ?")
                                     .arg(QLatin1String(table)));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    if (version <= 0 || st->int64(0) == version)
        return makeError(StoreText::tr("The record could not be saved."),
                         QStringLiteral("%1 %2: no row updated").arg(QLatin1String(table)).arg(id));
    const QDateTime when = utcStamp(st->text(2));
    const QString who = st->text(1).isEmpty() ? StoreText::tr("Another user") : st->text(1);
    Error e = makeError(StoreText::tr("%1 changed this record on %2 at %3, after you opened it; your changes were "
                                      "not saved.")
                            .arg(who, when.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")),
                                 when.toLocalTime().toString(QStringLiteral("HH:mm"))),
                        QStringLiteral("%1 %2: version %3 read, %4 stored")
                            .arg(QLatin1String(table))
                            .arg(id)
                            .arg(version)
                            .arg(st->int64(0)));
    e.fault = Fault::Conflict;
    return e;
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
    // Each engine words a clash on the code its own way (SqlDialect::isUniqueClash); on a server the
    // code may have been taken by any client first.
    const auto codeTaken = [&](const char* table) {
        const QString t = QLatin1String(table);
        const QString code = QStringLiteral("code");
        return SqlDialect::localFile().isUniqueClash(d, t, code) || SqlDialect::server().isUniqueClash(d, t, code);
    };
    if (codeTaken("victim"))
        return makeError(StoreText::tr("This victim code is already used by another victim."), d);
    if (codeTaken("campaign"))
        return makeError(StoreText::tr("This campaign code is already used by another campaign."), d);
    if (codeTaken("funded_project"))
        return makeError(StoreText::tr("This project code is already used by another project."), d);
    if (d.contains(QLatin1String("FOREIGN KEY constraint failed")) || d.startsWith(QLatin1String("23503")))
        return makeError(StoreText::tr("Other records refer to this one; change or delete them first."), d);
    if (d.contains(QLatin1String("CHECK constraint failed")) || d.startsWith(QLatin1String("23514")))
        return makeError(StoreText::tr("The store refused a value of this record."), d);
    if (error.message.isEmpty())
        return makeError(StoreText::tr("The record could not be saved."), d);
    return error;
}

} // namespace reper::edit
