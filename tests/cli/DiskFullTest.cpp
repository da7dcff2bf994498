// A full disk (issue 11 §3): reper-cli runs with tests/support/diskfull (LD_PRELOAD, Linux only),
// which fails every write under one folder with ENOSPC once the folder has taken a number of bytes —
// as a file system that fills up during the work. How much a command writes is learnt first from a
// run that only counts; the disk then fills at several points along the way (before anything is
// written, in the middle, near the end). Each time the command says the disk is full and names the
// folder, exits 1, and leaves the store, its key file and an older backup as they were.
#include "storage/keys/KeyFile.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <iostream>
#include <tuple>

using namespace reper;
using namespace reper::test;

#ifdef REPER_DISKFULL_LIBRARY

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file of a folder (not below it) with its bytes.
QMap<QString, QByteArray> filesOf(const QString& folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        files.insert(info.fileName(), bytesOf(info.filePath()));
    return files;
}

// The names of the files that differ between two folders' contents ("" when none): a readable
// failure, not megabytes of bytes.
std::string differences(const QMap<QString, QByteArray>& now, const QMap<QString, QByteArray>& before)
{
    QStringList names;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (!before.contains(it.key()))
            names << QStringLiteral("new %1").arg(it.key());
        else if (before.value(it.key()) != it.value())
            names << QStringLiteral("changed %1").arg(it.key());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now.contains(it.key()))
            names << QStringLiteral("gone %1").arg(it.key());
    return names.join(QStringLiteral(", ")).toStdString();
}

// Runs `run` with the disk of `folder` full after `budget` bytes (negative: only counted); returns
// what it did and, in `written`, the bytes it wrote under the folder.
CliResult withFullDisk(CliRunner& cli, const QString& folder, qint64 budget, const std::function<CliResult()>& run,
                       qint64* written = nullptr, const QString& only = {})
{
    const QString countFile
        = QDir::temp().filePath(QStringLiteral("reper-diskfull-%1.count").arg(QCoreApplication::applicationPid()));
    QFile::remove(countFile);
    cli.setEnv(QStringLiteral("LD_PRELOAD"), QStringLiteral(REPER_DISKFULL_LIBRARY));
    cli.setEnv(QStringLiteral("REPER_TEST_FULL_DIR"), QFileInfo(folder).canonicalFilePath());
    cli.setEnv(QStringLiteral("REPER_TEST_FULL_AFTER"), QString::number(budget));
    cli.setEnv(QStringLiteral("REPER_TEST_FULL_COUNT"), countFile);
    cli.setEnv(QStringLiteral("REPER_TEST_FULL_ONLY"), only);
    // Under a sanitizer's build the library comes before its runtime; it forwards to it.
    cli.setEnv(QStringLiteral("ASAN_OPTIONS"),
               qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0"));
    const CliResult r = run();
    for (const char* name : {"LD_PRELOAD", "REPER_TEST_FULL_DIR", "REPER_TEST_FULL_AFTER", "REPER_TEST_FULL_COUNT",
                             "REPER_TEST_FULL_ONLY"})
        cli.unsetEnv(QString::fromLatin1(name));
    if (written)
        *written = bytesOf(countFile).trimmed().toLongLong();
    QFile::remove(countFile);
    return r;
}

// The budgets the disk fills at: nothing at all, then eighths of what the command writes.
QList<qint64> budgetsFor(qint64 total)
{
    QList<qint64> budgets{0};
    for (int eighth = 1; eighth < 8; ++eighth)
        budgets << total * eighth / 8;
    return budgets;
}

// The message names a full disk and the folder that has no room.
void checkSaysDiskFull(const CliResult& r, const QString& folder)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("The disk is full")));
    CHECK(r.err.contains(QStringLiteral("no room left in %1").arg(QDir::toNativeSeparators(folder))));
    CHECK_FALSE(r.err.contains(QStringLiteral("could not carry out an operation")));
    CHECK_FALSE(r.err.contains(QStringLiteral("does not open this store")));
}

// Everything the store holds, as the twelve import files (no UUIDs: the same records give the same bytes).
QMap<QString, QByteArray> contentsOf(CliRunner& cli)
{
    const QString out
        = cli.dir() + QStringLiteral("/../") + QFileInfo(cli.dir()).fileName() + QStringLiteral("-export");
    QDir(out).removeRecursively();
    const CliResult r = cli.run({QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QMap<QString, QByteArray> files = filesOf(out);
    QDir(out).removeRecursively();
    return files;
}

void checkVerifies(CliRunner& cli)
{
    const CliResult r = cli.run({QStringLiteral("verify")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}

} // namespace

TEST_CASE("disk full: an import that fills the disk says so and writes nothing", "[cli][faults][diskfull]")
{
    CliRunner cli;
    REQUIRE(cli.initAndImport(dataPath(QStringLiteral("small"))));
    const QStringList import{QStringLiteral("import"), dataPath(QStringLiteral("bilant"))};
    // What the import writes, and the store it makes, learnt on a store made the same way.
    qint64 total = 0;
    QMap<QString, QByteArray> imported;
    {
        CliRunner probe;
        REQUIRE(probe.initAndImport(dataPath(QStringLiteral("small"))));
        const CliResult counted = withFullDisk(
            probe, probe.dir(), -1, [&] { return probe.run(import); }, &total);
        INFO(counted.err.toStdString());
        REQUIRE(counted.exitCode == 0);
        REQUIRE(total > 0);
        imported = contentsOf(probe);
    }
    const QMap<QString, QByteArray> before = contentsOf(cli);
    REQUIRE(differences(imported, before) != std::string());
    const QByteArray keys = bytesOf(KeyFile::pathFor(cli.store()));
    // The disk fills ever later, in steps of 1/32 of what the import writes (the store's own copy of
    // the pages, written after the commit, makes up most of it), until the import's commit fits: from
    // then on it goes through whole, and the copy that found no room is made at the next open.
    int failed = 0;
    bool wentThrough = false;
    for (int step = 0; step < 32 && !wentThrough; ++step) {
        const qint64 budget = total * step / 32;
        INFO("the disk fills after " << budget << " of " << total << " bytes");
        const CliResult r = withFullDisk(cli, cli.dir(), budget, [&] { return cli.run(import); });
        checkVerifies(cli);
        CHECK((bytesOf(KeyFile::pathFor(cli.store())) == keys));
        if (r.exitCode == 0) {
            wentThrough = true;
            CHECK(differences(contentsOf(cli), imported) == std::string()); // all of it
            continue;
        }
        ++failed;
        checkSaysDiskFull(r, cli.dir());
        CHECK(differences(contentsOf(cli), before) == std::string()); // not one row of it
    }
    CHECK(wentThrough);
    CHECK(failed >= 3); // before the sign-in's entry, and at least twice during the import itself
}

TEST_CASE("disk full: a backup that fills the disk says so and leaves the older backup whole",
          "[cli][faults][diskfull]")
{
    CliRunner cli;
    REQUIRE(cli.initAndImport(dataPath(QStringLiteral("small"))));
    const QString folder = cli.dir() + QStringLiteral("/backups");
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/weekly.reper");
    const QStringList backup{QStringLiteral("backup"), QStringLiteral("--out"), path};
    REQUIRE(cli.run(backup).exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("import"), dataPath(QStringLiteral("bilant"))}).exitCode == 0);
    const QMap<QString, QByteArray> older = filesOf(folder);
    REQUIRE(older.contains(QStringLiteral("weekly.reper")));
    REQUIRE(older.contains(QStringLiteral("weekly.reper.keys")));
    // What a backup writes there, learnt from one to another name in the same folder.
    qint64 total = 0;
    const QString probe = folder + QStringLiteral("/probe.reper");
    const CliResult counted = withFullDisk(
        cli, folder, -1,
        [&] {
            return cli.run({QStringLiteral("backup"), QStringLiteral("--out"), probe});
        },
        &total);
    REQUIRE(counted.exitCode == 0);
    REQUIRE(total > 0);
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*probe.reper*")}, QDir::Files | QDir::Hidden))
        QFile::remove(folder + QLatin1Char('/') + name);
    REQUIRE(differences(filesOf(folder), older) == std::string());
    for (const qint64 budget : budgetsFor(total)) {
        INFO("the disk fills after " << budget << " of " << total << " bytes");
        const CliResult r = withFullDisk(cli, folder, budget, [&] { return cli.run(backup); });
        checkSaysDiskFull(r, folder);
        // No half backup beside it, and the older one byte for byte as it was.
        CHECK(differences(filesOf(folder), older) == std::string());
        checkVerifies(cli);
    }
    // The older backup still opens whole.
    CliRunner restored;
    REQUIRE(QFile::copy(path, restored.store()));
    REQUIRE(QFile::copy(KeyFile::pathFor(path), KeyFile::pathFor(restored.store())));
    checkVerifies(restored);
}

TEST_CASE("disk full: a password change or a new user that fills the disk leaves the key file as it was",
          "[cli][faults][diskfull]")
{
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    const QString keyPath = KeyFile::pathFor(cli.store());
    const QString newPassword = QStringLiteral("another-password-456");
    const auto passwd = [&] {
        return cli.runAs(QStringLiteral("admin"), cli.password(), {QStringLiteral("user"), QStringLiteral("passwd")},
                         newPassword);
    };
    const auto addUser = [&] {
        return cli.runAs(QStringLiteral("admin"), cli.password(),
                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"),
                          QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"),
                          QStringLiteral("CR-IS")},
                         QStringLiteral("temporary-pass-789"));
    };
    // The disk is full from the start (the store's transaction finds no room), or it fills just as
    // the key file is written — after the store's transaction has committed.
    for (const auto& [what, command, user, password] :
         {std::tuple{"user passwd", std::function<CliResult()>(passwd), "admin", newPassword},
          std::tuple{"user add", std::function<CliResult()>(addUser), "ana", QStringLiteral("temporary-pass-789")}}) {
        for (const QString& only : {QString(), QStringLiteral(".keys")}) {
            INFO(what << (only.isEmpty() ? ", the disk full from the start" : ", the disk full at the key file"));
            const QByteArray keys = bytesOf(keyPath);
            const CliResult r = withFullDisk(cli, cli.dir(), 0, command, nullptr, only);
            checkSaysDiskFull(r, cli.dir());
            CHECK((bytesOf(keyPath) == keys));
            CHECK(QDir(cli.dir()).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden).isEmpty());
            // The old password still opens the store; the new one does not.
            checkVerifies(cli);
            CHECK(cli.runAs(QString::fromLatin1(user), password, {QStringLiteral("verify")}).exitCode == 1);
        }
    }
}

TEST_CASE("disk full: a restore whose copy of the current store fills the disk says so and restores nothing",
          "[cli][faults][diskfull]")
{
    CliRunner cli;
    REQUIRE(cli.initAndImport(dataPath(QStringLiteral("small"))));
    QTemporaryDir elsewhere;
    REQUIRE(elsewhere.isValid());
    const QString backup = elsewhere.filePath(QStringLiteral("monday.reper"));
    REQUIRE(cli.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("import"), dataPath(QStringLiteral("bilant"))}).exitCode == 0);
    const QMap<QString, QByteArray> records = contentsOf(cli);
    const QByteArray keys = bytesOf(KeyFile::pathFor(cli.store()));
    // The disk fills as the copy of the current store is written (".before-restore-…"): the first
    // step of a restore, before anything is replaced.
    for (const qint64 budget : {qint64(0), qint64(64 * 1024)}) {
        INFO("the disk fills after " << budget << " bytes of the copy");
        const CliResult r = withFullDisk(
            cli, cli.dir(), budget,
            [&] {
                return cli.run({QStringLiteral("restore"), backup});
            },
            nullptr, QStringLiteral(".before-restore"));
        checkSaysDiskFull(r, cli.dir());
        // No half copy left behind, the key file as it was, and the store still the newer one.
        CHECK(QDir(cli.dir()).entryList({QStringLiteral("*before-restore*")}, QDir::Files | QDir::Hidden).isEmpty());
        CHECK((bytesOf(KeyFile::pathFor(cli.store())) == keys));
        checkVerifies(cli);
        CHECK(differences(contentsOf(cli), records) == std::string());
    }
    // With room again, the same restore works.
    REQUIRE(cli.run({QStringLiteral("restore"), backup}).exitCode == 0);
    CHECK(differences(contentsOf(cli), records) != std::string());
}

#else

TEST_CASE("disk full: the fault-injecting file layer is built on Linux only", "[cli][faults][diskfull]")
{
    std::cout << kSkippedMarker << " the disk-full layer (tests/support/diskfull) is Linux only" << std::endl;
}

#endif
