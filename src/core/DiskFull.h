#pragma once
// The one message for a full disk (issue 11 §3), whichever layer met it: a write of the store
// (SQLITE_FULL, storage/engine/StoreFault.h) or of a file written whole (ENOSPC, writeFileAtomically
// in core/platform/Platform.h — the key file, a backup's parts, an export). It says "the disk is
// full" and names the folder that has no room, so the user knows where to free space.
#include "core/Result.h"

#include <QString>

namespace reper::DiskFull {

// `path` is a file in the folder that is full; `detail` goes to the log.
Error error(const QString& path, const QString& detail);

} // namespace reper::DiskFull
