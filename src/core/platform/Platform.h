#pragma once
// The few calls only an operating system's own API offers — owner-only file modes, syncing a folder
// after a rename, an atomic replace, the terminal — in one place, with a POSIX branch (Linux, the
// machines Reper is built on) and a Windows branch. Nothing else in the tree includes <unistd.h>,
// <fcntl.h>, <termios.h> or <windows.h>.
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace reper::platform {

// Makes a file readable and writable by its owner only (0600); on Windows the user's profile
// folder already holds that right, so nothing is changed there.
void restrictToOwner(const QString& path);

// Flushes the folder that holds `path` to disk, so a rename in it survives a power cut.
void syncFolderOf(const QString& path);

// Whether standard output is a terminal (not a pipe or a file).
bool standardOutputIsTerminal();

// Asks on the terminal for a line without echoing it; nothing when there is no terminal.
std::optional<QString> askHidden(const QString& prompt);

// Waits until a network socket (a database connection's) can be read — or written, with
// `forWriting` — for at most `timeoutMs`: 1 ready, 0 the time ran out, -1 an error (closed socket).
int waitForSocket(qintptr socket, bool forWriting, int timeoutMs);

} // namespace reper::platform

namespace reper {

// Writes bytes to `path` atomically, readable by the owner only: a temporary file beside it, a
// flush to disk, a rename over the old file, a flush of the folder. Either the old file or the new
// one is at `path` afterwards, never half of one.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace reper
