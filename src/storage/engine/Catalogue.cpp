#include "Catalogue.h"

namespace reper::Catalogue {

// SQLite 3.15 (SQLCipher 3.4.1) has no pragma table-valued functions: the pragmas themselves. The
// server's catalogue is laid out as they are; the table is found on the session's search path.

QString columnsQuery(Engine engine, const QString& table)
{
    if (engine == Engine::LocalFile)
        return QStringLiteral("PRAGMA table_info(%1)").arg(table);
    return QStringLiteral("SELECT a.attnum, a.attname::text FROM pg_attribute a WHERE a.attrelid = to_regclass('%1') "
                          "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")
        .arg(table);
}

QString foreignKeysQuery(Engine engine, const QString& table)
{
    if (engine == Engine::LocalFile)
        return QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table);
    return QStringLiteral("SELECT 0, 0, t.relname::text, a.attname::text FROM pg_constraint c "
                          "JOIN pg_class t ON t.oid = c.confrelid "
                          "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                          "WHERE c.conrelid = to_regclass('%1') AND c.contype = 'f'")
        .arg(table);
}

} // namespace reper::Catalogue
