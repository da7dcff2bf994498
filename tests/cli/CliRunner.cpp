#include "CliRunner.h"

#include "support/TestSupport.h"

namespace reper::test {

CliRunner::CliRunner() = default;

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPER_PASSWORD"), m_password);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("REPER_REPORT_TIME"), QStringLiteral("2026-01-15T12:00:00Z")); // reproducible reports
    env.remove(QStringLiteral("REPER_STORE"));
    env.remove(QStringLiteral("REPER_USER"));
    for (const QString& k : m_extra.keys())
        env.insert(k, m_extra.value(k));
    return env;
}

CliResult CliRunner::runRaw(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult CliRunner::run(const QStringList& args, int timeoutMs)
{
    return runRaw(QStringList{QStringLiteral("--store"), store(), QStringLiteral("--user"), QStringLiteral("admin")}
                      + args,
                  timeoutMs);
}

CliResult CliRunner::init()
{
    return runRaw({QStringLiteral("--store"), store(), QStringLiteral("init"), QStringLiteral("--admin"),
                   QStringLiteral("admin")});
}

} // namespace reper::test
