#pragma once
// A copy of a local store taken without changing it (issue 8 §4: "a local store is never modified
// by a migration"). Opening a store writes to it (the sign-in's audit entry, the lockout count, a
// key file of the old kind upgraded), so a migration opens a copy instead: the user's key slot is
// unlocked from the key file as it is, the store is read through a read-only SQLite connection in
// one read transaction (a consistent picture even while a window writes to it) into a new file
// with the same key, and the key file is copied beside it. The copy lives in a private temporary
// folder of the caller's and goes with it. Wrong passwords here are not counted towards the
// original's lockout, which would be a change; the password is still checked by its slot.
#include "core/Result.h"

#include <QString>

namespace reper {

class StoreSnapshot
{
public:
    // The copy's path in `folder` (same file name as `source`).
    static Result<QString> take(const QString& source, const QString& user, const QString& password,
                                const QString& folder);
};

} // namespace reper
