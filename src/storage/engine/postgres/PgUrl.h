#pragma once
// The address of a Reper server: postgresql://[USER@]HOST[:PORT][,HOST[:PORT]…]/DATABASE[?PARAMS],
// read once and checked against the connection policy of docs/server.md before libpq sees it:
//   - TLS with certificate verification (sslmode=verify-full) is the default for any host that is
//     not loopback or a Unix socket; a weaker sslmode to such a host is refused unless the caller
//     says --insecure;
//   - a password in the address is taken for this connection only: text() and everything written
//     to settings or logs leave it out.
// Multi-host addresses (a primary and its standby) and target_session_attrs pass through to libpq.
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace reper {

class PgUrl
{
    Q_DECLARE_TR_FUNCTIONS(PgUrl)

public:
    struct Host
    {
        QString name; // a host name, an IP address, or a Unix socket folder (starts with '/')
        int port = 0; // 0: the default (5432)
    };

    // Whether `text` is a server address rather than the path of a local store file.
    static bool looksLikeUrl(const QString& text);
    // Reads and checks an address. `insecure` allows a connection without TLS verification to a
    // remote host (the --insecure option); without it such an address is refused.
    static Result<PgUrl> parse(const QString& text, bool insecure = false);
    // A Unix socket folder or a loopback address: traffic that never leaves the machine.
    static bool isLocalHost(const QString& host);

    const QList<Host>& hosts() const { return m_hosts; }
    const QString& database() const { return m_database; }
    const QString& user() const { return m_user; } // empty: the caller's (PGUSER, or the login)
    const QString& password() const { return m_password; } // only when the address held one
    QString sslMode() const; // the effective mode: the explicit one, or the policy's default
    bool isLocal() const; // every host is local
    bool insecure() const { return m_insecure; }

    // The same server for another user (the Reper user's own login role).
    PgUrl withUser(const QString& user) const;
    // The same server and user, another database (init connects to "postgres" to create one).
    PgUrl withDatabase(const QString& database) const;
    // The address as it may be shown, saved in settings or logged: never a password.
    QString text() const;
    // Keyword/value pairs for PQconnectdbParams (never a password: the connection adds it).
    QList<QPair<QByteArray, QByteArray>> connectionParameters() const;

private:
    QList<Host> m_hosts;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode; // as given; empty for the default
    QList<QPair<QString, QString>> m_options; // the other parameters, in the order given
    bool m_insecure = false;
};

} // namespace reper
