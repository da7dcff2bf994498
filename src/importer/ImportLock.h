#pragma once
// One import at a time on a store. An import holds the write lock of the store for its whole run
// (all or nothing, one transaction); a second one used to fail after the busy timeout with a
// generic message. Now it takes turns on an advisory lock beside the store (<store>.import.lock)
// and, while it waits, says who holds it and since when (from <store>.import.holder, written by the
// holder: its user and start time). Reading commands ask holder() to say why they wait.
#include "core/Result.h"
#include "core/platform/Platform.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace reper {

class ImportLock
{
public:
    struct Holder
    {
        QString user; // empty when the holder file could not be read
        QDateTime since; // UTC
    };

    // Takes the lock of the store at `storePath` for `user`. When this program holds it already (reper-cli
    // takes it before it signs in, so that its login does not wait behind the import either), the lock
    // returned is that one's. When another import holds it, calls
    // `waiting` once with a message naming the holder and waits; `keepWaiting` is asked a few times
    // a second, and returning false gives up (a cancelled error).
    static Result<ImportLock> take(const QString& storePath, const QString& user, const QDateTime& now,
                                   const std::function<void(const QString& message)>& waiting,
                                   const std::function<bool()>& keepWaiting = {});
    // Who holds the lock now; nothing when it is free.
    static std::optional<Holder> holder(const QString& storePath);
    // "another import is running since 10:42 by ana; waiting…"
    static QString waitingMessage(const Holder& holder, const QDateTime& now);

    ImportLock(ImportLock&& other) noexcept;
    ImportLock& operator=(ImportLock&&) = delete;
    ImportLock(const ImportLock&) = delete;
    ImportLock& operator=(const ImportLock&) = delete;
    ~ImportLock();

private:
    ImportLock() = default;
    platform::FileLock m_lock;
    QString m_storePath; // set while this object holds the lock (not when it is nested)
    QString m_holderPath;
};

} // namespace reper
