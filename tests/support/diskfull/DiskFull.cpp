// A full disk for the tests (issue 11 §3), without mounting anything: a shared library that
// reper-cli is started with (LD_PRELOAD, Linux only) and that makes every write to a file under one
// folder fail with ENOSPC once that folder has taken a given number of bytes, as a file system
// that has filled up. CI's container may not mount a tmpfs or a loop image; this works anywhere.
//
//   REPER_TEST_FULL_DIR    the folder whose disk fills (absolute, no symbolic links); unset: inactive
//   REPER_TEST_FULL_AFTER  bytes the folder may still take (default 0: full from the start);
//                          negative: never full, only counted
//   REPER_TEST_FULL_ONLY   only files whose name (below the folder) contains this fill it: the disk
//                          fills just as one file is written (".keys": the key file)
//   REPER_TEST_FULL_COUNT  a file (outside the folder) that receives, at exit, the bytes written
//                          under the folder — how a test learns how much a command writes
//
// Covered: write, pwrite(64), writev, pwritev(64)(2), fallocate(64), posix_fallocate(64),
// sendfile(64), copy_file_range — what SQLite (SQLCipher's pager and WAL), QFile and QFile::copy
// call. Once a write has failed the disk stays full, as a real one does, and statvfs (what
// QStorageInfo asks) then says the folder's file system has no room. Writes through stdio
// (glibc calls its own write inside) and through a shared mapping are not seen.
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

struct Config
{
    bool active = false;
    char dir[PATH_MAX] = {};
    size_t dirLength = 0;
    long long budget = 0; // < 0: unlimited
    const char* countFile = nullptr;
    const char* only = nullptr;
};

const Config& config()
{
    static const Config c = [] {
        Config k;
        const char* dir = std::getenv("REPER_TEST_FULL_DIR");
        if (!dir || !*dir)
            return k;
        std::snprintf(k.dir, sizeof k.dir, "%s", dir);
        k.dirLength = std::strlen(k.dir);
        while (k.dirLength > 1 && k.dir[k.dirLength - 1] == '/')
            k.dir[--k.dirLength] = '\0';
        const char* after = std::getenv("REPER_TEST_FULL_AFTER");
        k.budget = after && *after ? std::atoll(after) : 0;
        k.countFile = std::getenv("REPER_TEST_FULL_COUNT");
        k.only = std::getenv("REPER_TEST_FULL_ONLY");
        if (k.only && !*k.only)
            k.only = nullptr;
        k.active = true;
        return k;
    }();
    return c;
}

std::atomic<long long> g_written{0};
std::atomic<bool> g_full{false};

// Whether `fd` is a file under the folder (its path as the kernel knows it).
bool underFolder(int fd)
{
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    const Config& c = config();
    if (std::strncmp(target, c.dir, c.dirLength) != 0 || (target[c.dirLength] != '/' && target[c.dirLength] != '\0'))
        return false;
    return !c.only || std::strstr(target + c.dirLength, c.only) != nullptr;
}

// Whether the folder's disk is full now: a write failed, or the bytes it may take are taken.
bool isFull()
{
    const Config& c = config();
    return c.active && c.budget >= 0 && (g_full || g_written >= c.budget);
}

// Whether `path` names the folder's file system: the folder, a file below it, or a folder above it
// (QStorageInfo asks about the mount point).
bool onFolderDisk(const char* path)
{
    const Config& c = config();
    const size_t n = std::strlen(path);
    const auto below = [](const char* outer, size_t outerLength, const char* inner) {
        return std::strncmp(inner, outer, outerLength) == 0
            && (inner[outerLength] == '/' || inner[outerLength] == '\0'
                || (outerLength > 0 && outer[outerLength - 1] == '/'));
    };
    return below(c.dir, c.dirLength, path) || (n > 0 && below(path, n, c.dir));
}

// Whether `count` more bytes to `fd` fit; sets ENOSPC when not.
bool fits(int fd, long long count)
{
    const Config& c = config();
    if (!c.active || count <= 0 || !underFolder(fd))
        return true;
    if (c.budget < 0) {
        g_written += count;
        return true;
    }
    if (!g_full) {
        const long long before = g_written.fetch_add(count);
        if (before + count <= c.budget)
            return true;
        g_written -= count;
        g_full = true;
    }
    errno = ENOSPC;
    return false;
}

template<typename F>
F next(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

long long total(const struct iovec* iov, int count)
{
    long long sum = 0;
    for (int i = 0; i < count; ++i)
        sum += static_cast<long long>(iov[i].iov_len);
    return sum;
}

__attribute__((destructor)) void reportCount()
{
    const Config& c = config();
    if (!c.active || !c.countFile)
        return;
    if (FILE* f = std::fopen(c.countFile, "w")) {
        std::fprintf(f, "%lld\n", g_written.load());
        std::fclose(f);
    }
}

} // namespace

#define REPER_FULL_FORWARD(ret, name, params, args, fd, bytes)                                                         \
    extern "C" ret name params                                                                                         \
    {                                                                                                                  \
        static const auto real = next<ret(*) params>(#name);                                                           \
        if (!fits(fd, bytes))                                                                                          \
            return -1;                                                                                                 \
        return real args;                                                                                              \
    }

REPER_FULL_FORWARD(ssize_t, write, (int fd, const void* buf, size_t n), (fd, buf, n), fd, (long long)n)
REPER_FULL_FORWARD(ssize_t, pwrite, (int fd, const void* buf, size_t n, off_t at), (fd, buf, n, at), fd, (long long)n)
REPER_FULL_FORWARD(ssize_t, pwrite64, (int fd, const void* buf, size_t n, off64_t at), (fd, buf, n, at), fd,
                   (long long)n)
REPER_FULL_FORWARD(ssize_t, writev, (int fd, const struct iovec* iov, int count), (fd, iov, count), fd,
                   total(iov, count))
REPER_FULL_FORWARD(ssize_t, pwritev, (int fd, const struct iovec* iov, int count, off_t at), (fd, iov, count, at), fd,
                   total(iov, count))
REPER_FULL_FORWARD(ssize_t, pwritev64, (int fd, const struct iovec* iov, int count, off64_t at), (fd, iov, count, at),
                   fd, total(iov, count))
REPER_FULL_FORWARD(ssize_t, pwritev2, (int fd, const struct iovec* iov, int count, off_t at, int flags),
                   (fd, iov, count, at, flags), fd, total(iov, count))
REPER_FULL_FORWARD(int, fallocate, (int fd, int mode, off_t at, off_t len), (fd, mode, at, len), fd, (long long)len)
REPER_FULL_FORWARD(int, fallocate64, (int fd, int mode, off64_t at, off64_t len), (fd, mode, at, len), fd,
                   (long long)len)
REPER_FULL_FORWARD(ssize_t, sendfile, (int out, int in, off_t* at, size_t n), (out, in, at, n), out, (long long)n)
REPER_FULL_FORWARD(ssize_t, sendfile64, (int out, int in, off64_t* at, size_t n), (out, in, at, n), out, (long long)n)
REPER_FULL_FORWARD(ssize_t, copy_file_range, (int in, off64_t* inAt, int out, off64_t* outAt, size_t n, unsigned flags),
                   (in, inAt, out, outAt, n, flags), out, (long long)n)

// A full disk has no free blocks.
extern "C" int statvfs64(const char* path, struct statvfs64* buf)
{
    static const auto real = next<int (*)(const char*, struct statvfs64*)>("statvfs64");
    const int rc = real(path, buf);
    if (rc == 0 && isFull() && onFolderDisk(path)) {
        buf->f_bfree = 0;
        buf->f_bavail = 0;
    }
    return rc;
}

extern "C" int statvfs(const char* path, struct statvfs* buf)
{
    static const auto real = next<int (*)(const char*, struct statvfs*)>("statvfs");
    const int rc = real(path, buf);
    if (rc == 0 && isFull() && onFolderDisk(path)) {
        buf->f_bfree = 0;
        buf->f_bavail = 0;
    }
    return rc;
}

// posix_fallocate returns the error instead of setting errno.
extern "C" int posix_fallocate(int fd, off_t at, off_t len)
{
    static const auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (!fits(fd, (long long)len))
        return ENOSPC;
    return real(fd, at, len);
}

extern "C" int posix_fallocate64(int fd, off64_t at, off64_t len)
{
    static const auto real = next<int (*)(int, off64_t, off64_t)>("posix_fallocate64");
    if (!fits(fd, (long long)len))
        return ENOSPC;
    return real(fd, at, len);
}
