#pragma once
// A backup is up to three files — FILE (the encrypted copy), FILE.keys (its key slots) and FILE.head
// (the audit trail's head) — that must appear together or not at all, and an older backup at FILE
// must survive until the new one is whole (issue 11 §3). Each part is first written whole and
// flushed under a `.part` name beside its final one; then a marker (FILE.backup-pending) says "the
// parts are complete"; then the parts are renamed over the old files and the marker goes.
//   - Killed before the marker: the old backup is untouched; the parts are left-overs, removed by the
//     next backup to FILE.
//   - Killed after it: the next one to open FILE (Store::open, a restore, the next backup) finishes
//     the renames, so the new backup is whole.
// Old backups (no marker ever) read as they always did.
// Whoever writes or settles the set holds an advisory lock (.FILE.lock): two backups to one path at
// once take turns instead of removing each other's parts, and an open or a restore does not finish
// the renames of a backup still being put in place.
#include "core/Result.h"
#include "core/platform/Platform.h"

#include <QString>
#include <QStringList>

namespace reper {

class BackupSet
{
public:
    explicit BackupSet(QString path);

    // Where part `file` (FILE, FILE.keys or FILE.head) is written before it is put in place.
    static QString partOf(const QString& file) { return file + QStringLiteral(".part"); }
    QString markerPath() const { return m_path + QStringLiteral(".backup-pending"); }
    // .FILE.lock beside it: hidden (it stays after the backup, as a lock file must: removing it
    // would let a third program lock a new file while a second holds the old one).
    QString lockPath() const;
    // The set's lock, waited for: held for the whole of a backup to FILE.
    Result<platform::FileLock> lock() const;
    // The files of the set: FILE.keys, FILE.head when `withHead`, FILE last.
    QStringList files(bool withHead) const;

    // Puts the parts written for files(withHead) in place (marker, renames, marker removed).
    Status commit(bool withHead);
    // A marker left by a kill: the renames finished (true when it did so). Without a marker,
    // `removeLeftovers` removes parts no marker vouches for. Takes the lock if nobody holds it, and
    // does nothing when someone does (a backup to FILE is under way; it settles for itself).
    bool settle(bool removeLeftovers);
    // The same, by the holder of lock().
    bool settleLocked(bool removeLeftovers);

private:
    QString m_path;
};

} // namespace reper
