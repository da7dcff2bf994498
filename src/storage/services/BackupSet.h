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
#include "core/Result.h"

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
    // The files of the set: FILE.keys, FILE.head when `withHead`, FILE last.
    QStringList files(bool withHead) const;

    // Puts the parts written for files(withHead) in place (marker, renames, marker removed).
    Status commit(bool withHead);
    // A marker left by a kill: the renames finished (true when it did so). Without a marker,
    // `removeLeftovers` removes parts no marker vouches for (only the next backup to FILE may:
    // another program may be writing them).
    bool settle(bool removeLeftovers);

private:
    QString m_path;
};

} // namespace reper
