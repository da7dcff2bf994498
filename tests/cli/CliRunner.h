#pragma once
// Runs the built reper-cli in a temporary home, with the password in the environment.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace reper::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    CliRunner();
    QString store() const { return m_home.filePath(QStringLiteral("store.reper")); }
    QString dir() const { return m_home.path(); }
    void setPassword(const QString& pw) { m_password = pw; }
    void setEnv(const QString& name, const QString& value) { m_extra.insert(name, value); }
    // reper-cli --store <store> --user admin ARGS
    CliResult run(const QStringList& args, int timeoutMs = 120000);
    CliResult runRaw(const QStringList& args, int timeoutMs = 120000); // without --store/--user
    QProcessEnvironment environment() const;
    CliResult init(); // init --admin admin

private:
    QTemporaryDir m_home;
    QString m_password = QStringLiteral("cli-test-password-1");
    QProcessEnvironment m_extra;
};

} // namespace reper::test
