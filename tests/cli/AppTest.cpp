#include "core/Version.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper::test;

namespace {

struct Answer
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program in an empty home (settings, data, logs, temporary files all inside it).
Answer runIn(const QTemporaryDir& home, const QString& program, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TMPDIR"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Answer a;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return a;
    }
    a.exitCode = p.exitCode();
    a.out = QString::fromUtf8(p.readAllStandardOutput());
    a.err = QString::fromUtf8(p.readAllStandardError());
    return a;
}

QStringList filesIn(const QTemporaryDir& dir)
{
    QStringList files;
    for (QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        files << it.next();
    return files;
}

} // namespace

// Every program answers --help and --version at once: no window, no store, no log folder, no
// benchmark run (reper-bench --help used to run the whole benchmark).
TEST_CASE("reper, reper-cli and reper-bench answer --help and --version and do nothing else", "[app]")
{
    const QString version = QString::fromLatin1(reper::programVersion());
    for (const char* name : {"src/app/reper", "src/cli/reper-cli", "bench/reper-bench"}) {
        const QString program = QStringLiteral(REPER_BINARY_DIR "/") + QLatin1String(name);
        const QString base = program.section(QLatin1Char('/'), -1);
        INFO(base.toStdString());
        QTemporaryDir home;
        const Answer v = runIn(home, program, {QStringLiteral("--version")});
        CHECK(v.exitCode == 0);
        CHECK(v.out == base + QLatin1Char(' ') + version + QLatin1Char('\n'));
        CHECK(v.err == QString());
        const Answer h = runIn(home, program, {QStringLiteral("--help")});
        CHECK(h.exitCode == 0);
        CHECK(h.out.startsWith(QStringLiteral("Usage: ") + base + QLatin1Char(' ')));
        CHECK(h.out.contains(QStringLiteral("--version")));
        CHECK(h.err == QString());
        CHECK(filesIn(home) == QStringList());
    }
    CHECK(version.startsWith(QStringLiteral(REPER_VERSION)));
}

TEST_CASE("reper and reper-bench refuse an unknown option", "[app]")
{
    for (const char* name : {"src/app/reper", "bench/reper-bench"}) {
        QTemporaryDir home;
        INFO(name);
        const Answer wrong = runIn(home, QStringLiteral(REPER_BINARY_DIR "/") + QLatin1String(name),
                                   {QStringLiteral("--no-such-option"), QStringLiteral("1")});
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.contains(QStringLiteral("--no-such-option")));
    }
}

// The measuring aid of reper-bench's start time: signed in from the environment, the window built
// and the home page painted with the figures of the year asked for, then "ready" and the program
// ends by itself, without a backup; without the variables it starts nothing.
TEST_CASE("reper --exit-when-ready signs in from the environment, paints the home page and ends", "[app]")
{
    QTemporaryDir home;
    TempStore t;
    const QString storePath = t.path();
    t.close();
    const QString program = QStringLiteral(REPER_BINARY_DIR "/src/app/reper");
    qputenv("REPER_USER", "admin");
    qputenv("REPER_PASSWORD", kPassword);
    const Answer ready = runIn(home, program,
                               {QStringLiteral("--exit-when-ready"), QStringLiteral("--store"), storePath,
                                QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(ready.exitCode == 0);
    CHECK(ready.out == QStringLiteral("ready\n"));
    // No backup on exit (the window's copies are .reper files in the data folder, inside `home`).
    for (const QString& f : filesIn(home))
        CHECK_FALSE(f.endsWith(QStringLiteral(".reper")));

    qputenv("REPER_PASSWORD", "not-the-password");
    const Answer wrong
        = runIn(home, program, {QStringLiteral("--exit-when-ready"), QStringLiteral("--store"), storePath});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out == QString());
    qunsetenv("REPER_USER");
    qunsetenv("REPER_PASSWORD");
    const Answer without
        = runIn(home, program, {QStringLiteral("--exit-when-ready"), QStringLiteral("--store"), storePath});
    CHECK(without.exitCode == 2);
    CHECK(without.err.contains(QStringLiteral("REPER_PASSWORD")));
}
