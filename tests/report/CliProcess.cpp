#include "CliProcess.h"

#include "support/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace reper::test {

CliProcess::CliProcess()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("REPER_PASSWORD"), QString::fromLatin1(kPassword));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    m_env.insert(QStringLiteral("REPER_REPORT_TIME"), QString::fromLatin1(kReportTime));
    m_env.remove(QStringLiteral("REPER_STORE"));
    m_env.remove(QStringLiteral("REPER_USER"));
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("QT_QPA_PLATFORM")); // reper-cli must choose offscreen by itself
}

bool CliProcess::initAndImport(const QString& folder)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(cliPath(),
            {QStringLiteral("--store"), store(), QStringLiteral("init"), QStringLiteral("--admin"),
             QStringLiteral("admin")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return false;
    return run({QStringLiteral("import"), folder}).exitCode == 0;
}

CliOutput CliProcess::run(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(cliPath(),
            QStringList{QStringLiteral("--store"), store(), QStringLiteral("--user"), QStringLiteral("admin")} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliOutput r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::optional<CliOutput> CliProcess::runInTerminal(const QStringList& args)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        return std::nullopt;
    QStringList command{cliPath(), QStringLiteral("--store"), store(), QStringLiteral("--user"),
                        QStringLiteral("admin")};
    command += args;
    for (QString& c : command)
        c = QLatin1Char('\'') + c.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(script, {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return std::nullopt;
    CliOutput r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput(); // the terminal's output: standard output and error together
    r.err = QString::fromUtf8(r.out);
    return r;
}

} // namespace reper::test
