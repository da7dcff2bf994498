#pragma once
// `export all`: every record of the acting user's scope as the twelve interchange files
// (interchange.md §1), so that importing the folder into an empty store gives the same bilanț for
// every year, national and per centre. Victims come from VictimExport, with its rules for roles and
// identity; the other eleven files are read here with the same scope rule (the record's centre, and
// for a victim's records the victim's centre too, must be readable). `year` keeps the records that
// count in that year and the victims and campaigns they refer to. One entry of the audit trail.
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace reper {

class Store;

struct RecordsExportRequest
{
    QString center; // CR-XX, empty: the whole scope
    int year = 0; // 0: every year
    bool withIdentity = false;
    bool confirmed = false;
    QString destination; // the folder, for the trail
};

struct ExportTable
{
    QString fileName; // victims.csv, …
    QStringList header;
    QList<QStringList> rows;
};

struct RecordsExportResult
{
    QList<ExportTable> tables; // the twelve, in the order of the import
    int victims = 0;
    bool identity = false;
    qint64 rows() const;
};

class RecordsExport
{
public:
    explicit RecordsExport(Store& store)
        : m_store(store)
    {
    }
    Result<RecordsExportResult> run(const RecordsExportRequest& request);
    // Whether `folder` may receive an export: new, or an empty folder. Checked before run() (which
    // records the export in the trail) and again by writeFolder().
    static Status checkFolder(const QString& folder);
    // Writes the twelve files into `folder`, which must be new or empty (nothing is overwritten):
    // each file atomically, mode 0600; the folder is made 0700 when it is created here.
    static Status writeFolder(const RecordsExportResult& result, const QString& folder);

private:
    Store& m_store;
};

} // namespace reper
