#include "CliRunner.h"

#include "support/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace reper::test {

CliRunner::CliRunner()
    : m_password(QString::fromLatin1(kPassword))
{
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPER_PASSWORD"), m_password);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("REPER_REPORT_TIME"), QString::fromLatin1(kReportTime));
    env.remove(QStringLiteral("REPER_STORE"));
    env.remove(QStringLiteral("REPER_USER"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString& k : m_extra.keys())
        env.insert(k, m_extra.value(k));
    for (const QString& k : m_unset)
        env.remove(k);
    return env;
}

QStringList CliRunner::asAdmin(const QStringList& args) const
{
    return QStringList{QStringLiteral("--store"), store(), QStringLiteral("--user"), QStringLiteral("admin")} + args;
}

CliResult CliRunner::runRaw(const QStringList& args, const QByteArray& input)
{
    return start(args, environment(), input);
}

CliResult CliRunner::runAs(const QString& user, const QString& password, const QStringList& args,
                           const QString& newPassword)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("REPER_PASSWORD"), password);
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("REPER_NEW_PASSWORD"), newPassword);
    QStringList all{QStringLiteral("--store"), store()};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return start(all + args, env, {});
}

CliResult CliRunner::start(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    return finish(p);
}

CliResult CliRunner::finish(QProcess& p)
{
    CliResult r;
    if (!p.waitForFinished(kTimeoutMs)) {
        if (p.error() == QProcess::FailedToStart) {
            r.err = QStringLiteral("did not start: ") + p.errorString();
            return r;
        }
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.bytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.bytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliResult CliRunner::run(const QStringList& args, const QByteArray& input) { return runRaw(asAdmin(args), input); }

CliResult CliRunner::init()
{
    return runRaw({QStringLiteral("--store"), store(), QStringLiteral("init"), QStringLiteral("--admin"),
                   QStringLiteral("admin")});
}

bool CliRunner::initAndImport(const QString& folder)
{
    return init().exitCode == 0 && run({QStringLiteral("import"), folder}).exitCode == 0;
}

std::optional<CliResult> CliRunner::runInTerminal(const QStringList& args)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        return std::nullopt;
    QStringList command = QStringList{cliPath()} + asAdmin(args);
    for (QString& c : command)
        c = QLatin1Char('\'') + c.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(script, {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs))
        return std::nullopt;
    CliResult r;
    r.exitCode = p.exitCode();
    r.bytes = p.readAllStandardOutput(); // the terminal's output: standard output and error together
    r.out = QString::fromUtf8(r.bytes);
    r.err = r.out;
    return r;
}

} // namespace reper::test
