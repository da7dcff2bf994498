// Five wrong passwords lock an account for 15 minutes; the count lives beside the store (a wrong
// password cannot open the store) and reaches the audit trail at the next successful open.
#include "storage/audit/AuditTrail.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/LoginGuard.h"
#include "storage/services/BackupService.h"
#include "storage/services/UserService.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <atomic>
#include <catch2/catch.hpp>
#include <memory>
#include <thread>
#include <vector>

using namespace reper;
using namespace reper::test;

namespace {

FixedClock& lockClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    return clock;
}

Result<std::unique_ptr<Store>> tryOpen(TempStore& t, const QString& password,
                                       const QString& user = QStringLiteral("admin"))
{
    return Store::open(t.path(), user, password, lockClock());
}

} // namespace

TEST_CASE("five wrong passwords lock an account for 15 minutes, and that is recorded", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    TempStore t;
    t.close();
    for (int i = 1; i <= 4; ++i) {
        auto r = tryOpen(t, QStringLiteral("wrong-password-%1").arg(i));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("Wrong user name or password")));
        CHECK_FALSE(r.error().message.contains(QStringLiteral("locked")));
    }
    auto fifth = tryOpen(t, QStringLiteral("wrong-password-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().message.contains(QStringLiteral("locked until 2026-03-02 09:15")));
    // Now even the right password is refused, without being tried.
    auto right = tryOpen(t, QString::fromLatin1(kPassword));
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().message.contains(QStringLiteral("locked")));
    // The lockout file names no one: only a hash of the name typed.
    QFile f(LoginGuard::pathFor(t.path()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.readAll().contains("admin"));

    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 16), Qt::UTC));
    auto later = tryOpen(t, QString::fromLatin1(kPassword));
    REQUIRE(later.ok());
    const auto failed = (*later)->audit().list(AuditFilter::forAction(QStringLiteral("login.failed")));
    REQUIRE(failed->size() == 1);
    CHECK(failed->first().recordCode == QStringLiteral("admin"));
    CHECK(failed->first().detail.contains(QStringLiteral("\"failures\":5")));
    const auto locked = (*later)->audit().list(AuditFilter::forAction(QStringLiteral("user.locked")));
    REQUIRE(locked->size() == 1);
    CHECK(locked->first().detail.contains(QStringLiteral("2026-03-02T09:15:00Z")));
    // A success starts the count again.
    (*later).reset();
    for (int i = 1; i <= 4; ++i)
        REQUIRE_FALSE(tryOpen(t, QStringLiteral("wrong-again-%1").arg(i)).ok());
    CHECK(tryOpen(t, QString::fromLatin1(kPassword)).ok());
    CHECK(LoginGuard(t.path(), lockClock()).failures(QStringLiteral("admin")) == 0);
}

TEST_CASE("an unknown name is counted like a user, and named nowhere", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    TempStore t;
    t.close();
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(tryOpen(t, QString::fromLatin1(kPassword), QStringLiteral("my-password-typed-as-name")).ok());
    CHECK(tryOpen(t, QString::fromLatin1(kPassword), QStringLiteral("my-password-typed-as-name"))
              .error()
              .message.contains(QStringLiteral("locked")));
    auto admin = tryOpen(t, QString::fromLatin1(kPassword));
    REQUIRE(admin.ok());
    const auto failed = (*admin)->audit().list(AuditFilter::forAction(QStringLiteral("login.failed")));
    REQUIRE(failed->size() == 1);
    CHECK(failed->first().detail.contains(QStringLiteral("unknown_user")));
    const auto all = (*admin)->audit().list({});
    REQUIRE(all.ok());
    for (const AuditEntry& e : *all)
        CHECK_FALSE((e.detail + e.recordCode).contains(QStringLiteral("my-password-typed-as-name")));
}

TEST_CASE("a damaged lockout file fails closed for one lockout period", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    TempStore t;
    t.close();
    REQUIRE_FALSE(tryOpen(t, QStringLiteral("wrong-password-1")).ok());
    REQUIRE(writeFileAtomically(LoginGuard::pathFor(t.path()), "{ not what it was").ok());
    auto refused = tryOpen(t, QString::fromLatin1(kPassword));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("damaged")));
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(11, 16), Qt::UTC));
    auto opened = tryOpen(t, QString::fromLatin1(kPassword));
    REQUIRE(opened.ok());
    CHECK((*opened)->audit().list(AuditFilter::forAction(QStringLiteral("lockout")))->size() == 1);
}

TEST_CASE("the lock screen checks the password, counts failures and records both", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    TempStore t;
    t.close();
    auto opened = tryOpen(t, QString::fromLatin1(kPassword));
    REQUIRE(opened.ok());
    Store& store = **opened;
    CHECK(store.reauthenticate(QString::fromLatin1(kPassword)).ok());
    for (int i = 1; i <= 4; ++i)
        CHECK_FALSE(store.reauthenticate(QStringLiteral("not-it-%1").arg(i)).ok());
    const Status fifth = store.reauthenticate(QStringLiteral("not-it-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().message.contains(QStringLiteral("locked")));
    CHECK_FALSE(store.reauthenticate(QString::fromLatin1(kPassword)).ok());
    CHECK(store.audit().list(AuditFilter::forAction(QStringLiteral("session.unlocked")))->size() == 1);
    CHECK(store.audit().list(AuditFilter::forAction(QStringLiteral("login.failed")))->size() == 5);
    CHECK(store.audit().list(AuditFilter::forAction(QStringLiteral("user.locked")))->size() == 1);
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(12, 20), Qt::UTC));
    CHECK(store.reauthenticate(QString::fromLatin1(kPassword)).ok());
}

TEST_CASE("the user list says until when a locked-out name waits", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    TempStore t;
    REQUIRE(UserService(t.store()).add(QStringLiteral("ion"), {QStringLiteral("analyst")}, QString(),
                                       QStringLiteral("a temporary passphrase")));
    for (int i = 1; i <= LoginGuard::MaxFailures; ++i)
        REQUIRE_FALSE(tryOpen(t, QStringLiteral("wrong-password-%1").arg(i), QStringLiteral("ion")).ok());
    // The administrator's store reads the list at its own time (2026-01-15), before the lockout ends.
    auto users = UserService(t.store()).list();
    REQUIRE(users);
    bool seen = false;
    for (const UserInfo& u : *users) {
        if (u.user.name == QLatin1String("ion")) {
            seen = true;
            CHECK(u.locked);
            CHECK(u.lockedUntil == QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC));
        } else {
            CHECK_FALSE(u.locked);
            CHECK_FALSE(u.lockedUntil.isValid());
        }
    }
    CHECK(seen);
}

TEST_CASE("wrong passwords tried at the same time each count, up to the lockout", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::UTC));
    TempStore t;
    t.close();
    // Eight tries at once: each is counted before its password is checked, under the lockout file's
    // lock, so no two read the same count; a sixth try while five are under way is refused.
    std::vector<std::thread> tries;
    std::atomic<int> refusedLocked{0};
    for (int i = 0; i < 8; ++i)
        tries.emplace_back([&, i] {
            auto r = tryOpen(t, QStringLiteral("parallel-wrong-%1").arg(i));
            if (!r.ok() && r.error().message.contains(QStringLiteral("locked")))
                ++refusedLocked;
        });
    for (std::thread& th : tries)
        th.join();
    const LoginGuard guard(t.path(), lockClock());
    CHECK(guard.failures(QStringLiteral("admin")) == LoginGuard::MaxFailures);
    CHECK(guard.isLocked(QStringLiteral("admin")));
    CHECK(refusedLocked >= 3);
    CHECK_FALSE(tryOpen(t, QString::fromLatin1(kPassword)).ok());
}

TEST_CASE("restoring a backup checks the password under the same lockout", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC));
    TempStore t;
    const QString backup = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(BackupService::backup(t.store(), backup).ok());
    t.close();
    for (int i = 1; i <= LoginGuard::MaxFailures; ++i) {
        const Status s = BackupService::restore(backup, t.path(), QStringLiteral("admin"),
                                                QStringLiteral("not-the-password-%1").arg(i));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("Wrong user name or password")));
    }
    CHECK(LoginGuard(t.path(), SystemClock::instance()).isLocked(QStringLiteral("admin")));
    const Status right
        = BackupService::restore(backup, t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword));
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().message.contains(QStringLiteral("locked")));
}

TEST_CASE("a try that proves no password of this store takes back only itself", "[security][lockout]")
{
    lockClock().set(QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC));
    TempStore t;
    t.close();
    for (int i = 1; i <= LoginGuard::MaxFailures - 1; ++i)
        REQUIRE_FALSE(tryOpen(t, QStringLiteral("wrong-password-%1").arg(i)).ok());
    // The key file cannot be read at this moment: no password is checked, and the four failures stand.
    const QString keyPath = KeyFile::pathFor(t.path());
    QFile keys(keyPath);
    REQUIRE(keys.open(QIODevice::ReadOnly));
    const QByteArray original = keys.readAll();
    keys.close();
    REQUIRE(writeFileAtomically(keyPath, "{ not a key file").ok());
    REQUIRE_FALSE(tryOpen(t, QString::fromLatin1(kPassword)).ok());
    REQUIRE(writeFileAtomically(keyPath, original).ok());
    CHECK(LoginGuard(t.path(), lockClock()).failures(QStringLiteral("admin")) == LoginGuard::MaxFailures - 1);
    auto fifth = tryOpen(t, QStringLiteral("wrong-password-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().message.contains(QStringLiteral("locked")));
}

TEST_CASE("a password that opens a backup made elsewhere does not reset the store's count", "[security][lockout]")
{
    // Someone who made their own store, with a user of the name they are guessing and a password
    // they know, must not be able to start the count again by "restoring" its backup between guesses.
    TempStore target;
    target.close();
    TempStore elsewhere;
    const QString known = QStringLiteral("a passphrase I chose");
    REQUIRE(UserService(elsewhere.store()).add(QStringLiteral("ion"), {QStringLiteral("analyst")}, QString(), known));
    const QString backup = elsewhere.dir() + QStringLiteral("/mine.reper");
    REQUIRE(BackupService::backup(elsewhere.store(), backup).ok());
    const QString name = QStringLiteral("ion");
    for (int i = 1; i <= LoginGuard::MaxFailures - 1; ++i)
        REQUIRE_FALSE(BackupService::restore(backup, target.path(), name, QStringLiteral("guess-%1").arg(i)).ok());
    const Status mine = BackupService::restore(backup, target.path(), name, known);
    REQUIRE_FALSE(mine.ok());
    CHECK(mine.error().message.contains(QStringLiteral("Only an administrator")));
    CHECK(LoginGuard(target.path(), SystemClock::instance()).failures(name) == LoginGuard::MaxFailures - 1);
    REQUIRE_FALSE(BackupService::restore(backup, target.path(), name, QStringLiteral("guess-5")).ok());
    CHECK(LoginGuard(target.path(), SystemClock::instance()).isLocked(name));
}

TEST_CASE("wrong passwords from several programs at once each count, up to the lockout", "[security][lockout][cli]")
{
    // The same as the threads above, across processes: eight reper-cli started together, each with
    // another wrong password. The advisory lock on the lockout file is what keeps their counts apart.
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    std::vector<std::unique_ptr<QProcess>> programs;
    for (int i = 0; i < 8; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("REPER_PASSWORD"), QStringLiteral("wrong-from-program-%1").arg(i));
        p->setProcessEnvironment(env);
        p->start(cliPath(),
                 {QStringLiteral("--store"), cli.store(), QStringLiteral("--user"), QStringLiteral("admin"),
                  QStringLiteral("verify")});
        p->closeWriteChannel();
        programs.push_back(std::move(p));
    }
    int refusedLocked = 0;
    for (auto& p : programs) {
        REQUIRE(p->waitForFinished(CliRunner::kTimeoutMs));
        CHECK(p->exitCode() != 0);
        if (QString::fromUtf8(p->readAllStandardError()).contains(QStringLiteral("locked")))
            ++refusedLocked;
    }
    const LoginGuard guard(cli.store(), SystemClock::instance());
    CHECK(guard.failures(QStringLiteral("admin")) == LoginGuard::MaxFailures);
    CHECK(guard.isLocked(QStringLiteral("admin")));
    CHECK(refusedLocked >= 3);
    // The right password now waits too.
    const CliResult right = cli.run({QStringLiteral("verify")});
    CHECK(right.exitCode != 0);
    CHECK(right.err.contains(QStringLiteral("locked")));
}
