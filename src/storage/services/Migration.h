#pragma once
// reper-cli migrate (issue 8 §4, decisions V20): a centre's local store moved into the server, all or
// nothing, in one transaction on the server.
//   - records: every record of each centre the file holds, by its UUID, through the same path a
//     centre package takes (PackageRecords, PackageApplier), so a later package of that centre
//     finds its records; a store is migrated once (its trail's segment is there), and a record
//     already on the server that was changed there is listed and refused, never overwritten;
//   - the victims' identity, when the file's user may read it there and the server's user may write
//     it (PackageIdentity); a file holding identity that cannot be carried is refused unless the
//     caller migrates without it, on purpose;
//   - the audit trail, checked and copied as a segment (AuditSegments), its head recorded in the
//     server's own trail with the migration;
//   - users: the file's users that the server lacks are listed with their roles and centre. On a
//     server only administrators add login roles, and a migration is run by the centres'
//     coordinator (the one role that writes records and identity), so the administrator adds them
//     (`user add`), each with a temporary password; nothing is guessed.
// Refused before anything is written: a victim or campaign code that another record on the server
// already holds (every such code, with that record's centre), a centre the server's user may not
// write, a trail of the file that does not hold. The file is read from a snapshot and never changed
// (StoreSnapshot).
#include "core/Result.h"
#include "storage/audit/AuditEntry.h"
#include "storage/package/PackageApplier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace reper {

class Store;

struct MigratedCentre
{
    QString center;
    int records = 0;
    PackagePlanCounts counts;
    int identities = 0; // victims whose identity was written on the server
    int merges = 0; // the centre's merges of two victim codes (PackageMerges)
};

struct MigrationResult
{
    QString sourceStoreId;
    QList<MigratedCentre> centres;
    qint64 auditEntries = 0;
    AuditHead segmentHead;
    QStringList clashes; // "RV-… (victim, CR-XX)": the migration was refused, nothing written
    QStringList usersToAdd; // "name: roles, centre" of the file's users the server lacks
    bool migrated = false;
};

class Migration
{
public:
    Migration(Store& file, Store& server)
        : m_file(file)
        , m_server(server)
    {
    }
    Result<MigrationResult> run(bool withIdentity);

private:
    struct Centre
    {
        QString code;
        qint64 fileId = 0;
        qint64 serverId = 0;
        QJsonArray records;
        QJsonArray references;
        bool hasIdentity = false;
    };
    Result<QList<Centre>> centresOfFile();
    Result<QStringList> clashes(const QList<Centre>& centres);
    Result<QStringList> usersMissing();

    Store& m_file;
    Store& m_server;
};

} // namespace reper
