#pragma once
// Turns the record changes that the schema's triggers stage in audit_change into trail events: one
// per changed or deleted record, with the statistical fields' old and new values and the identity
// fields by name only ("changed", "erased"). Also describes a record added one by one. The column
// lists here are the ones the triggers of 003_security.sql stage; they double as the whitelist of
// tables this class reads.
#include "core/Result.h"
#include "storage/audit/AuditEntry.h"

#include <QList>

namespace reper {

class Store;

class AuditChangeLog
{
public:
    explicit AuditChangeLog(Store& store)
        : m_store(store)
    {
    }

    // The staged changes as events, oldest first; the staging table is emptied (inside the
    // caller's transaction, so a rollback keeps them).
    Result<QList<AuditEvent>> take();
    // Whether anything is staged (a cheap check before a transaction is opened for take()).
    Result<bool> pending();
    Result<AuditEvent> describeCreated(const QString& table, RecordId id);
    // Whether a table's changes are staged (for tests and the docs).
    static QStringList auditedTables();

private:
    QString victimCode(qint64 victimId);
    QString campaignCode(qint64 campaignId);
    QString valueText(const QString& field, const QString& value);
    Store& m_store;
};

} // namespace reper
