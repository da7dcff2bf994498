#pragma once
// The few calls only an operating system's own API offers — owner-only file modes, syncing a folder
// after a rename, an atomic replace, advisory locks, core dumps, the terminal — in one place, with a
// POSIX branch (Linux, the machines Reper is built on) and a Windows branch. Nothing else in the
// tree includes <unistd.h>, <fcntl.h>, <termios.h>, <sys/file.h>, <sys/prctl.h> or <windows.h>.
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace reper::platform {

// Makes a file readable and writable by its owner only (0600); on Windows the user's profile
// folder already holds that right, so nothing is changed there.
void restrictToOwner(const QString& path);
// The same for a folder: only its owner may list, enter or change it (0700; Windows: as above).
void restrictFolderToOwner(const QString& path);

// Flushes the folder that holds `path` to disk, so a rename in it survives a power cut.
void syncFolderOf(const QString& path);
// Flushes a file's contents to disk (a copy that must be whole before the next step relies on it).
bool syncFile(const QString& path);
// Moves `from` over `to` in one step (rename(2); MoveFileEx with REPLACE_EXISTING on Windows): `to`
// is the old file or the new one, never neither. Both must be in the same folder.
bool replaceFile(const QString& from, const QString& to);

// Whether standard output is a terminal (not a pipe or a file).
bool standardOutputIsTerminal();

// Whether standard input is a terminal (not a pipe or a file).
bool standardInputIsTerminal();

// Asks on the terminal for a line without echoing it; nothing when there is no terminal.
std::optional<QString> askHidden(const QString& prompt);

// Waits until a network socket (a database connection's) can be read — or written, with
// `forWriting` — for at most `timeoutMs`: 1 ready, 0 the time ran out, -1 an error (closed socket).
int waitForSocket(qintptr socket, bool forWriting, int timeoutMs);
// One line from standard input (without its line end); nothing at the end of the input.
std::optional<QString> readStandardInputLine();

// No core file and, on Linux, no ptrace or /proc/PID/mem by other processes of the same user: a
// crash or a debugger must not write keys and names to disk (RLIMIT_CORE 0, PR_SET_DUMPABLE 0).
// Windows writes no dump unless an administrator configured Windows Error Reporting's LocalDumps.
void disableCoreDumps();
// Whether they are off for this process (what disableCoreDumps() set, or an administrator's limit).
bool coreDumpsDisabled();

// The most memory this process has had resident so far, in bytes (VmHWM of /proc/self/status on
// Linux, else getrusage's ru_maxrss; the peak working set on Windows): what reper-bench reports as
// a run's peak.
qint64 peakResidentBytes();

// An exclusive advisory lock on a small lock file (flock on POSIX, LockFileEx on Windows), held
// until the object goes: how two programs on one store take turns to load, change and save a
// side file (the key file, the lockout file). The lock file is created with mode 0600 and never
// follows a symbolic link. Locks between threads of one program work too (each lock opens the
// file anew). Not recursive: a holder must not take the same lock again.
class FileLock
{
public:
    FileLock() = default;
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    // Waits for the lock.
    static Result<FileLock> acquire(const QString& lockPath);
    // Takes the lock only when nobody holds it; an invalid lock otherwise.
    static Result<FileLock> tryAcquire(const QString& lockPath);
    bool isHeld() const { return m_handle != kNone; }
    void release();

private:
    static Result<FileLock> take(const QString& lockPath, bool wait);
    static constexpr qintptr kNone = -1;
    qintptr m_handle = kNone;
};

} // namespace reper::platform

namespace reper {

// Writes bytes to `path` atomically, readable by the owner only: a temporary file beside it with a
// name nobody can guess, created exclusively (never through a symbolic link planted there) and set
// to mode 0600 whatever the umask, a flush to disk, a rename over the old file (a symbolic link or a
// file readable by others at `path` is replaced, not written through), a flush of the folder.
// Either the old file or the new one is at `path` afterwards, never half of one.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// Copies the file `from` to `to` (replaced if it is there; never written through a symbolic link),
// readable by the owner only, flushed to disk before it returns. A full disk is said as such
// (DiskFull), naming the folder of `to`; a copy that failed is removed.
Status copyFileWhole(const QString& from, const QString& to);

} // namespace reper
