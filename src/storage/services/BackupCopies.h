#pragma once
// Where a store's backups are found: beside the store (a backup made there, a copy kept before a
// restore or an upgrade) and in the folder of the window's exit backups. The newest of them is the
// one a damage message names (StoreFault::advice); the window lists and prunes its exit backups
// with the same rule (ExitBackup).
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace reper::BackupCopies {

// ~/.local/share/reper/backups: where the window writes a copy when it closes.
QString exitFolder();
// The exit backups of the store at `storePath` in `folder` (<store>-yyyyMMdd-HHmmss.reper), newest first.
QStringList exitCopies(const QString& storePath, const QString& folder);
// The newest whole backup of the store at `storePath` (a file with its `.keys`, not empty) beside it
// or among its exit backups in `exitFolder`; a copy whose key file names another store is skipped.
// An invalid QFileInfo when there is none.
QFileInfo newest(const QString& storePath, const QString& exitFolder = BackupCopies::exitFolder());

} // namespace reper::BackupCopies
