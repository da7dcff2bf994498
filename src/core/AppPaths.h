#pragma once
// Where the program keeps its things by default: the store and the logs in the user's data folder
// (~/.local/share/reper on Linux), unless --store or $REPER_STORE says otherwise.
#include <QDir>
#include <QStandardPaths>
#include <QString>

namespace reper::AppPaths {

inline QString dataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("reper"));
}

inline QString defaultStorePath() { return QDir(dataDir()).filePath(QStringLiteral("reper.store")); }
inline QString logDir() { return QDir(dataDir()).filePath(QStringLiteral("logs")); }

} // namespace reper::AppPaths
