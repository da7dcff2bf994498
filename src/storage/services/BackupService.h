#pragma once
// Backups, restores and checks of a store. A backup is a consistent copy taken through SQLite's
// online backup API while the store is in use, still encrypted with the same key, with the key
// slots beside it (`FILE` and `FILE.keys`), so the same passwords and recovery key open it.
#include "core/Result.h"

#include <QStringList>
#include <functional>

namespace reper {

class Database;
class MasterKey;
class Store;

struct VerifyReport
{
    bool ok = true;
    QStringList lines; // one line per check, "ok: …" or "FAILED: …"
};

// How a backup that may take a while reports and stops: `pages(done, total)` after every step of
// pages, and `stop()` asked between steps. Both may be empty. Called on the backup's own thread.
struct BackupSteps
{
    std::function<void(qint64 done, qint64 total)> pages;
    std::function<bool()> stop;
};

namespace BackupService {
// Without `steps`, every page is copied in one step. With them, a few hundred pages at a time; a
// stop leaves no file behind and gives a cancelled error. `beforeLastStep` runs on `source` just
// before the step that finishes the copy (what it writes is in the copy); it cannot be stopped.
// The copy, its key slots (and `head`, when given, as FILE.head) appear together or not at all, and
// an older backup at `destination` stays whole until they do (BackupSet).
Status copyDatabase(Database& source, const QString& destination, const MasterKey& key, const QString& keyFilePath,
                    const BackupSteps* steps = nullptr, const std::function<Status()>& beforeLastStep = {},
                    const std::function<QByteArray()>& head = {});
// Administrators only. The backup is recorded in the trail before its last pages are copied, so
// the copy holds its own entry, and a backup stopped half way records nothing; the head of the
// trail is also written beside it as `FILE.head` ("SEQ:HEX").
Status backup(Store& store, const QString& destination, const BackupSteps* steps = nullptr);
QString headPathFor(const QString& backupPath);
// Replaces the store at storePath with the backup at `backupPath`, after checking that the backup
// opens for `user` with `password`, that `user` is an administrator there, and that it passes a
// quick check. The restore is then recorded in the restored store's trail. The replaced store is kept beside
// it as `<store>.before-restore-<time>.bak`. No connection to storePath may be open.
Status restore(const QString& backupPath, const QString& storePath, const QString& user, const QString& password);
VerifyReport verify(Store& store);
} // namespace BackupService

} // namespace reper
