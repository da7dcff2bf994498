#include "StoreFault.h"

#include "core/DiskFull.h"
#include "storage/services/BackupCopies.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <sqlite3.h>

namespace reper::StoreFault {

namespace {

// The messages of this file, for lupdate and the translators (context "StoreFault").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreFault)
};

// Below this, SQLite cannot even make a WAL index: the disk is as good as full.
constexpr qint64 kAlmostFull = 64 * 1024;

QString keySuffix() { return QStringLiteral(".keys"); }

} // namespace

QString lastBackup(const QString& storePath)
{
    const QFileInfo newest = BackupCopies::newest(storePath);
    if (!newest.exists())
        return {};
    return QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(newest.absoluteFilePath()),
                                         newest.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString advice(const QString& storePath)
{
    const QString backup = lastBackup(storePath);
    if (backup.isEmpty())
        return Tr::tr("Restore the last backup of the store, or open it with its recovery key.");
    return Tr::tr("Restore the last backup (the newest is %1), or open the store with its recovery key.").arg(backup);
}

Error damagedStore(const QString& storePath, const QString& detail)
{
    Error e = makeError(Tr::tr("The store file %1 is damaged: a part of it fails its integrity check. %2")
                            .arg(QDir::toNativeSeparators(storePath), advice(storePath)),
                        detail);
    e.fault = Fault::Damaged;
    return e;
}

Error damagedOrForeignStore(const QString& storePath, const QString& detail)
{
    Error e = makeError(Tr::tr("The store file %1 is damaged or cut short, or it is not the store its key file belongs "
                               "to: the password is right, but the key it opens does not read the store. %2")
                            .arg(QDir::toNativeSeparators(storePath), advice(storePath)),
                        detail);
    e.fault = Fault::Damaged;
    return e;
}

Error notAStore(const QString& storePath, const QString& detail)
{
    Error e = makeError(Tr::tr("The file %1 is not a Reper store (it is empty, or cut short); Reper leaves it as it is "
                               "and writes nothing to it. Only a new store (init) creates one. %2")
                            .arg(QDir::toNativeSeparators(storePath), advice(storePath)),
                        detail);
    e.fault = Fault::Damaged;
    return e;
}

Error damagedKeyFile(const QString& keyPath, const QString& what)
{
    const QString storePath = keyPath.endsWith(keySuffix()) ? keyPath.chopped(keySuffix().size()) : keyPath;
    Error e = makeError(Tr::tr("The key file %1 is damaged (%2); this is not a wrong password. %3")
                            .arg(QDir::toNativeSeparators(keyPath), what, advice(storePath)),
                        QStringLiteral("damaged key file"));
    e.fault = Fault::Damaged;
    return e;
}

Error diskFull(const QString& path, const QString& detail) { return DiskFull::error(path, detail); }

bool diskIsFull(const QString& path)
{
    QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kAlmostFull;
}

Error fromSqlite(int rc, const QString& storePath, const QString& fallback, const QString& detail)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return diskFull(storePath, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return damagedStore(storePath, detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        if (diskIsFull(storePath))
            return diskFull(storePath, detail);
        return makeError(Tr::tr("The store file %1 could not be read or written (%2).")
                             .arg(QDir::toNativeSeparators(storePath), detail),
                         detail);
    default: return makeError(fallback, detail);
    }
}

} // namespace reper::StoreFault
