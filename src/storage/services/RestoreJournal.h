#pragma once
// A restore replaces two files, the store and its key file: all or nothing across both (issue 11
// §3). The backup's two files are first copied whole beside the store under part names
// (`STORE.restore.part`, `STORE.keys.restore.part`), after the copy of the store as it was
// (`.before-restore-<time>.bak`); then a journal (`STORE.restore-journal`) says "the parts are
// complete"; then the old WAL goes, the parts are renamed into place, and the journal goes.
//   - Killed before the journal: the store and its keys are untouched; the parts are removed at the
//     next open.
//   - Killed after it: the next open finishes the restore (the journal names the backup and the
//     kept copy) and says so.
#include "core/Result.h"

#include <QString>

namespace reper::RestoreJournal {

QString pathFor(const QString& storePath);
QString storePartFor(const QString& storePath);
QString keysPartFor(const QString& storePath);

// Copies the backup (and its key file) to the parts, flushed, then writes the journal naming
// `backupName` and `keptCopy`, then puts the parts in place.
Status replace(const QString& storePath, const QString& backupPath, const QString& keptCopy);

// At an open: a journal left by a kill finishes the restore and gives a message saying so; parts
// without a journal are removed (nothing was restored). Empty when there was nothing to do.
QString settle(const QString& storePath);

} // namespace reper::RestoreJournal
