#include "ImportLock.h"

#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QThread>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Import").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The stores whose import lock this program holds (an flock is not re-entrant within a program).
QMutex g_heldMutex;
QSet<QString> g_held;

QString canonical(const QString& storePath)
{
    const QString c = QFileInfo(storePath).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(storePath).absoluteFilePath() : c;
}

QString lockPath(const QString& storePath) { return storePath + QStringLiteral(".import.lock"); }
QString holderPath(const QString& storePath) { return storePath + QStringLiteral(".import.holder"); }

std::optional<ImportLock::Holder> readHolder(const QString& storePath)
{
    ImportLock::Holder h;
    QFile f(holderPath(storePath));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.read(4096).split('\n');
        if (lines.size() >= 2) {
            h.user = QString::fromUtf8(lines[0]).left(64);
            h.since = QDateTime::fromString(QString::fromLatin1(lines[1]), Qt::ISODate);
        }
    }
    return h;
}

} // namespace

ImportLock::ImportLock(ImportLock&& other) noexcept
    : m_lock(std::move(other.m_lock))
    , m_storePath(std::move(other.m_storePath))
    , m_holderPath(std::move(other.m_holderPath))
{
    other.m_storePath.clear();
}

ImportLock::~ImportLock()
{
    if (m_lock.isHeld()) {
        QFile::remove(m_holderPath);
        m_lock.release();
    }
    if (!m_storePath.isEmpty()) {
        QMutexLocker locked(&g_heldMutex);
        g_held.remove(m_storePath);
    }
}

std::optional<ImportLock::Holder> ImportLock::holder(const QString& storePath)
{
    auto probe = platform::FileLock::tryAcquire(lockPath(storePath));
    if (!probe || probe->isHeld())
        return std::nullopt;
    return readHolder(storePath);
}

QString ImportLock::waitingMessage(const Holder& holder, const QDateTime& now)
{
    const QDateTime since = holder.since.toLocalTime();
    const QString when = !since.isValid()          ? Tr::tr("a while")
        : since.date() == now.toLocalTime().date() ? since.toString(QStringLiteral("HH:mm"))
                                                   : since.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString who = holder.user.isEmpty() ? Tr::tr("another user") : holder.user;
    return Tr::tr("another import is running since %1 by %2; waiting…").arg(when, who);
}

Result<ImportLock> ImportLock::take(const QString& storePath, const QString& user, const QDateTime& now,
                                    const std::function<void(const QString& message)>& waiting,
                                    const std::function<bool()>& keepWaiting)
{
    ImportLock lock;
    const QString key = canonical(storePath);
    {
        QMutexLocker locked(&g_heldMutex);
        if (g_held.contains(key))
            return lock; // nested: the outer one releases it
    }
    bool told = false;
    for (;;) {
        auto taken = platform::FileLock::tryAcquire(lockPath(storePath));
        if (!taken)
            return taken.error();
        if (taken->isHeld()) {
            lock.m_lock = std::move(*taken);
            break;
        }
        if (!told) {
            told = true;
            if (waiting)
                waiting(waitingMessage(readHolder(storePath).value_or(Holder{}), now));
        }
        if (keepWaiting && !keepWaiting())
            return Database::cancelledError();
        QThread::msleep(200);
    }
    {
        QMutexLocker locked(&g_heldMutex);
        g_held.insert(key);
    }
    lock.m_storePath = key;
    lock.m_holderPath = holderPath(storePath);
    const QByteArray text = user.toUtf8() + '\n' + now.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    if (auto s = writeFileAtomically(lock.m_holderPath, text); !s)
        return s.error();
    return lock;
}

} // namespace reper
