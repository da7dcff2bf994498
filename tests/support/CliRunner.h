#pragma once
// Runs the built reper-cli as its users do, for every suite that needs it: a store in a temporary
// folder, the password in the environment ($REPER_PASSWORD), a private home and data folder, a fixed locale,
// time zone and report time (so documents are reproducible), and no display (reper-cli must choose
// offscreen by itself).
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <optional>

namespace reper::test {

struct CliResult
{
    int exitCode = -1; // -1: it crashed or did not finish
    QByteArray bytes; // standard output as written (a PDF, a golden file)
    QString out; // the same read as UTF-8
    QString err;
    QString all() const { return out + err; }
};

class CliRunner
{
public:
    // The time every report is made at ($REPER_REPORT_TIME).
    static constexpr const char* kReportTime = "2026-01-15T12:00:00Z";
    static constexpr int kTimeoutMs = 180000; // only keeps a broken test from hanging

    CliRunner();
    QString store() const { return m_dir.filePath(QStringLiteral("store.reper")); }
    QString dir() const { return m_dir.path(); }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    void setEnv(const QString& name, const QString& value)
    {
        m_unset.removeAll(name);
        m_extra.insert(name, value);
    }
    // Runs without `name` in the environment (XDG_RUNTIME_DIR, as under cron or su).
    void unsetEnv(const QString& name)
    {
        m_extra.remove(name);
        m_unset << name;
    }
    QProcessEnvironment environment() const;

    // reper-cli --store <store> --user admin ARGS, with `input` on standard input.
    CliResult run(const QStringList& args, const QByteArray& input = {});
    // reper-cli ARGS (no --store, no --user).
    CliResult runRaw(const QStringList& args, const QByteArray& input = {});
    // reper-cli --store <store> [--user USER] ARGS with USER's password, and $REPER_NEW_PASSWORD when
    // `newPassword` is given (user passwd, a temporary password changed).
    CliResult runAs(const QString& user, const QString& password, const QStringList& args,
                    const QString& newPassword = {});
    // init --admin admin
    CliResult init();
    // init, then import `folder`; false when either fails.
    bool initAndImport(const QString& folder);
    // run() with standard output on a pseudo-terminal (util-linux `script`): standard output and
    // error together in `out`; nothing when `script` is not installed.
    std::optional<CliResult> runInTerminal(const QStringList& args);
    // Waits for a started reper-cli (at most kTimeoutMs, then kills it) and reads what it wrote.
    static CliResult finish(QProcess& process);

private:
    QStringList asAdmin(const QStringList& args) const;
    CliResult start(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input);

    QTemporaryDir m_dir;
    QString m_password;
    QProcessEnvironment m_extra;
    QStringList m_unset;
};

} // namespace reper::test
