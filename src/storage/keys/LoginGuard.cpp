#include "LoginGuard.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sodium.h>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
QString iso(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
QDateTime fromIso(const QJsonValue& v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }
QString clockTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

QString LoginGuard::keyFor(const QString& user)
{
    static const unsigned char context[] = "reper lockout name";
    const QByteArray name = user.toUtf8();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 16,
                       reinterpret_cast<const unsigned char*>(name.constData()), size_t(name.size()), context,
                       sizeof(context) - 1);
    return QString::fromLatin1(out.toHex());
}

LoginGuard::LoginGuard(const QString& storePath, const Clock& clock)
    : m_path(pathFor(storePath))
    , m_clock(clock)
{
    load();
}

void LoginGuard::load()
{
    QFile f(m_path);
    if (!f.exists())
        return;
    QJsonParseError perr;
    const QJsonObject root
        = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &perr).object() : QJsonObject();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("reper-lockout")) {
        // Damaged or replaced: fail closed once. Everyone waits out one lockout period, the file is
        // set aside for whoever investigates, and the trail records it at the next open.
        f.close();
        const QString aside = m_path + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        m_damaged = true;
        m_allLockedUntil = m_clock.now().toUTC().addSecs(LockMinutes * 60);
        Logging::logger("storage")->warn("the lockout file was damaged; logins wait {} minutes", LockMinutes);
        (void)save();
        return;
    }
    m_allLockedUntil = fromIso(root.value(QStringLiteral("all_locked_until")));
    m_damaged = root.value(QStringLiteral("damaged_unrecorded")).toBool();
    const QJsonObject users = root.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        State s;
        s.failures = o.value(QStringLiteral("failures")).toInt();
        s.lockedUntil = fromIso(o.value(QStringLiteral("locked_until")));
        s.unrecorded = o.value(QStringLiteral("unrecorded")).toInt();
        s.first = fromIso(o.value(QStringLiteral("first")));
        s.last = fromIso(o.value(QStringLiteral("last")));
        for (const QJsonValue& v : o.value(QStringLiteral("lockouts")).toArray())
            s.lockouts << v.toString();
        m_users.insert(it.key(), s);
    }
}

Status LoginGuard::save() const
{
    QJsonObject users;
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        const State& s = it.value();
        if (s.failures == 0 && s.unrecorded == 0 && s.lockouts.isEmpty() && !s.lockedUntil.isValid())
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("failures"), s.failures);
        if (s.lockedUntil.isValid())
            o.insert(QStringLiteral("locked_until"), iso(s.lockedUntil));
        o.insert(QStringLiteral("unrecorded"), s.unrecorded);
        if (s.first.isValid())
            o.insert(QStringLiteral("first"), iso(s.first));
        if (s.last.isValid())
            o.insert(QStringLiteral("last"), iso(s.last));
        if (!s.lockouts.isEmpty())
            o.insert(QStringLiteral("lockouts"), QJsonArray::fromStringList(s.lockouts));
        users.insert(it.key(), o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("reper-lockout"));
    root.insert(QStringLiteral("version"), 1);
    if (m_allLockedUntil.isValid())
        root.insert(QStringLiteral("all_locked_until"), iso(m_allLockedUntil));
    if (m_damaged)
        root.insert(QStringLiteral("damaged_unrecorded"), true);
    root.insert(QStringLiteral("users"), users);
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

bool LoginGuard::isLocked(const QString& user) const { return lockedUntil(user).isValid(); }

QDateTime LoginGuard::lockedUntil(const QString& user) const
{
    const QDateTime now = m_clock.now().toUTC();
    QDateTime until;
    if (m_allLockedUntil.isValid() && now < m_allLockedUntil)
        until = m_allLockedUntil;
    const auto it = m_users.constFind(keyFor(user));
    if (it != m_users.constEnd() && it->lockedUntil.isValid() && now < it->lockedUntil
        && (!until.isValid() || it->lockedUntil > until))
        until = it->lockedUntil;
    return until;
}

int LoginGuard::failures(const QString& user) const { return m_users.value(keyFor(user)).failures; }

void LoginGuard::update(const std::function<void()>& change)
{
    // Another program may have counted since this one read the file: read it again under the lock.
    auto lock = platform::FileLock::acquire(m_path + QStringLiteral(".lock"));
    if (!lock)
        Logging::logger("storage")->error("the lockout file could not be locked: {}",
                                          lock.error().detail.toStdString());
    m_users.clear();
    m_allLockedUntil = QDateTime();
    m_damaged = false;
    load();
    change();
    if (auto saved = save(); !saved)
        Logging::logger("storage")->error("the lockout file could not be written: {}",
                                          saved.error().detail.toStdString());
}

Status LoginGuard::attempt(const QString& user, bool inTrail)
{
    Status out = Status::success();
    update([&] {
        const QDateTime now = m_clock.now().toUTC();
        if (m_allLockedUntil.isValid() && now < m_allLockedUntil) {
            out = makeError(Tr::tr("The lockout file of this store was damaged, so every account waits until %1.")
                                .arg(clockTime(m_allLockedUntil)));
            return;
        }
        State& s = m_users[keyFor(user)];
        if (s.lockedUntil.isValid() && now >= s.lockedUntil) {
            // The lockout is over: a fresh count.
            s.lockedUntil = QDateTime();
            s.failures = 0;
        }
        if (!s.lockedUntil.isValid() && s.failures >= MaxFailures) {
            // As many tries under way at once as a lockout allows: the next one waits.
            s.lockedUntil = now.addSecs(LockMinutes * 60);
            if (!inTrail)
                s.lockouts << iso(s.lockedUntil);
        }
        if (s.lockedUntil.isValid()) {
            out = makeError(Tr::tr("Too many wrong passwords for %1: the account is locked until %2.")
                                .arg(user, clockTime(s.lockedUntil)));
            return;
        }
        // Counted now, before the password is checked: withdrawn only if it proves right.
        s.failures += 1;
        if (!inTrail) {
            if (s.unrecorded == 0)
                s.first = now;
            s.unrecorded += 1;
            s.last = now;
        }
    });
    return out;
}

Error LoginGuard::failed(const QString& user, const Error& wrong, bool inTrail, bool* lockedNow)
{
    Error out = wrong;
    bool locks = false;
    update([&] {
        const QDateTime now = m_clock.now().toUTC();
        State& s = m_users[keyFor(user)];
        s.failures = std::max(s.failures, 1); // counted by attempt(); at least this one
        locks = s.failures >= MaxFailures && !(s.lockedUntil.isValid() && now < s.lockedUntil);
        if (locks) {
            s.lockedUntil = now.addSecs(LockMinutes * 60);
            if (!inTrail)
                s.lockouts << iso(s.lockedUntil);
            out.message = Tr::tr("%1 That was the %2th wrong password in a row: %3 is locked until %4.")
                              .arg(wrong.message)
                              .arg(s.failures)
                              .arg(user, clockTime(s.lockedUntil));
            Logging::logger("storage")->warn("an account was locked after {} wrong passwords", s.failures);
        }
    });
    if (lockedNow)
        *lockedNow = locks;
    return out;
}

void LoginGuard::succeeded(const QString& user, bool inTrail)
{
    update([&] {
        auto it = m_users.find(keyFor(user));
        if (it == m_users.end())
            return;
        it->failures = 0;
        it->lockedUntil = QDateTime();
        if (!inTrail && it->unrecorded > 0) {
            it->unrecorded -= 1; // the try counted before the check was this right one
            if (it->unrecorded == 0) {
                it->first = QDateTime();
                it->last = QDateTime();
            }
        }
    });
}

void LoginGuard::withdraw(const QString& user, bool inTrail)
{
    update([&] {
        auto it = m_users.find(keyFor(user));
        if (it == m_users.end())
            return;
        it->failures = std::max(0, it->failures - 1);
        if (!inTrail && it->unrecorded > 0) {
            it->unrecorded -= 1;
            if (it->unrecorded == 0) {
                it->first = QDateTime();
                it->last = QDateTime();
            }
        }
    });
}

void LoginGuard::clear(const QString& user)
{
    update([&] {
        auto it = m_users.find(keyFor(user));
        if (it != m_users.end()) {
            it->failures = 0;
            it->lockedUntil = QDateTime();
        }
    });
}

QList<LoginGuard::Unrecorded> LoginGuard::unrecorded() const
{
    QList<Unrecorded> out;
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        if (it->unrecorded == 0 && it->lockouts.isEmpty())
            continue;
        out << Unrecorded{it.key(), it->unrecorded, iso(it->first), iso(it->last), it->lockouts};
    }
    return out;
}

void LoginGuard::markRecorded(const QList<Unrecorded>& recorded)
{
    update([&] {
        for (const Unrecorded& n : recorded) {
            auto it = m_users.find(n.userKey);
            if (it == m_users.end())
                continue;
            // Only what was written: tries counted since then stay for the next open.
            it->unrecorded = std::max(0, it->unrecorded - n.failures);
            if (it->unrecorded == 0) {
                it->first = QDateTime();
                it->last = QDateTime();
            }
            for (const QString& until : n.lockedUntil)
                it->lockouts.removeOne(until);
        }
        m_damaged = false;
    });
}

} // namespace reper
