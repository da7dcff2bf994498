#pragma once
// What the user reads when a store, its key file or its disk fails (issue 11 §3): what is wrong — a
// damaged store, a damaged key file, a full disk — and what to do: restore the last backup (the
// newest found is named, with its date) or open the store with its recovery key.
// SQLite's result codes are sorted here, so every statement of the engine speaks the same way.
#include "core/Result.h"

#include <QString>

namespace reper::StoreFault {

// The newest backup of the store (BackupCopies::newest: beside it — a backup made there, a copy kept
// before a restore or an upgrade — or among the window's exit backups) as "FILE (DATE)"; empty when
// there is none.
QString lastBackup(const QString& storePath);
// "Restore the last backup … or open the store with its recovery key."
QString advice(const QString& storePath);

// A page of the store fails its check (SQLite: corrupt, not a database).
Error damagedStore(const QString& storePath, const QString& detail);
// The key was proven right (a key slot or the recovery seal opened, its check value matched), yet
// the store's first page does not open with it: the store is damaged, cut short, or another store's.
Error damagedOrForeignStore(const QString& storePath, const QString& detail);
// A file at the store's path that is empty, or not a whole number of pages: never written to.
Error notAStore(const QString& storePath, const QString& detail);
// The key file is damaged (`what` says where, translated by the caller).
Error damagedKeyFile(const QString& keyPath, const QString& what);
// A write found no room (ENOSPC, SQLITE_FULL); `path` is a file in the folder that is full.
Error diskFull(const QString& path, const QString& detail);
// Whether the file system holding `path` has (almost) no room left.
bool diskIsFull(const QString& path);

// The error for a failed SQLite call with result code `rc` on the store at `storePath`: damage,
// a full disk, a read or write that failed; `fallback` (message) for every other code.
Error fromSqlite(int rc, const QString& storePath, const QString& fallback, const QString& detail);

} // namespace reper::StoreFault
