#include "ExitBackup.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/BackupCopies.h"
#include "storage/services/BackupService.h"
#include "storage/services/BackupSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace reper {

QString ExitBackup::folder() { return BackupCopies::exitFolder(); }

int ExitBackup::keep() { return qBound(1, QSettings().value(QStringLiteral("backup/keep"), 5).toInt(), 100); }
void ExitBackup::setKeep(int copies) { QSettings().setValue(QStringLiteral("backup/keep"), copies); }
bool ExitBackup::enabled() { return QSettings().value(QStringLiteral("backup/onExit"), true).toBool(); }
void ExitBackup::setEnabled(bool on) { QSettings().setValue(QStringLiteral("backup/onExit"), on); }

QStringList ExitBackup::copies(const QString& storePath, const QString& dir)
{
    return BackupCopies::exitCopies(storePath, dir);
}

Result<QString> ExitBackup::run(Store& store, const QString& dir, int keepCopies)
{
    if (!QDir().mkpath(dir))
        return makeError(
            QCoreApplication::translate("ExitBackup", "The backups folder %1 cannot be created.").arg(dir));
    const QString name = QFileInfo(store.path()).completeBaseName() + QLatin1Char('-')
        + store.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".reper");
    const QString path = QDir(dir).filePath(name);
    if (auto s = BackupService::backup(store, path); !s)
        return s.error();
    const QStringList all = copies(store.path(), dir);
    for (int i = keepCopies; i < all.size(); ++i) {
        QFile::remove(all[i]);
        QFile::remove(KeyFile::pathFor(all[i]));
        QFile::remove(BackupService::headPathFor(all[i]));
        QFile::remove(BackupSet(all[i]).lockPath());
    }
    Logging::logger("gui")->info("backup on exit written, {} kept", std::min<qsizetype>(keepCopies, all.size()));
    return path;
}

} // namespace reper
