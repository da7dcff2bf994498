#pragma once
// What one import has given each victim code as identity, for the rule that one file gives one
// person one identity (RowImporters): per identity column a hash of the value and the line that
// gave it, never the value itself.
//
// Kept in a working table of the store, inside the import's transaction, not in the process: held
// in memory it grew with the number of victims a file names (21 MB for the 140,000 of the ten-year
// benchmark folder, and twice that for twenty years), and an import's memory must stay flat in the
// data (issue 15, docs/benchmarks.md). On the local file the table is in the main database, whose
// page cache is bounded and spills to the write-ahead log (a temporary table would be memory there:
// temp_store = MEMORY); on the server it is a temporary table of the session. It lives from open()
// to close(), and a rolled-back import (a dry run, problems, a failure) takes it away with the rest.
#include "core/Result.h"

#include <QSet>
#include <QString>
#include <array>
#include <optional>

namespace reper {

class Database;

struct GivenIdentity
{
    static constexpr int kColumns = 6; // last_name, first_name, cnp, address, phone, notes
    bool created = false; // this import created the victim: its first row is what was written
    std::array<quint64, kColumns> hash{}; // 0: not given
    std::array<int, kColumns> line{}; // the line that gave each value
};

class GivenIdentityTable
{
public:
    explicit GivenIdentityTable(Database& db);
    // Makes the empty table; call inside the import's transaction.
    Status open();
    // Drops it, before the import commits.
    Status close();
    // What this import has given `code` so far; nothing when no row gave it identity and this
    // import did not create it (a victim created here is kept, flag `created`, even without one).
    Result<std::optional<GivenIdentity>> find(const QString& code);
    Status put(const QString& code, const GivenIdentity& given);

private:
    Database& m_db;
    const QString m_select; // the statements, in this engine's words
    const QString m_write;
    // A hash of each code the table holds: a code the file names once (most of them) is looked up
    // without asking the store. Eight bytes a code; a collision only costs a lookup.
    QSet<quint64> m_codes;
};

} // namespace reper
