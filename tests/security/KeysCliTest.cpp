// The command line's key commands (issue 11 §2): the recovery key never as an argument; the raw store
// key only to a terminal, and the documented way to open the store with the stock sqlcipher tool
// when Reper itself is gone; no core file from a running reper-cli; a rekey when a user is disabled.
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kAdmin = QStringLiteral("keys-cli-password-1");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runProcess(const QString& program, const QStringList& args, const QString& input, const QString& home,
               const QString& password = kAdmin, const QString& newPassword = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("REPER_PASSWORD"), password);
    env.remove(QStringLiteral("REPER_USER"));
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("REPER_NEW_PASSWORD"), newPassword);
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The same, typing `input` only once `prompt` has appeared, as a person would: what reaches a
// terminal before the program asks is echoed by it and thrown away when the program turns echo off.
Run runAtPrompt(const QString& program, const QStringList& args, const QString& prompt, const QString& input,
                const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.remove(QStringLiteral("REPER_USER"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    QByteArray out;
    while (!out.contains(prompt.toUtf8()) && p.state() == QProcess::Running)
        if (p.waitForReadyRead(30000))
            out += p.readAllStandardOutput();
        else
            break;
    REQUIRE(out.contains(prompt.toUtf8()));
    p.write(input.toUtf8());
    REQUIRE(p.waitForFinished(120000));
    out += p.readAllStandardOutput();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(out),
            QString::fromUtf8(p.readAllStandardError())};
}

struct CliStore
{
    QTemporaryDir dir;
    QString store = dir.filePath(QStringLiteral("store.reper"));
    QString recovery;
    Run cli(const QStringList& args, const QString& input = {}, const QString& user = QStringLiteral("admin"),
            const QString& password = kAdmin)
    {
        QStringList all = {QStringLiteral("--store"), store};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return runProcess(cliPath(), all + args, input, dir.path(), password);
    }
    CliStore()
    {
        const Run created = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {}, {});
        REQUIRE(created.code == 0);
        recovery = created.out.trimmed();
        REQUIRE(cli({QStringLiteral("import"), dataPath(QStringLiteral("small"))}).code == 0);
    }
};

// The stock tool, given the two PRAGMA lines of the documentation.
QString sqlcipherWith(const QString& store, const QString& pragmas, const QString& sql)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {store});
    REQUIRE(p.waitForStarted());
    p.write((pragmas + QLatin1Char('\n') + sql + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The fenced block of docs/security.md that follows the line naming it.
QString documentedBlock(const QString& marker)
{
    const QString doc = readText(QStringLiteral(REPER_SOURCE_DIR "/docs/security.md"));
    const int at = doc.indexOf(marker);
    REQUIRE(at >= 0);
    const int start = doc.indexOf(QStringLiteral("```"), at);
    const int body = doc.indexOf(QLatin1Char('\n'), start) + 1;
    const int end = doc.indexOf(QStringLiteral("```"), body);
    REQUIRE(start > at);
    return doc.mid(body, end - body);
}

} // namespace

TEST_CASE("cli: the raw store key reaches a terminal only, and opens the store in the stock sqlcipher tool",
          "[security][cli][keys]")
{
    CliStore s;
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    REQUIRE_FALSE(script.isEmpty()); // util-linux, on every Debian
    // Under a pseudo-terminal (script), as a person would run it; the key typed at the prompt.
    const QString command = QStringLiteral("'%1' --store '%2' recover --print-raw-key").arg(cliPath(), s.store);
    const Run shown = runAtPrompt(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")},
                                  QStringLiteral("Recovery key:"), s.recovery + QLatin1Char('\n'), s.dir.path());
    INFO(shown.out.toStdString() << shown.err.toStdString());
    REQUIRE(shown.code == 0);
    const QRegularExpression pragma(QStringLiteral("PRAGMA key = \"x'([0-9a-f]{64})'\";"));
    const auto m = pragma.match(shown.out);
    REQUIRE(m.hasMatch());
    CHECK(shown.out.contains(QStringLiteral("PRAGMA cipher_page_size = 4096;")));
    CHECK_FALSE(shown.out.contains(s.recovery)); // the recovery key was not echoed
    const QString pragmas = m.captured(0) + QStringLiteral("\nPRAGMA cipher_page_size = 4096;");
    // As many victims as Reper itself counts with the administrator's key.
    QString victims;
    {
        auto db = Database::open(s.store, storeKeyOf(s.store, QStringLiteral("admin"), kAdmin).bytes(), false);
        REQUIRE(db.ok());
        const auto count = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM victim"));
        REQUIRE(count.ok());
        REQUIRE(*count > 0);
        victims = QString::number(*count);
    }
    CHECK(sqlcipherWith(s.store, pragmas, QStringLiteral("SELECT count(*) FROM victim;")) == victims);

    // Without Reper: the steps of docs/security.md (Python 3 and PyNaCl), from the recovery key and
    // the key file alone, give the same two lines.
    const QString steps = documentedBlock(QStringLiteral("reper: the raw store key, by hand"));
    QTemporaryDir scratch;
    const QString program = scratch.filePath(QStringLiteral("raw-key.py"));
    {
        QFile f(program);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(steps.toUtf8());
    }
    const Run byHand = runProcess(QStringLiteral("/usr/bin/python3"), {program, KeyFile::pathFor(s.store)},
                                  s.recovery + QLatin1Char('\n'), s.dir.path());
    INFO(byHand.err.toStdString());
    REQUIRE(byHand.code == 0);
    CHECK(byHand.out.trimmed() == pragmas);
    CHECK(sqlcipherWith(s.store, byHand.out.trimmed(), QStringLiteral("SELECT count(*) FROM victim;")) == victims);
}

TEST_CASE("cli: a running reper-cli writes no core file", "[security][cli][keys]")
{
    CliStore s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), s.dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), s.dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    // Started with core files allowed (the shell raises the soft limit, then becomes reper-cli), it
    // waits for the recovery key on standard input: look at it meanwhile.
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("ulimit -S -c unlimited; exec \"$@\""), QStringLiteral("sh"),
             cliPath(), QStringLiteral("--store"), s.store, QStringLiteral("recover"), QStringLiteral("--admin"),
             QStringLiteral("admin")});
    REQUIRE(p.waitForStarted());
    const QRegularExpression core(QStringLiteral("Max core file size\\s+0\\s+0"));
    QString limits;
    for (int i = 0; i < 400 && !core.match(limits).hasMatch(); ++i) {
        QThread::msleep(10);
        limits = readText(QStringLiteral("/proc/%1/limits").arg(p.processId()));
    }
    INFO(limits.toStdString());
    CHECK(core.match(limits).hasMatch());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 1); // no recovery key given
}

TEST_CASE("cli: disabling a user renews the store key when asked — rekey does it any time", "[security][cli][keys]")
{
    CliStore s;
    const Run added
        = runProcess(cliPath(),
                     {QStringLiteral("--store"), s.store, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("op_bv"), QStringLiteral("--role"),
                      QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-BV")},
                     {}, s.dir.path(), kAdmin, QStringLiteral("temporary-password-1"));
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const MasterKey before = storeKeyOf(s.store, QStringLiteral("admin"), kAdmin);
    REQUIRE(before.isValid());
    const Run disabled = s.cli(
        {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("op_bv"), QStringLiteral("--rekey")});
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.code == 0);
    CHECK(disabled.err.contains(QStringLiteral("The store has a new key")));
    const MasterKey after = storeKeyOf(s.store, QStringLiteral("admin"), kAdmin);
    REQUIRE(after.isValid());
    CHECK_FALSE(after.sameAs(before));
    const Run rekeyed = s.cli({QStringLiteral("rekey")});
    INFO(rekeyed.err.toStdString());
    REQUIRE(rekeyed.code == 0);
    CHECK(rekeyed.err.contains(QStringLiteral("Backups made before now still open with the old key")));
    CHECK_FALSE(storeKeyOf(s.store, QStringLiteral("admin"), kAdmin).sameAs(after));
    const Run verified = s.cli({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.out.toStdString());
    CHECK(verified.code == 0);
    // The recovery key is never an argument.
    const Run refused = s.cli({QStringLiteral("hand-over-keys"), QStringLiteral("--recovery-key"), s.recovery});
    CHECK(refused.code == 2);
}
