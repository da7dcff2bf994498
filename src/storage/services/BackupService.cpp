#include "BackupService.h"

#include "core/Clock.h"
#include "core/FaultPoint.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/StoreFault.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/LoginGuard.h"
#include "storage/keys/MasterKey.h"
#include "storage/services/BackupSet.h"
#include "storage/services/RestoreJournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <optional>
#include <sqlite3.h>

namespace reper::BackupService {

namespace {

// The messages of this file, for lupdate and the translators (context "BackupService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

Status copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("Cannot read %1.").arg(from), in.errorString());
    return writeFileAtomically(to, in.readAll());
}

} // namespace

namespace {

// About 4 MiB at 4096-byte pages: a step takes a moment, so a stop is quick and the bar moves.
constexpr int kPagesPerStep = 1024;

void removePartial(const QString& tmp)
{
    QFile::remove(tmp);
    QFile::remove(tmp + QStringLiteral("-wal"));
    QFile::remove(tmp + QStringLiteral("-shm"));
    QFile::remove(tmp + QStringLiteral("-journal"));
}

// Copies in steps of pages until done. Between steps another connection's writes make SQLite start
// again from the first page, and this connection's writes are carried into the copy, so the copy is
// always one consistent state of the store.
int stepThrough(sqlite3_backup* b, const BackupSteps& steps, const std::function<Status()>& beforeLastStep,
                Status* failed)
{
    int rc = sqlite3_backup_step(b, 0); // learns the number of pages
    bool lastStepPrepared = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        const qint64 total = sqlite3_backup_pagecount(b);
        const qint64 remaining = sqlite3_backup_remaining(b);
        if (steps.pages)
            steps.pages(total - remaining, total);
        if (rc != SQLITE_OK)
            sqlite3_sleep(50);
        if (!lastStepPrepared && steps.stop && steps.stop())
            return SQLITE_INTERRUPT;
        if (!lastStepPrepared && remaining <= kPagesPerStep) {
            lastStepPrepared = true;
            if (beforeLastStep) {
                if (Status s = beforeLastStep(); !s) {
                    *failed = s;
                    return SQLITE_ABORT;
                }
            }
        }
        rc = sqlite3_backup_step(b, lastStepPrepared ? -1 : kPagesPerStep);
    }
    if (rc == SQLITE_DONE && steps.pages) {
        const qint64 total = sqlite3_backup_pagecount(b);
        steps.pages(total, total);
    }
    return rc;
}

} // namespace

Status copyDatabase(Database& source, const QString& destination, const MasterKey& key, const QString& keyFilePath,
                    const BackupSteps* steps, const std::function<Status()>& beforeLastStep,
                    const std::function<QByteArray()>& head)
{
    BackupSet set(destination);
    // Another backup to this path (another program, another window) goes first; its parts are its own.
    auto held = set.lock();
    if (!held)
        return held.error();
    set.settleLocked(true); // a kill in an earlier backup to this path: finished, or its parts removed
    const QString tmp = BackupSet::partOf(destination);
    removePartial(tmp);
    {
        auto dest = Database::open(tmp, key.bytes(), true);
        if (!dest) {
            removePartial(tmp); // made, then no room for its first page (a full disk): no half backup
            return dest.error();
        }
        sqlite3_backup* b = sqlite3_backup_init((*dest)->handle(), "main", source.handle(), "main");
        if (!b) {
            const QString detail = (*dest)->lastError();
            dest->reset();
            removePartial(tmp);
            return makeError(Tr::tr("The backup could not start."), detail);
        }
        int rc = SQLITE_OK;
        Status failed;
        if (steps) {
            rc = stepThrough(b, *steps, beforeLastStep, &failed);
        } else {
            // One step copies every page under a single read transaction: a consistent snapshot
            // even while other connections write.
            if (beforeLastStep)
                failed = beforeLastStep();
            rc = failed ? sqlite3_backup_step(b, -1) : SQLITE_ABORT;
        }
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
            dest->reset();
            removePartial(tmp);
            if (!failed)
                return failed;
            if (rc == SQLITE_INTERRUPT) {
                Logging::logger("storage")->info("backup stopped on request; nothing written");
                return Database::cancelledError(QStringLiteral("backup stopped"));
            }
            return StoreFault::fromSqlite(rc, destination, Tr::tr("The backup could not be completed."), detail);
        }
        // The copy's pages are in its WAL until this moves them into the file; the WAL is removed
        // below, so a checkpoint that failed (a full disk) would leave a backup cut short.
        if (Status moved = (*dest)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !moved) {
            dest->reset();
            removePartial(tmp);
            return moved;
        }
    }
    QFile::remove(tmp + QStringLiteral("-wal"));
    QFile::remove(tmp + QStringLiteral("-shm"));
    platform::syncFile(tmp);
    // The key slots and the head beside it, each whole under its part name; then all in place at once.
    Status s = Status::success();
    if (QFileInfo::exists(keyFilePath))
        s = copyFile(keyFilePath, BackupSet::partOf(KeyFile::pathFor(destination)));
    if (s && head)
        s = writeFileAtomically(BackupSet::partOf(headPathFor(destination)), head());
    if (s)
        s = set.commit(bool(head));
    if (!s && s.error().fault != Fault::Stopped && !QFileInfo::exists(set.markerPath()))
        set.settleLocked(true); // nothing was put in place: the parts go
    return s;
}

QString headPathFor(const QString& backupPath) { return backupPath + QStringLiteral(".head"); }

Status backup(Store& store, const QString& destination, const BackupSteps* steps)
{
    if (!store.access().canBackup())
        return makeError(Tr::tr("Only an administrator may make a backup."));
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(store.path()).absoluteFilePath())
        return makeError(Tr::tr("A backup cannot overwrite the store itself."));
    AuditEvent e;
    e.action = AuditAction::Backup;
    e.detail.insert(QStringLiteral("file"), QFileInfo(destination).fileName());
    std::optional<AuditHead> head;
    const auto record = [&]() -> Status {
        auto appended = store.audit().appendWithHead(e);
        if (!appended)
            return appended.error();
        head = *appended;
        return Status::success();
    };
    const auto headText = [&] { return QStringLiteral("reper audit head %1\n").arg(head->text()).toUtf8(); };
    auto s
        = copyDatabase(store.db(), destination, store.key(), KeyFile::pathFor(store.path()), steps, record, headText);
    if (s) {
        Logging::logger("storage")->info("backup written");
        return s;
    }
    // The backup's own entry is written before its last step, so that the copy holds it; a backup
    // that then stopped or failed says so in the trail too (as far as the store can still be written).
    if (head) {
        AuditEvent failed;
        failed.action = AuditAction::BackupFailed;
        failed.detail.insert(QStringLiteral("file"), QFileInfo(destination).fileName());
        failed.detail.insert(QStringLiteral("reason"),
                             s.error().cancelled ? QStringLiteral("stopped") : QStringLiteral("failed"));
        if (auto noted = store.audit().append(failed); !noted)
            Logging::logger("storage")->warn("the failed backup could not be noted in the audit trail");
    }
    return s;
}

Status restore(const QString& backupPath, const QString& storePath, const QString& user, const QString& password)
{
    BackupSet(backupPath).settle(false); // a backup killed while it was put in place is finished first
    (void)RestoreJournal::settle(storePath); // and an earlier restore killed half way
    if (!QFileInfo::exists(backupPath))
        return makeError(Tr::tr("There is no backup at %1.").arg(backupPath));
    const QString backupKeys = KeyFile::pathFor(backupPath);
    auto keys = KeyFile::load(backupKeys);
    if (!keys)
        return keys.error();
    // The password is checked under the store's lockout like any sign-in: a restore is no way round it.
    LoginGuard guard(storePath, SystemClock::instance());
    if (auto locked = guard.attempt(user, false); !locked)
        return locked.error();
    auto slot = keys->unlockSlot(user, password);
    if (!slot) {
        if (KeyFile::isWrongPassword(slot.error()))
            return guard.failed(user, slot.error(), false);
        return slot.error();
    }
    // The password opens the backup's key file, not this store's: it takes back this try and clears
    // nothing (a backup made elsewhere, with a password its maker knows, must not reset the count).
    guard.withdraw(user, false);
    const MasterKey key = slot->key;
    {
        auto db = Database::open(backupPath, key.bytes(), false);
        if (!db)
            return db.error();
        const auto check = (*db)->queryText(QStringLiteral("PRAGMA quick_check"));
        if (!check || *check != QLatin1String("ok"))
            return makeError(Tr::tr("The backup %1 is damaged; the store was left as it was.").arg(backupPath),
                             check ? *check : check.error().detail);
        // Only an administrator (of the backup: its users are the ones restored) may restore.
        auto users = (*db)->prepare(QStringLiteral("SELECT roles, disabled FROM app_user WHERE name = ?"));
        if (!users)
            return users.error();
        users->bind(1, user);
        const bool administrator = users->next()
            && users->text(0).split(QLatin1Char(',')).contains(QStringLiteral("administrator")) && users->int64(1) == 0;
        if (!administrator)
            return makeError(Tr::tr("Only an administrator may restore a backup."));
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString kept;
    if (QFileInfo::exists(storePath)) {
        // Fold the WAL into the old store before it is set aside, so the kept copy is whole.
        if (auto keysNow = KeyFile::load(KeyFile::pathFor(storePath))) {
            if (auto keyNow = keysNow->unlockSlot(user, password)) {
                if (auto old = Database::open(storePath, keyNow->key.bytes(), false))
                    (void)(*old)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
        }
        kept = storePath + QStringLiteral(".before-restore-%1.bak").arg(stamp);
        // A second restore within the same second (or a kept copy left by a restore that was
        // stopped) does not overwrite that copy, nor fail on it: the next free name.
        for (int n = 2; QFileInfo::exists(kept) || QFileInfo::exists(KeyFile::pathFor(kept)); ++n)
            kept = storePath + QStringLiteral(".before-restore-%1-%2.bak").arg(stamp).arg(n);
        // Whole on disk before anything is replaced: the way back if the restored store is not wanted.
        const auto keep = [](const QString& from, const QString& to) {
            return QFileInfo::exists(from) ? copyFileWhole(from, to) : Status::success();
        };
        // If the WAL could not be folded in (another user's store), it is kept beside the copy.
        Status kept1 = keep(storePath, kept);
        if (kept1)
            kept1 = keep(storePath + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        if (kept1)
            kept1 = keep(KeyFile::pathFor(storePath), KeyFile::pathFor(kept));
        if (!kept1) {
            for (const QString& part : {kept, kept + QStringLiteral("-wal"), KeyFile::pathFor(kept)})
                QFile::remove(part);
            Error e = kept1.error();
            if (e.fault != Fault::DiskFull)
                e.message = Tr::tr("Cannot keep a copy of the current store; nothing was restored.");
            return e;
        }
        platform::syncFolderOf(kept);
    }
    // The store and its key file are replaced together, or neither is (RestoreJournal).
    if (auto s = RestoreJournal::replace(storePath, backupPath, kept); !s)
        return s;
    Logging::logger("storage")->info("store restored from a backup");
    // The restored trail records its own restore (the entries since the backup are in the kept copy).
    auto restored = Store::open(storePath, user, password, SystemClock::instance());
    if (!restored)
        return restored.error();
    AuditEvent e;
    e.action = AuditAction::Restore;
    e.detail.insert(QStringLiteral("file"), QFileInfo(backupPath).fileName());
    return (*restored)->audit().append(e);
}

VerifyReport verify(Store& store)
{
    VerifyReport report;
    const auto add = [&](bool ok, const QString& what) {
        report.ok = report.ok && ok;
        report.lines << (ok ? QStringLiteral("ok: ") : QStringLiteral("FAILED: ")) + what;
    };
    Database& db = store.db();
    const auto cipher = db.queryText(QStringLiteral("PRAGMA cipher_version"));
    add(cipher && !cipher->isEmpty(), Tr::tr("encryption: SQLCipher %1").arg(cipher ? *cipher : QString()));
    const auto pageSize = db.queryInt(QStringLiteral("PRAGMA cipher_page_size"));
    add(pageSize && *pageSize == 4096, Tr::tr("cipher page size %1").arg(pageSize ? *pageSize : 0));
    auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    QStringList problems;
    if (integrity) {
        while (integrity->next())
            problems << integrity->text(0);
    }
    const bool intact = integrity && !integrity->failed() && problems == QStringList{QStringLiteral("ok")};
    add(intact,
        intact ? Tr::tr("integrity check")
               : Tr::tr("integrity check: %1").arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    // SQLite 3.15 has no table-valued pragmas: count the rows of PRAGMA foreign_key_check.
    if (auto fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"))) {
        int dangling = 0;
        while (fk->next())
            ++dangling;
        add(!fk->failed() && dangling == 0, Tr::tr("foreign keys (%1 dangling)").arg(dangling));
    }
    add(db.userVersion() > 0, Tr::tr("schema version %1").arg(db.userVersion()));
    auto keys = KeyFile::load(KeyFile::pathFor(store.path()));
    if (!keys) {
        add(false, keys.error().message);
        return report;
    }
    add(keys->storeId() == store.storeId(), Tr::tr("the key file belongs to this store"));
    add(keys->keyCheck() == store.key().checkValue(), Tr::tr("the key file's check value matches the store key"));
    if (!keys->recovery().isEmpty())
        add(keys->recovery().boxPublic.size() == 32 && keys->recovery().master.size() == 32 + 48,
            Tr::tr("the key file's copy for the recovery key"));
    for (const KeySlot& slot : keys->slots()) {
        bool wellFormed
            = slot.salt.size() == 16 && slot.nonce.size() == 24 && slot.opsLimit >= 1 && slot.memLimit >= 8192;
        if (slot.isLegacy()) // version 1: master key sealed under the password, signing key optional
            wellFormed = wellFormed && slot.sealed.size() == 48
                && (slot.signSealed.isEmpty() || (slot.signNonce.size() == 24 && slot.signSealed.size() == 113));
        else // version 2: the key pair's secret and the signing secrets sealed; the master key sealed to the pair
            wellFormed = wellFormed && slot.sealed.size() == 129 + 16 && slot.boxPublic.size() == 32
                && slot.master.size() == 32 + 48;
        add(wellFormed, Tr::tr("key slot of %1").arg(slot.user));
    }
    return report;
}

} // namespace reper::BackupService
