// The operating-system calls of core/platform that protect files and keys: an atomic write that a
// planted link or a loose mode cannot defeat, an advisory lock that makes two programs take turns,
// and no core file.
#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace reper;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kUserBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

TEST_CASE("an atomic write leaves a file only its owner reads, whatever was at its path", "[core][platform]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.reper.keys"));
    SECTION("a file readable by everyone is replaced by one readable by its owner")
    {
        {
            QFile loose(path);
            REQUIRE(loose.open(QIODevice::WriteOnly));
            loose.write("old");
        }
        REQUIRE(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        REQUIRE(writeFileAtomically(path, "new").ok());
        CHECK(contentOf(path) == "new");
        CHECK((QFile::permissions(path) & kUserBits) == kOwnerOnly);
    }
    SECTION("a symbolic link planted at the path is replaced, not written through")
    {
        const QString elsewhere = dir.filePath(QStringLiteral("shared-folder-file"));
        {
            QFile other(elsewhere);
            REQUIRE(other.open(QIODevice::WriteOnly));
            other.write("someone else's");
        }
        REQUIRE(QFile::setPermissions(elsewhere, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        REQUIRE(QFile::link(elsewhere, path));
        REQUIRE(writeFileAtomically(path, "secret").ok());
        CHECK_FALSE(QFileInfo(path).isSymLink());
        CHECK(contentOf(path) == "secret");
        CHECK(contentOf(elsewhere) == "someone else's");
        CHECK((QFile::permissions(path) & kUserBits) == kOwnerOnly);
    }
    SECTION("a link planted at the old fixed temporary name is left alone")
    {
        const QString target = dir.filePath(QStringLiteral("victim-of-the-link"));
        REQUIRE(QFile::link(target, path + QStringLiteral(".tmp")));
        REQUIRE(writeFileAtomically(path, "secret").ok());
        CHECK_FALSE(QFile::exists(target));
        CHECK(contentOf(path) == "secret");
    }
    // No temporary file stays behind.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : left)
        CHECK_FALSE((name.endsWith(QLatin1String(".tmp")) && !QFileInfo(dir.filePath(name)).isSymLink()));
}

TEST_CASE("an advisory lock makes a second holder wait", "[core][platform]")
{
    QTemporaryDir dir;
    const QString lockPath = dir.filePath(QStringLiteral("store.reper.keys.lock"));
    auto first = platform::FileLock::acquire(lockPath);
    REQUIRE(first.ok());
    REQUIRE(first->isHeld());
    CHECK((QFile::permissions(lockPath) & kUserBits) == kOwnerOnly);
    auto busy = platform::FileLock::tryAcquire(lockPath);
    REQUIRE(busy.ok());
    CHECK_FALSE(busy->isHeld());
    std::atomic<bool> got{false};
    std::thread waiter([&] {
        auto second = platform::FileLock::acquire(lockPath);
        got = second.ok() && second->isHeld();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(got); // still waiting
    first->release();
    waiter.join();
    CHECK(got);
    auto again = platform::FileLock::tryAcquire(lockPath);
    REQUIRE(again.ok());
    CHECK(again->isHeld());
}

TEST_CASE("core dumps can be turned off", "[core][platform]")
{
    platform::disableCoreDumps();
    CHECK(platform::coreDumpsDisabled());
}
