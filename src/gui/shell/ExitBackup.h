#pragma once
// The copy taken when the window closes: BackupService::backup into the backups folder, keeping
// the last N copies of this store (the oldest are removed, each with its key file and trail head).
#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace reper {

class Store;

namespace ExitBackup {
QString folder(); // ~/.local/share/reper/backups
int keep(); // how many copies are kept (settings; 5 by default)
void setKeep(int copies);
bool enabled();
void setEnabled(bool on);
// Takes a copy named <store>-<yyyyMMdd-HHmmss>.reper in `folder` and removes the oldest beyond
// `keep`. Returns the copy's path.
Result<QString> run(Store& store, const QString& folder, int keep);
// The copies of this store in `folder`, newest first.
QStringList copies(const QString& storePath, const QString& folder);
} // namespace ExitBackup

} // namespace reper
