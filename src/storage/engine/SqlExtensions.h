#pragma once
// Two things SQLite 3.15 does not know and the window's lists need: a collation that sorts text as
// Romanian does (`COLLATE reper_ro`, QCollator for ro_RO: ă after a, ș after s) and a function that
// folds text for search (`reper_fold(x)`: lower case, no diacritics, ş/ș alike — foldText). They are
// registered per connection, before the first list query on it.
#include "core/Result.h"

#include <QString>

namespace reper {

class Database;

namespace SqlExtensions {
// Registers the collation and the function on this connection unless they are there already.
Status install(Database& db);
// `text` with \, % and _ escaped, to match itself in `LIKE ? ESCAPE '\'` (either engine).
QString likeEscaped(const QString& text);
} // namespace SqlExtensions

} // namespace reper
