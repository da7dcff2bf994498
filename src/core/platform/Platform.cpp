#include "Platform.h"

#include "core/DiskFull.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <utility>

#ifdef _WIN32
#include <conio.h>
#include <io.h>
#include <windows.h>

// After windows.h: the process counters (K32GetProcessMemoryInfo is in kernel32).
#include <psapi.h>
#include <winsock2.h>
#else
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#endif

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "KeyFile").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
};

// Whether the write that just failed found no room (ENOSPC, a quota; Windows: ERROR_DISK_FULL).
bool noRoomLeft()
{
#ifdef _WIN32
    const DWORD code = GetLastError();
    return code == ERROR_DISK_FULL || code == ERROR_HANDLE_DISK_FULL;
#else
    return errno == ENOSPC || errno == EDQUOT;
#endif
}

// Call right after the failed call, before anything else can change errno.
Error cannotWrite(const QString& path)
{
    const QString detail = QString::fromLocal8Bit(std::strerror(errno));
    if (noRoomLeft())
        return DiskFull::error(path, detail);
    return makeError(Tr::tr("Cannot write %1.").arg(path), detail);
}

// A name beside `path` that nobody can guess in advance: ".<name>.<16 hex digits>.tmp".
#ifndef _WIN32
// All of `bytes` written to `fd`, through interruptions by a signal; false on any other failure.
bool writeAll(int fd, const QByteArray& bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        written += n;
    }
    return true;
}
#endif

QString temporaryNameFor(const QString& path)
{
    const QFileInfo info(path);
    const quint64 random = QRandomGenerator::system()->generate64();
    return info.dir().filePath(QStringLiteral(".%1.%2.tmp").arg(info.fileName()).arg(random, 16, 16, QLatin1Char('0')));
}

} // namespace

namespace platform {

int waitForSocket(qintptr socket, bool forWriting, int timeoutMs)
{
#ifdef _WIN32
    WSAPOLLFD p{};
    p.fd = SOCKET(socket);
    p.events = forWriting ? POLLWRNORM : POLLRDNORM;
    const int n = WSAPoll(&p, 1, timeoutMs);
    return n > 0 ? 1 : (n == 0 ? 0 : -1);
#else
    pollfd p{};
    p.fd = int(socket);
    p.events = forWriting ? POLLOUT : POLLIN;
    for (;;) {
        const int n = ::poll(&p, 1, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue; // a signal (the debugger, a child ending): wait again
        return n > 0 ? 1 : (n == 0 ? 0 : -1);
    }
#endif
}

void restrictToOwner(const QString& path)
{
#ifdef _WIN32
    Q_UNUSED(path);
#else
    ::chmod(QFile::encodeName(path).constData(), 0600);
#endif
}

void restrictFolderToOwner(const QString& path)
{
#ifdef _WIN32
    Q_UNUSED(path);
#else
    ::chmod(QFile::encodeName(path).constData(), 0700);
#endif
}

void syncFolderOf(const QString& path)
{
#ifdef _WIN32
    Q_UNUSED(path); // NTFS makes a MoveFileEx with MOVEFILE_WRITE_THROUGH durable by itself
#else
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
#endif
}

bool syncFile(const QString& path)
{
#ifdef _WIN32
    HANDLE h = CreateFileW(QDir::toNativeSeparators(path).toStdWString().c_str(), GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h);
    CloseHandle(h);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool replaceFile(const QString& from, const QString& to)
{
#ifdef _WIN32
    return MoveFileExW(QDir::toNativeSeparators(from).toStdWString().c_str(),
                       QDir::toNativeSeparators(to).toStdWString().c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

bool standardOutputIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdout)) != 0;
#else
    return ::isatty(STDOUT_FILENO) != 0;
#endif
}

bool standardInputIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> readStandardInputLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    while (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

void disableCoreDumps()
{
#ifdef _WIN32
    // Windows Error Reporting keeps no dump of Reper unless LocalDumps is configured for it; the
    // crash dialog is not shown either.
    SetErrorMode(GetErrorMode() | SEM_NOGPFAULTERRORBOX);
#else
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#ifdef __linux__
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
}

qint64 peakResidentBytes()
{
#ifdef _WIN32
    PROCESS_MEMORY_COUNTERS counters{};
    if (!K32GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return qint64(counters.PeakWorkingSetSize);
#else
#ifdef __linux__
    // VmHWM belongs to this program's memory alone; ru_maxrss would also count the parent's
    // resident set copied by the fork that started this process.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024; // kB
    }
#endif
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#ifdef __APPLE__
    return qint64(usage.ru_maxrss); // bytes
#else
    return qint64(usage.ru_maxrss) * 1024; // KiB
#endif
#endif
}

bool coreDumpsDisabled()
{
#ifdef _WIN32
    return (GetErrorMode() & SEM_NOGPFAULTERRORBOX) != 0;
#else
    rlimit limit{};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0)
        return false;
#ifdef __linux__
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return true;
#endif
#endif
}

std::optional<QString> askHidden(const QString& prompt)
{
#ifdef _WIN32
    if (!_isatty(_fileno(stdin)))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    QString line;
    for (int c = _getwch(); c != L'\r' && c != L'\n' && c != WEOF; c = _getwch()) {
        if (c == L'\b') {
            line.chop(1);
            continue;
        }
        line.append(QChar(c));
    }
    std::fputs("\n", stderr);
    return line;
#else
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios old{};
    const bool isTty = tcgetattr(fd, &old) == 0;
    if (isTty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buf[1024];
    const bool got = std::fgets(buf, sizeof buf, tty) != nullptr;
    if (isTty)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!got)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buf);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
#endif
}

} // namespace platform

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
#ifdef _WIN32
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString tmp = temporaryNameFor(path);
        const std::wstring wtmp = QDir::toNativeSeparators(tmp).toStdWString();
        // CREATE_NEW fails when anything (a file, a link) is already there.
        HANDLE h = CreateFileW(wtmp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                               FILE_ATTRIBUTE_NORMAL | FILE_FLAG_WRITE_THROUGH, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            if (GetLastError() == ERROR_FILE_EXISTS)
                continue;
            return cannotWrite(path);
        }
        DWORD written = 0;
        const bool ok = WriteFile(h, bytes.constData(), DWORD(bytes.size()), &written, nullptr)
            && written == DWORD(bytes.size()) && FlushFileBuffers(h);
        CloseHandle(h);
        if (!ok
            || !MoveFileExW(wtmp.c_str(), QDir::toNativeSeparators(path).toStdWString().c_str(),
                            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
            DeleteFileW(wtmp.c_str());
            return cannotWrite(path);
        }
        return Status::success();
    }
    return cannotWrite(path);
#else
    QByteArray tmpName;
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
        tmpName = QFile::encodeName(temporaryNameFor(path));
        // O_EXCL: never a file (or a symbolic link) that was there before; O_NOFOLLOW: never through a link.
        fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return cannotWrite(path);
    }
    if (fd < 0)
        return cannotWrite(path);
    const auto abandon = [&] {
        const Error error = cannotWrite(path);
        ::close(fd);
        ::unlink(tmpName.constData());
        return error;
    };
    // The umask may have taken bits away, never added any; fchmod says exactly 0600.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return abandon();
    if (!writeAll(fd, bytes))
        return abandon();
    if (::fsync(fd) != 0)
        return abandon();
    if (::close(fd) != 0) {
        const Error error = cannotWrite(path);
        ::unlink(tmpName.constData());
        return error;
    }
    // rename() replaces whatever is at `path` — a symbolic link included — and never follows it.
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        const Error error = cannotWrite(path);
        ::unlink(tmpName.constData());
        return error;
    }
    platform::syncFolderOf(path);
    return Status::success();
#endif
}

Status copyFileWhole(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("Cannot read %1.").arg(from), source.errorString());
    constexpr qint64 kChunk = 1 << 20;
#ifdef _WIN32
    const std::wstring wto = QDir::toNativeSeparators(to).toStdWString();
    HANDLE h = CreateFileW(wto.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return cannotWrite(to);
    const auto abandon = [&] {
        const Error error = cannotWrite(to);
        CloseHandle(h);
        DeleteFileW(wto.c_str());
        return error;
    };
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            CloseHandle(h);
            DeleteFileW(wto.c_str());
            return makeError(Tr::tr("Cannot read %1.").arg(from), source.errorString());
        }
        DWORD written = 0;
        if (!WriteFile(h, chunk.constData(), DWORD(chunk.size()), &written, nullptr) || written != DWORD(chunk.size()))
            return abandon();
    }
    if (!FlushFileBuffers(h))
        return abandon();
    CloseHandle(h);
    return Status::success();
#else
    const QByteArray name = QFile::encodeName(to);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return cannotWrite(to);
    const auto abandon = [&] {
        const Error error = cannotWrite(to);
        ::close(fd);
        ::unlink(name.constData());
        return error;
    };
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return abandon();
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            ::close(fd);
            ::unlink(name.constData());
            return makeError(Tr::tr("Cannot read %1.").arg(from), source.errorString());
        }
        if (!writeAll(fd, chunk))
            return abandon();
    }
    if (::fsync(fd) != 0)
        return abandon();
    if (::close(fd) != 0) {
        const Error error = cannotWrite(to);
        ::unlink(name.constData());
        return error;
    }
    return Status::success();
#endif
}

namespace platform {

FileLock::FileLock(FileLock&& other) noexcept
    : m_handle(std::exchange(other.m_handle, kNone))
{
}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_handle = std::exchange(other.m_handle, kNone);
    }
    return *this;
}

FileLock::~FileLock() { release(); }

Result<FileLock> FileLock::acquire(const QString& lockPath) { return take(lockPath, true); }

Result<FileLock> FileLock::tryAcquire(const QString& lockPath) { return take(lockPath, false); }

Result<FileLock> FileLock::take(const QString& lockPath, bool wait)
{
    const auto failed = [&] {
        return makeError(Tr::tr("The lock file %1 cannot be used.").arg(lockPath),
                         QString::fromLocal8Bit(std::strerror(errno)));
    };
    FileLock lock;
#ifdef _WIN32
    HANDLE h = CreateFileW(QDir::toNativeSeparators(lockPath).toStdWString().c_str(), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return failed();
    OVERLAPPED whole{};
    const DWORD flags = LOCKFILE_EXCLUSIVE_LOCK | (wait ? 0 : LOCKFILE_FAIL_IMMEDIATELY);
    if (!LockFileEx(h, flags, 0, MAXDWORD, MAXDWORD, &whole)) {
        CloseHandle(h);
        if (!wait)
            return lock;
        return failed();
    }
    lock.m_handle = reinterpret_cast<qintptr>(h);
#else
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed();
    int rc;
    do {
        rc = ::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB));
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const bool busy = errno == EWOULDBLOCK;
        const Error error = failed();
        ::close(fd);
        if (!wait && busy)
            return lock;
        return error;
    }
    lock.m_handle = fd;
#endif
    return lock;
}

void FileLock::release()
{
    if (m_handle == kNone)
        return;
#ifdef _WIN32
    HANDLE h = reinterpret_cast<HANDLE>(m_handle);
    OVERLAPPED whole{};
    UnlockFileEx(h, 0, MAXDWORD, MAXDWORD, &whole);
    CloseHandle(h);
#else
    ::flock(int(m_handle), LOCK_UN);
    ::close(int(m_handle));
#endif
    m_handle = kNone;
}

} // namespace platform

} // namespace reper
