#pragma once
// Numbered schema migrations (resources/sql/NNN_*.sql), the version kept in PRAGMA user_version,
// each step in its own transaction. A store newer than the program is refused, never downgraded.
#include "core/Result.h"

#include <functional>

namespace reper {

class Database;

class Migrator
{
public:
    enum class Outcome { Current, Created, Upgraded, NewerThanProgram, Failed };

    static int latestVersion();
    // `beforeUpgrade` runs before the first step on a store that already has data (version > 0),
    // so the caller can take a backup; if it fails, nothing is migrated. `finishStep` runs inside each
    // step's transaction after its SQL, for the work SQL cannot do (step 6 encrypts identity); its
    // error (with a message and no detail) is passed on as it is.
    static Outcome migrate(Database& db, Error* error,
                           const std::function<Status(int from, int to)>& beforeUpgrade = {},
                           const std::function<Status(int version)>& finishStep = {});
};

} // namespace reper
