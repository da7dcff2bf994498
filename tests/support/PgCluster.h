#pragma once
// A throwaway PostgreSQL 15 cluster for the server tests, started by the test process itself:
// never a system service, never a fixed port.
//   - initdb runs once per machine and user into a template folder in the temporary folder
//     (guarded by a lock file); each test process copies it and starts its own postmaster on a
//     free loopback port, with its Unix socket in the cluster's own folder;
//   - as root (CI), initdb and the postmaster run as the `postgres` system user (created by
//     Debian's postgresql-common) through setpriv, since PostgreSQL refuses to run as root; as an
//     ordinary user they run as that user;
//   - the postmaster is started with setpriv --pdeathsig=KILL, so it dies with the test process
//     even when the test crashes; the cluster's folder is removed at exit;
//   - authentication is SCRAM for every connection (local and loopback), as on a real server, and
//     TLS is on (a certificate for "localhost" from a test authority made with the template).
// A test that needs the server and cannot start it fails (an exception naming the cause), never skips.
#include "storage/engine/postgres/PgConnection.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace reper::test {

class PgCluster
{
public:
    // The cluster of this test process, started on first use; throws when it cannot be started.
    static PgCluster& instance();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    static QString superUser() { return QStringLiteral("reper_super"); }
    static QString superPassword() { return QStringLiteral("reper-super-test-only"); }

    int port() const { return m_port; }
    QString socketDir() const { return m_dir; }
    // A new, empty database owned by the superuser. Databases and roles (other than the
    // superuser) left by an earlier test of this process are dropped first: roles belong to the
    // whole cluster, and every test starts from the same clean server.
    QString freshDatabase();
    // postgresql://127.0.0.1:PORT/DB (loopback TCP), optionally as USER.
    QString url(const QString& database, const QString& user = {}) const;
    // The same as the superuser with their password in the address (what a database's owner types
    // for `init`; the address Reper keeps never holds it).
    QString ownerUrl(const QString& database) const;
    // postgresql:///DB?host=SOCKETDIR&port=PORT (the Unix socket).
    QString socketUrl(const QString& database, const QString& user = {}) const;
    // The cluster serves TLS with a certificate for "localhost" signed by this test authority;
    // the other authority signed nothing of it.
    QString certificateAuthority() const;
    QString otherCertificateAuthority() const;
    // A connection as `user` (the superuser when empty) over loopback; throws when it fails.
    std::unique_ptr<PgConnection> connect(const QString& database, const QString& user = {},
                                          const QString& password = {}) const;

    // Stops the server at once (an immediate shutdown: to its clients, a crash), and starts it
    // again on the same folder and port.
    void kill();
    void restart();
    bool isRunning() const;

private:
    PgCluster() = default;
    void start();
    void launch();
    QStringList asServerUser(const QString& program, const QStringList& args) const;
    QString m_dir;
    int m_port = 0;
    bool m_root = false;
    std::unique_ptr<QProcess> m_postmaster;
    QStringList m_databases;
    int m_next = 0;
};

} // namespace reper::test
