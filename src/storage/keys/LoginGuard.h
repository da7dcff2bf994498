#pragma once
// Five wrong passwords in a row lock a user name out for 15 minutes. The count cannot live in the
// encrypted store (a wrong password cannot open it), so it lives in a small side file,
// `<store>.lockout`, written atomically. Names that are not users are counted alike, so a lockout
// says nothing about who exists. Failures and lockouts are carried into the audit trail at the next
// successful open (or at once when the store is open, at the lock screen). The file is not secret
// and not signed: how tampering with it is handled is in docs/security.md.
// A try is counted before the password is checked, each change under an advisory lock
// (`<store>.lockout.lock`): parallel wrong passwords count one each, and a program killed while it
// checks leaves its try counted.
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace reper {

class Clock;

class LoginGuard
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    struct Unrecorded
    {
        QString userKey; // keyFor(name)
        int failures = 0;
        QString first;
        QString last;
        QStringList lockedUntil; // the lockouts that followed
    };

    LoginGuard(const QString& storePath, const Clock& clock);
    static QString pathFor(const QString& storePath) { return storePath + QStringLiteral(".lockout"); }
    // The file names users by a hash of the name typed, never the name itself: a password typed
    // into the user field must not end up in a file or the trail.
    static QString keyFor(const QString& user);

    // Before a password is tried: an error when `user` is locked out (or has as many tries under
    // way as a lockout allows), else one failure counted until the password proves right.
    // `inTrail`: failures are also being written to the open store's trail (the lock screen).
    Status attempt(const QString& user, bool inTrail);
    // The password was wrong: the counted failure stands. Returns what to tell the user (the
    // lockout, on the fifth).
    Error failed(const QString& user, const Error& wrong, bool inTrail, bool* lockedNow = nullptr);
    // The password was right for this store's key file: the count starts again.
    void succeeded(const QString& user, bool inTrail);
    // No password of this store was proved (its key file could not be read, or the password was
    // checked against a backup's key file): only the try attempt() counted is taken back; earlier
    // failures and a lockout stand.
    void withdraw(const QString& user, bool inTrail);
    // A password given anew (a reset, the recovery key) ends a lockout.
    void clear(const QString& user);
    bool isLocked(const QString& user) const;
    // Until when `user` is locked out; invalid when they are not locked now.
    QDateTime lockedUntil(const QString& user) const;
    int failures(const QString& user) const;

    // What happened while the store was closed, for the trail; taken off by markRecorded().
    QList<Unrecorded> unrecorded() const;
    bool wasDamaged() const { return m_damaged; }
    void markRecorded(const QList<Unrecorded>& recorded);

private:
    struct State
    {
        int failures = 0;
        QDateTime lockedUntil;
        int unrecorded = 0;
        QDateTime first;
        QDateTime last;
        QStringList lockouts;
    };
    void load();
    Status save() const;
    // Reloads the file under its lock, lets `change` edit the state and saves it.
    void update(const std::function<void()>& change);
    QString m_path;
    const Clock& m_clock;
    QHash<QString, State> m_users;
    QDateTime m_allLockedUntil; // after a damaged file: everyone, once
    bool m_damaged = false;
};

} // namespace reper
