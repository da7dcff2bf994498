#pragma once
// `export victims`: the victims in the acting user's scope as rows of victims.csv (one per
// identification, so the file imports again). Analysts and administrators alone are refused.
// Identity columns are filled only for a coordinator of the victims' own centre who asked for them
// and confirmed; otherwise they are empty (the rows still import: empty identity is not compared).
// Every export is an entry of the audit trail, naming the victims when identity left the program.
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace reper {

class Store;

struct VictimExportRequest
{
    QString center; // CR-XX, empty: the whole scope
    bool withIdentity = false; // asked for the identity columns
    bool confirmed = false; // and confirmed it
    QString destination; // the file's name, for the trail
};

struct VictimExportResult
{
    QStringList header;
    QList<QStringList> rows;
    int victims = 0;
    bool identity = false;
    QStringList codes; // the victim codes, in the order of their first row
    QString scopeCenter; // the centre exported, empty: the user's whole (national) scope
};

class VictimExport
{
public:
    explicit VictimExport(Store& store)
        : m_store(store)
    {
    }
    static QStringList columns(); // the columns of victims.csv, in the contract's order
    Result<VictimExportResult> run(const VictimExportRequest& request); // collect, then record
    // The rows, after the checks of role, scope and identity; nothing is recorded in the trail.
    Result<VictimExportResult> collect(const VictimExportRequest& request);
    Status record(const VictimExportRequest& request, const VictimExportResult& result);
    // The file: UTF-8, a header line, RFC 4180 quoting, as import reads it back.
    static QByteArray csv(const VictimExportResult& result);

private:
    Store& m_store;
};

} // namespace reper
