#pragma once
// Settings for one large write (an import), restored when the scope ends: a larger page cache, so
// the indexes being filled stay in memory, and foreign keys checked by the caller instead of by
// SQLite on every row. Must be entered before the transaction begins (SQLite ignores a change of
// foreign_keys inside one). The importer resolves every reference (centre, victim, campaign,
// county, country, user) before it writes, which is what lets it switch the engine's check off.
// On a server it changes nothing.
namespace reper {

class Database;

class BulkWriteScope
{
public:
    explicit BulkWriteScope(Database& db);
    ~BulkWriteScope();
    BulkWriteScope(const BulkWriteScope&) = delete;
    BulkWriteScope& operator=(const BulkWriteScope&) = delete;

private:
    Database& m_db;
};

} // namespace reper
