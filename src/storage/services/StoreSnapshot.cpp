#include "StoreSnapshot.h"

#include "core/platform/Platform.h"
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreSnapshot)
};

} // namespace

Result<QString> StoreSnapshot::take(const QString& source, const QString& user, const QString& password,
                                    const QString& folder)
{
    if (!QFileInfo(source).isFile())
        return makeError(Tr::tr("There is no store at %1.").arg(source));
    auto keys = KeyFile::load(KeyFile::pathFor(source));
    if (!keys)
        return keys.error();
    auto slot = keys->unlockSlot(user, password);
    if (!slot)
        return slot.error();
    auto from = Database::openReadOnly(source, slot->key.bytes());
    if (!from)
        return from.error();
    const QString copy = QDir(folder).filePath(QFileInfo(source).fileName());
    {
        auto to = Database::open(copy, slot->key.bytes(), true);
        if (!to)
            return to.error();
        sqlite3_backup* b = sqlite3_backup_init((*to)->handle(), "main", (*from)->handle(), "main");
        if (!b)
            return makeError(Tr::tr("The store at %1 could not be read for the migration.").arg(source),
                             (*to)->lastError());
        // One step: every page under a single read transaction.
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            return makeError(Tr::tr("The store at %1 could not be read for the migration.").arg(source),
                             QString::fromUtf8(sqlite3_errstr(rc)));
    }
    if (auto s = copyFileWhole(KeyFile::pathFor(source), KeyFile::pathFor(copy)); !s)
        return s.error();
    return copy;
}

} // namespace reper
