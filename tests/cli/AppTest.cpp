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
