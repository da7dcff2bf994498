// Reads do not wait behind writes (issue 11 §3): while an import holds the store's write lock — held
// still at a named point (core/TestPause.h), so nothing here depends on timing — a report, a verify
// and an export are made, and a second import waits its turn saying whose import runs.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <functional>

using namespace reper;
using namespace reper::test;

namespace {

// A reper-cli run in the background whose output is read as it comes.
class Running
{
public:
    Running(const QProcessEnvironment& env, const QStringList& args)
    {
        m_p.setProcessEnvironment(env);
        m_p.start(cliPath(), args);
        m_p.waitForStarted();
        m_p.closeWriteChannel();
    }
    ~Running()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished();
        }
    }
    // Reads until `done` holds or the program ends; the bound only keeps a broken test from hanging.
    bool waitUntil(const std::function<bool()>& done)
    {
        for (int i = 0; i < 3000 && !done(); ++i) {
            if (m_p.state() == QProcess::NotRunning) {
                read();
                return done();
            }
            m_p.waitForReadyRead(50);
            read();
        }
        return done();
    }
    bool errSays(const QString& text)
    {
        return waitUntil([&] { return m_err.contains(text); });
    }
    int finish()
    {
        m_p.waitForFinished(CliRunner::kTimeoutMs);
        read();
        return m_p.exitStatus() == QProcess::NormalExit ? m_p.exitCode() : -1;
    }
    bool running() const { return m_p.state() == QProcess::Running; }
    const QByteArray& out() const { return m_out; }
    const QString& err() const { return m_err; }

private:
    void read()
    {
        m_out += m_p.readAllStandardOutput();
        m_err += QString::fromUtf8(m_p.readAllStandardError());
    }
    QProcess m_p;
    QByteArray m_out;
    QString m_err;
};

QStringList asAdmin(const CliRunner& cli, const QStringList& args)
{
    return QStringList{QStringLiteral("--store"), cli.store(), QStringLiteral("--user"), QStringLiteral("admin")}
    + args;
}

bool waitForFile(const QString& path)
{
    for (int i = 0; i < 3000 && !QFile::exists(path); ++i)
        QThread::msleep(20); // between looks; the bound only keeps a broken test from hanging
    return QFile::exists(path);
}

int auditCount(CliRunner& cli, const QString& action)
{
    const CliResult r = cli.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), action});
    return r.exitCode == 0 ? int(r.out.count(QLatin1Char('\n'))) : -1;
}

} // namespace

TEST_CASE("cli: a report, a verify and an export are made while an import runs — a second import waits its turn",
          "[cli][concurrency]")
{
    CliRunner cli;
    REQUIRE(cli.initAndImport(dataPath(QStringLiteral("small"))));
    const int loginsBefore = auditCount(cli, QStringLiteral("login"));
    const int importsBefore = auditCount(cli, QStringLiteral("import"));
    REQUIRE(loginsBefore > 0);

    QTemporaryDir pause;
    QProcessEnvironment paused = cli.environment();
    paused.insert(QStringLiteral("REPER_TEST_PAUSE_AT"), QStringLiteral("import.writing"));
    paused.insert(QStringLiteral("REPER_TEST_PAUSE_DIR"), pause.path());
    Running first(paused, asAdmin(cli, {QStringLiteral("import"), dataPath(QStringLiteral("small"))}));
    REQUIRE(waitForFile(pause.filePath(QStringLiteral("import.writing.reached"))));

    // The first import holds the write lock. A report is made in full, and then waits only to be
    // written to the audit trail.
    Running report(cli.environment(),
                   asAdmin(cli,
                           {QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                            QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(report.errSays(QStringLiteral("written to the audit trail when that import ends")));
    INFO(report.err().toStdString());
    CHECK(report.err().contains(QStringLiteral("another import is running since")));
    CHECK(report.err().contains(QStringLiteral("by admin")));
    QJsonParseError parsed;
    const QJsonDocument json = QJsonDocument::fromJson(report.out(), &parsed);
    CHECK(parsed.error == QJsonParseError::NoError);
    CHECK(json.isObject());
    INFO(first.err().toStdString());
    CHECK(first.running());

    Running verify(cli.environment(), asAdmin(cli, {QStringLiteral("verify")}));
    REQUIRE(verify.errSays(QStringLiteral("written to the audit trail when that import ends")));
    CHECK(QString::fromUtf8(verify.out()).contains(QStringLiteral("ok: integrity check")));

    const QString exported = QDir(cli.dir()).filePath(QStringLiteral("victims.csv"));
    Running exporting(
        cli.environment(),
        asAdmin(cli, {QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--out"), exported}));
    REQUIRE(exporting.errSays(QStringLiteral("written to the audit trail when that import ends")));
    QFile csv(exported);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().count('\n') > 1);

    // A second import waits its turn instead of failing after the busy timeout.
    Running second(cli.environment(), asAdmin(cli, {QStringLiteral("import"), dataPath(QStringLiteral("small"))}));
    REQUIRE(second.errSays(QStringLiteral("waiting")));
    INFO(second.err().toStdString());
    CHECK(second.err().contains(QStringLiteral("another import is running since")));
    CHECK(second.err().contains(QStringLiteral("by admin; waiting")));
    CHECK(second.running());
    CHECK(first.running());

    QFile release(pause.filePath(QStringLiteral("import.writing.release")));
    REQUIRE(release.open(QIODevice::WriteOnly));
    release.close();
    CHECK(first.finish() == 0);
    CHECK(second.finish() == 0);
    CHECK(report.finish() == 0);
    CHECK(verify.finish() == 0);
    CHECK(exporting.finish() == 0);

    // Every command is in the trail: 3 reads, 2 imports (5 logins), and the chain holds.
    CHECK(auditCount(cli, QStringLiteral("login")) >= loginsBefore + 5);
    CHECK(auditCount(cli, QStringLiteral("import")) == importsBefore + 2);
    const CliResult audit = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(audit.all().toStdString());
    CHECK(audit.exitCode == 0);
}
