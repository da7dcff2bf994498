// The log names victim codes: its folder and its files are the user's alone, whatever the umask.
#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace reper;

TEST_CASE("the log folder and file are private to their owner", "[core][logging]")
{
#ifdef _WIN32
    SUCCEED("Windows: the profile folder is private already");
#else
    const mode_t before = ::umask(0022); // the usual umask makes 0755 folders and 0644 files
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    Logging::setup(logDir, spdlog::level::off);
    Logging::logger("test")->warn("a line");
    Logging::logger("test")->flush();
    ::umask(before);
    const QFileInfo folder(logDir);
    const QFileInfo file(QDir(logDir).filePath(QStringLiteral("reper.log")));
    REQUIRE(folder.isDir());
    REQUIRE(file.exists());
    CHECK(folder.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser | QFileDevice::ExeUser));
    CHECK(file.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(file.size() > 0);
#endif
}
