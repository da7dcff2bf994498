#pragma once
// What every reper-cli command shares: the global options, the streams, the password and user
// lookups, and opening the store. Exit codes of interchange.md §2: 0 success, 1 a user error
// (bad input, wrong password, refused permission) with a one-line reason, 2 bad usage.
#include "core/Result.h"
#include "storage/Store.h"
#include "storage/engine/postgres/PgUrl.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace reper::cli {

enum Exit { Success = 0, UserError = 1, Usage = 2 };

// The command line's messages (context "ReperCli"). reper-cli speaks English; the messages are
// wrapped so that lupdate could collect them the day it is translated.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ReperCli)
};

class CliContext
{
public:
    CliContext();

    QString storePath; // --store, $REPER_STORE, or the default location: a file, or a server's address
    bool insecure = false; // --insecure: a server address without TLS verification is allowed
    QString userName; // --user or $REPER_USER; empty: the only slot in the key file
    QStringList args; // the command's own arguments

    // Whether the store is a server's address (postgresql://…) rather than a file.
    bool onServer() const;
    // The server's address, checked against the connection policy (PgUrl).
    Result<PgUrl> serverUrl() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    int fail(const QString& message); // writes "reper-cli: message" to stderr, returns 1
    int usage(const QString& message); // the same, returns 2
    int fail(const Error& error); // logs the detail, shows the message

    // $REPER_PASSWORD, else asked on the terminal without echo.
    std::optional<QString> password(const QString& prompt);
    // $REPER_NEW_PASSWORD, else asked twice on the terminal.
    std::optional<QString> newPassword(const QString& prompt);
    // The recovery key: asked on the terminal without echo, else one line of standard input —
    // never an argument (any user's `ps` shows those).
    std::optional<QString> recoveryKey();
    // The user who acts: --user, $REPER_USER, or the only user with a key slot (on a server: the
    // address's user).
    Result<QString> actingUser();
    // Opens the store as the acting user. A user with a temporary password (after user add or
    // reset) may only run `user passwd` (allowTemporaryPassword).
    Result<std::unique_ptr<Store>> openStore(bool allowTemporaryPassword = false);
    // The same for a command that only reads (a report, verify, an export, audit): it does not wait
    // behind an import; its audit entries are written once the import ends (saying so on stderr).
    Result<std::unique_ptr<Store>> openStoreForReading();

    // Option parsing for a command's arguments: "--name value" pairs and flags.
    bool takeFlag(const QString& name);
    std::optional<QString> takeValue(const QString& name, bool* missingValue);

private:
    Result<std::unique_ptr<Store>> open(bool allowTemporaryPassword, Store::Purpose purpose);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace reper::cli
