#include "Platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef _WIN32
#include <conio.h>
#include <io.h>
#include <windows.h>
#include <winsock2.h>
#else
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "KeyFile").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
};

Error cannotWrite(const QString& path)
{
    return makeError(Tr::tr("Cannot write %1.").arg(path), QString::fromLocal8Bit(std::strerror(errno)));
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

bool standardOutputIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdout)) != 0;
#else
    return ::isatty(STDOUT_FILENO) != 0;
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
    const QString tmp = path + QStringLiteral(".tmp");
#ifdef _WIN32
    QFile out(tmp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size() || !out.flush()
        || _commit(out.handle()) != 0) {
        out.remove();
        return cannotWrite(path);
    }
    out.close();
    if (!MoveFileExW(reinterpret_cast<const wchar_t*>(tmp.utf16()), reinterpret_cast<const wchar_t*>(path.utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        QFile::remove(tmp);
        return cannotWrite(path);
    }
    return Status::success();
#else
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return cannotWrite(path);
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const Error error = cannotWrite(path);
            ::close(fd);
            ::unlink(tmpName.constData());
            return error;
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const Error error = cannotWrite(path);
        ::unlink(tmpName.constData());
        return error;
    }
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        const Error error = cannotWrite(path);
        ::unlink(tmpName.constData());
        return error;
    }
    platform::syncFolderOf(path);
    return Status::success();
#endif
}

} // namespace reper
