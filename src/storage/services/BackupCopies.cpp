#include "BackupCopies.h"

#include "core/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace reper::BackupCopies {

namespace {

QString keysOf(const QString& path) { return path + QStringLiteral(".keys"); }

// The store id a key file names; empty when it cannot be read.
QString storeIdOf(const QString& path)
{
    QFile f(keysOf(path));
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("store_id")).toString();
}

} // namespace

QString exitFolder() { return QDir(AppPaths::dataDir()).filePath(QStringLiteral("backups")); }

QStringList exitCopies(const QString& storePath, const QString& folder)
{
    const QString base = QFileInfo(storePath).completeBaseName();
    QStringList out;
    // <base>-yyyyMMdd-HHmmss.reper: the name sorts by time.
    const QRegularExpression stamp(QStringLiteral("^%1-\\d{8}-\\d{6}\\.reper$").arg(QRegularExpression::escape(base)));
    const QFileInfoList files
        = QDir(folder).entryInfoList({base + QStringLiteral("-*.reper")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& f : files)
        if (stamp.match(f.fileName()).hasMatch())
            out << f.absoluteFilePath();
    return out;
}

QFileInfo newest(const QString& storePath, const QString& exitFolder)
{
    const QFileInfo store(storePath);
    QStringList candidates;
    for (const QFileInfo& keys :
         store.absoluteDir().entryInfoList({QStringLiteral("*.keys")}, QDir::Files | QDir::Hidden))
        candidates << keys.absoluteFilePath().chopped(int(QStringLiteral(".keys").size()));
    candidates << exitCopies(storePath, exitFolder);
    // When the store's own key file still names its id, a copy of another store (an exit backup of
    // a store of the same name elsewhere, a foreign file beside it) is not offered.
    const QString id = storeIdOf(store.absoluteFilePath());
    QFileInfo best;
    for (const QString& path : candidates) {
        const QFileInfo candidate(path);
        if (!candidate.isFile() || candidate.size() == 0 || !QFileInfo::exists(keysOf(path))
            || candidate.absoluteFilePath() == store.absoluteFilePath())
            continue;
        if (!id.isEmpty() && storeIdOf(path) != id)
            continue;
        if (!best.exists() || candidate.lastModified() > best.lastModified())
            best = candidate;
    }
    return best;
}

} // namespace reper::BackupCopies
