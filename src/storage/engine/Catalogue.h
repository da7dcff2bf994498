#pragma once
// What the store itself says of one of its tables, on either engine (docs/server.md): its columns
// in their order, the name in the second column of each row (SQLite's PRAGMA table_info), and its
// foreign keys, the table referred to in the third column and the referring column in the fourth
// (PRAGMA foreign_key_list). How a centre package learns the shape of each record kind, so that a
// column added by a schema step travels without a list kept by hand. `table` is one of the
// program's own table names, never user input.
#include "storage/engine/SqlDialect.h"

#include <QString>

namespace reper::Catalogue {

QString columnsQuery(Engine engine, const QString& table);
QString foreignKeysQuery(Engine engine, const QString& table);

} // namespace reper::Catalogue
