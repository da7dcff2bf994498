#include "BackupSet.h"

#include "core/FaultPoint.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "BackupService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

} // namespace

BackupSet::BackupSet(QString path)
    : m_path(std::move(path))
{
}

QStringList BackupSet::files(bool withHead) const
{
    QStringList out{m_path + QStringLiteral(".keys")};
    if (withHead)
        out << m_path + QStringLiteral(".head");
    out << m_path; // last: a store file beside the new keys is already the new set's
    return out;
}

Status BackupSet::commit(bool withHead)
{
    const QStringList all = files(withHead);
    for (const QString& f : all)
        if (!QFileInfo::exists(partOf(f)))
            return makeError(Tr::tr("The backup could not be completed."), QStringLiteral("part missing: ") + f);
    if (FaultPoint::reached("backup.parts-written"))
        return FaultPoint::stopped("backup.parts-written");
    QByteArray marker("reper backup set: the parts beside are complete; put them in place\n");
    for (const QString& f : all)
        marker += QFileInfo(f).fileName().toUtf8() + '\n';
    if (auto s = writeFileAtomically(markerPath(), marker); !s)
        return s;
    if (FaultPoint::reached("backup.marker-written"))
        return FaultPoint::stopped("backup.marker-written");
    for (const QString& f : all) {
        if (!platform::replaceFile(partOf(f), f))
            return makeError(Tr::tr("Cannot write %1.").arg(f), QStringLiteral("rename of the part failed"));
        if (f.endsWith(QStringLiteral(".keys")) && FaultPoint::reached("backup.renamed-keys"))
            return FaultPoint::stopped("backup.renamed-keys");
    }
    platform::syncFolderOf(m_path);
    QFile::remove(markerPath());
    platform::syncFolderOf(m_path);
    return Status::success();
}

QString BackupSet::lockPath() const
{
    const QFileInfo file(m_path);
    return file.absoluteDir().filePath(QLatin1Char('.') + file.fileName() + QStringLiteral(".lock"));
}

Result<platform::FileLock> BackupSet::lock() const { return platform::FileLock::acquire(lockPath()); }

bool BackupSet::settle(bool removeLeftovers)
{
    if (!QFileInfo::exists(markerPath()) && !removeLeftovers)
        return false; // nothing to do: no lock file is made beside every store that opens
    auto held = platform::FileLock::tryAcquire(lockPath());
    if (!held || !held->isHeld())
        return false; // a backup to this path is being written or put in place: it settles for itself
    return settleLocked(removeLeftovers);
}

bool BackupSet::settleLocked(bool removeLeftovers)
{
    const QStringList all = files(true);
    if (!QFileInfo::exists(markerPath())) {
        if (removeLeftovers)
            for (const QString& f : all)
                QFile::remove(partOf(f));
        return false;
    }
    // The marker vouches that every part was whole before any was renamed: finish the renames.
    for (const QString& f : all)
        if (QFileInfo::exists(partOf(f)))
            platform::replaceFile(partOf(f), f);
    platform::syncFolderOf(m_path);
    QFile::remove(markerPath());
    platform::syncFolderOf(m_path);
    Logging::logger("storage")->warn("a backup interrupted while it was put in place was finished");
    return true;
}

} // namespace reper
