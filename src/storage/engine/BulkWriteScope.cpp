#include "BulkWriteScope.h"

#include "storage/engine/Database.h"

namespace reper {

BulkWriteScope::BulkWriteScope(Database& db)
    : m_db(db)
{
    (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;"));
}

BulkWriteScope::~BulkWriteScope()
{
    (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;"));
}

} // namespace reper
