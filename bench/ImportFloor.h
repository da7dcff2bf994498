#pragma once
// The insert floor of issue 15: the rows an import wrote, inserted again into a fresh store of the
// same schema with bare prepared statements (no parsing, no checks, no row keys computed), in one
// transaction as the import, with the same settings (BulkWriteScope). Only the inserts and the
// commit are timed: the rows are read from the imported store a batch at a time, off the clock.
#include <QString>

namespace reper {
class Database;
class Store;
} // namespace reper

namespace reper::bench {

struct FloorResult
{
    bool ok = false;
    QString error;
    qint64 rows = 0; // store rows inserted
    double seconds = 0; // inserts and commit
};

// Copies, table by table in the import's order, every table that `fresh` holds no row of and
// `imported` does.
FloorResult insertFloor(Database& imported, Store& fresh);

} // namespace reper::bench
