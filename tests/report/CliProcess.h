#pragma once
// Runs the built reper-cli for the report tests: a fresh store in a temporary folder, the password
// in the environment, a fixed locale and a pinned report time, so outputs are reproducible.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <optional>

namespace reper::test {

struct CliOutput
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class CliProcess
{
public:
    // The time every report of these tests is made at (REPER_REPORT_TIME).
    static constexpr const char* kReportTime = "2026-01-15T12:00:00Z";

    CliProcess();
    QString store() const { return m_dir.filePath(QStringLiteral("store.reper")); }
    QString dir() const { return m_dir.path(); }
    // init --admin admin, then import `folder`; false when either fails.
    bool initAndImport(const QString& folder);
    // reper-cli --store <store> --user admin ARGS
    CliOutput run(const QStringList& args, const QByteArray& input = {});
    // The same with standard output on a pseudo-terminal (util-linux `script`); nothing without it.
    std::optional<CliOutput> runInTerminal(const QStringList& args);
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace reper::test
