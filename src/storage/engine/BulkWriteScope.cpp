#include "BulkWriteScope.h"

#include "storage/engine/Database.h"
#include "storage/engine/SqlDialect.h"

namespace reper {

BulkWriteScope::BulkWriteScope(Database& db)
    : m_db(db)
{
    // The server keeps its foreign keys (each client's rows are checked where they land) and its
    // own cache: nothing to change there.
    if (m_db.dialect().engine() == Engine::LocalFile)
        (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;"));
}

BulkWriteScope::~BulkWriteScope()
{
    if (m_db.dialect().engine() == Engine::LocalFile)
        (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;"));
}

} // namespace reper
