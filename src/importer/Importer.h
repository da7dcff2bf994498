#pragma once
// Imports a folder of the CSV files of interchange.md §1 into the store: all or nothing, in one
// transaction. Every wrong row of every file is reported; if there is any, nothing is written.
// Files are read as streams, so memory does not grow with their size.
#include "importer/ImportProblem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace reper {

class Store;

struct ImportFileCounts
{
    QString file;
    qint64 rows = 0;
    qint64 added = 0; // new records
    qint64 present = 0; // rows already in the store (imported before)
};

struct ImportReport
{
    QList<ImportProblem> problems;
    QList<ImportFileCounts> files;
    QStringList notes; // things worth saying that are not errors (ignored files)
    bool written = false; // true when the import was committed
    bool cancelled = false;
    QString failure; // a store error that stopped the import, if any
    bool ok() const { return problems.isEmpty() && failure.isEmpty() && !cancelled; }
    qint64 rows() const;
    qint64 added() const;
};

class Importer
{
public:
    explicit Importer(Store& store);
    // Called every few thousand rows with the rows read so far; returning false cancels.
    void setProgress(std::function<bool(qint64 rows)> progress) { m_progress = std::move(progress); }
    // Called once when another import of the store runs and this one waits its turn (ImportLock).
    void setWaitingNotice(std::function<void(const QString& message)> notice) { m_waiting = std::move(notice); }
    ImportReport run(const QString& folder, bool dryRun);

private:
    Store& m_store;
    std::function<bool(qint64)> m_progress;
    std::function<void(const QString&)> m_waiting;
};

} // namespace reper
