#include "RestoreJournal.h"

#include "core/FaultPoint.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "storage/keys/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace reper::RestoreJournal {

namespace {

// The messages of this file, for lupdate and the translators (context "BackupService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

// A whole copy, flushed to disk before the next step relies on it (a full disk said as such).
Status copyWhole(const QString& from, const QString& to)
{
    QFile::remove(to);
    return copyFileWhole(from, to);
}

// The old WAL and its index belong to the replaced store: replayed onto the restored one they
// would corrupt it, so they go before the restored file is put in place.
void removeWal(const QString& storePath)
{
    QFile::remove(storePath + QStringLiteral("-wal"));
    QFile::remove(storePath + QStringLiteral("-shm"));
}

// Puts the parts that are still there in place, then removes the journal.
Status putInPlace(const QString& storePath)
{
    const QString storePart = storePartFor(storePath);
    if (QFileInfo::exists(storePart)) {
        removeWal(storePath);
        if (!platform::replaceFile(storePart, storePath))
            return makeError(Tr::tr("Cannot write %1.").arg(storePath), QStringLiteral("rename of the restored store"));
        if (FaultPoint::reached("restore.store-replaced"))
            return FaultPoint::stopped("restore.store-replaced");
    }
    const QString keysPart = keysPartFor(storePath);
    if (QFileInfo::exists(keysPart) && !platform::replaceFile(keysPart, KeyFile::pathFor(storePath)))
        return makeError(Tr::tr("Cannot write %1.").arg(KeyFile::pathFor(storePath)),
                         QStringLiteral("rename of the restored key file"));
    platform::syncFolderOf(storePath);
    QFile::remove(pathFor(storePath));
    platform::syncFolderOf(storePath);
    return Status::success();
}

} // namespace

QString pathFor(const QString& storePath) { return storePath + QStringLiteral(".restore-journal"); }
QString storePartFor(const QString& storePath) { return storePath + QStringLiteral(".restore.part"); }
QString keysPartFor(const QString& storePath) { return KeyFile::pathFor(storePath) + QStringLiteral(".restore.part"); }

Status replace(const QString& storePath, const QString& backupPath, const QString& keptCopy)
{
    Status s = copyWhole(backupPath, storePartFor(storePath));
    if (s)
        s = copyWhole(KeyFile::pathFor(backupPath), keysPartFor(storePath));
    if (!s) {
        QFile::remove(storePartFor(storePath));
        QFile::remove(keysPartFor(storePath));
        return s;
    }
    if (FaultPoint::reached("restore.parts-written"))
        return FaultPoint::stopped("restore.parts-written");
    const QJsonObject journal{{QStringLiteral("format"), QStringLiteral("reper-restore-journal")},
                              {QStringLiteral("backup"), QFileInfo(backupPath).absoluteFilePath()},
                              {QStringLiteral("kept"), keptCopy}};
    if (auto written = writeFileAtomically(pathFor(storePath), QJsonDocument(journal).toJson()); !written)
        return written;
    if (FaultPoint::reached("restore.journal-written"))
        return FaultPoint::stopped("restore.journal-written");
    return putInPlace(storePath);
}

QString settle(const QString& storePath)
{
    const QString journalPath = pathFor(storePath);
    if (!QFileInfo::exists(journalPath)) {
        // Parts no journal vouches for: the restore stopped before it changed anything.
        if (QFileInfo::exists(storePartFor(storePath)) || QFileInfo::exists(keysPartFor(storePath))) {
            QFile::remove(storePartFor(storePath));
            QFile::remove(keysPartFor(storePath));
            Logging::logger("storage")->warn("the parts of a restore stopped before it changed anything were removed");
        }
        return {};
    }
    QFile f(journalPath);
    QJsonObject journal;
    if (f.open(QIODevice::ReadOnly))
        journal = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    f.close();
    if (auto s = putInPlace(storePath); !s) {
        Logging::logger("storage")->error("an interrupted restore could not be finished: {}",
                                          s.error().detail.toStdString());
        return Tr::tr("A restore of this store was interrupted and could not be finished: %1").arg(s.error().message);
    }
    Logging::logger("storage")->warn("a restore interrupted half way was finished");
    const QString backup = QDir::toNativeSeparators(journal.value(QStringLiteral("backup")).toString());
    const QString kept = QDir::toNativeSeparators(journal.value(QStringLiteral("kept")).toString());
    if (kept.isEmpty())
        return Tr::tr("A restore from %1 was interrupted half way; it has now been finished.").arg(backup);
    return Tr::tr("A restore from %1 was interrupted half way; it has now been finished. The store as it was before "
                  "is kept in %2.")
        .arg(backup, kept);
}

} // namespace reper::RestoreJournal
