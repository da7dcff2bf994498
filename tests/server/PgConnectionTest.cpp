// The connection to a server (issue 8 §3, §5): clear messages for a wrong password, a server that
// is down, a connection lost half way and a server that stops answering — never a hang — and
// passwords sent only as SCRAM verifiers. Runs against the test's own PostgreSQL (PgCluster).
#include "storage/engine/postgres/PgConnection.h"

#include "support/PgCluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::PgCluster;

namespace {

Result<std::unique_ptr<PgConnection>> connectTo(const QString& url, const QString& password,
                                                PgConnection::Options options = {})
{
    auto parsed = PgUrl::parse(url);
    REQUIRE(parsed);
    options.password = password;
    return PgConnection::connect(*parsed, options);
}

void signal(const char* sig, const QString& pid)
{
    QProcess kill;
    kill.start(QStringLiteral("kill"), {QString::fromLatin1(sig), pid});
    REQUIRE(kill.waitForFinished(5000));
    REQUIRE(kill.exitCode() == 0);
}

} // namespace

TEST_CASE("The test server answers over loopback and over its Unix socket", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    auto tcp = connectTo(cluster.url(db, PgCluster::superUser()), PgCluster::superPassword());
    REQUIRE(tcp);
    auto one = (*tcp)->query(QStringLiteral("SELECT $1::int + 1, current_database(), inet_server_addr()::text"),
                             {PgConnection::number(41)});
    REQUIRE(one);
    CHECK(one->text(0, 0) == QStringLiteral("42"));
    CHECK(one->text(0, 1) == db);
    CHECK(one->text(0, 2) == QStringLiteral("127.0.0.1/32"));
    CHECK((*tcp)->serverVersion() / 10000 == 15);

    auto socket = connectTo(cluster.socketUrl(db, PgCluster::superUser()), PgCluster::superPassword());
    REQUIRE(socket);
    auto local = (*socket)->query(QStringLiteral("SELECT inet_server_addr() IS NULL"));
    REQUIRE(local);
    CHECK(local->text(0, 0) == QStringLiteral("t")); // a Unix socket has no address
}

TEST_CASE("A commit the server acknowledges is on its disk, whatever the server's default", "[server][connection]")
{
    // The test server runs with synchronous_commit=off (fast, and the case this guards against); the
    // database set to off, then to the stronger remote_apply.
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    const auto setting = [&](const char* serverDefault) {
        REQUIRE(cluster.connect(db)->exec(
            QStringLiteral("ALTER DATABASE \"%1\" SET synchronous_commit = %2").arg(db, QLatin1String(serverDefault))));
        auto c = connectTo(cluster.url(db, PgCluster::superUser()), PgCluster::superPassword());
        REQUIRE(c);
        auto shown = (*c)->query(QStringLiteral("SHOW synchronous_commit"));
        REQUIRE(shown);
        return shown->text(0, 0);
    };
    CHECK(setting("off") == QStringLiteral("on")); // raised for Reper's own sessions
    CHECK(setting("remote_apply") == QStringLiteral("remote_apply")); // the administrator's stronger choice stays
}

TEST_CASE("A wrong password and a server that is down get plain messages", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    auto wrong = connectTo(cluster.url(db, PgCluster::superUser()), QStringLiteral("not-the-password"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == QStringLiteral("Wrong user name or password."));

    auto nobody = connectTo(cluster.url(db, QStringLiteral("nobody-here")), QStringLiteral("whatever-it-is"));
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().message == QStringLiteral("Wrong user name or password.")); // no hint who exists

    auto noDatabase
        = connectTo(cluster.url(QStringLiteral("no_such_db"), PgCluster::superUser()), PgCluster::superPassword());
    REQUIRE_FALSE(noDatabase);
    CHECK(noDatabase.error().message.contains(QStringLiteral("no_such_db")));

    QElapsedTimer clock;
    clock.start();
    auto down = connectTo(QStringLiteral("postgresql://127.0.0.1:1/reper"), QStringLiteral("whatever-it-is"));
    REQUIRE_FALSE(down);
    CHECK(down.error().message.contains(QStringLiteral("does not answer")));
    CHECK(down.error().message.contains(QStringLiteral("127.0.0.1:1")));
}

TEST_CASE("A connection lost half way is reported, and the statement is not half done", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    auto admin = cluster.connect(db);
    REQUIRE(admin->exec(QStringLiteral("CREATE TABLE t (n int)")));
    auto client = cluster.connect(db);
    auto pid = client->query(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid);
    REQUIRE(client->exec(QStringLiteral("BEGIN; INSERT INTO t VALUES (1)")));
    REQUIRE(
        admin->query(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {PgConnection::text(pid->text(0, 0))}));
    auto lost = client->query(QStringLiteral("INSERT INTO t VALUES (2)"));
    REQUIRE_FALSE(lost);
    CHECK((lost.error().message.contains(QStringLiteral("shutting down"))
           || lost.error().message.contains(QStringLiteral("connection to the server was lost"))));
    auto again = client->query(QStringLiteral("SELECT 1"));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("connection to the server was lost")));
    CHECK_FALSE(client->isOpen());
    auto count = admin->query(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(count);
    CHECK(count->int64(0, 0) == 0);
}

TEST_CASE("A statement that runs too long is stopped by the server", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    PgConnection::Options options;
    options.statementTimeoutSeconds = 1;
    auto conn = connectTo(cluster.url(db, PgCluster::superUser()), PgCluster::superPassword(), options);
    REQUIRE(conn);
    auto slow = (*conn)->query(QStringLiteral("SELECT pg_sleep(5)"));
    REQUIRE_FALSE(slow);
    CHECK(slow.error().message.contains(QStringLiteral("took too long")));
    CHECK((*conn)->query(QStringLiteral("SELECT 1"))); // the connection is still good
}

TEST_CASE("A server that stops answering does not hang the client", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    PgConnection::Options options;
    options.statementTimeoutSeconds = 1;
    options.answerGraceSeconds = 1;
    auto conn = connectTo(cluster.url(db, PgCluster::superUser()), PgCluster::superPassword(), options);
    REQUIRE(conn);
    auto pid = (*conn)->query(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid);
    signal("-STOP", pid->text(0, 0)); // the backend is frozen: it cannot even time out
    QElapsedTimer clock;
    clock.start();
    auto frozen = (*conn)->query(QStringLiteral("SELECT 1"));
    signal("-CONT", pid->text(0, 0));
    REQUIRE_FALSE(frozen);
    CHECK(frozen.error().message.contains(QStringLiteral("did not answer")));
    CHECK_FALSE((*conn)->isOpen());
}

TEST_CASE("A password reaches the server only as a SCRAM verifier", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    auto admin = cluster.connect(db);
    const QString password = QStringLiteral("correct horse battery");
    auto verifier = admin->scramVerifier(QStringLiteral("ion"), password);
    REQUIRE(verifier);
    CHECK(verifier->startsWith("SCRAM-SHA-256$4096:"));
    CHECK_FALSE(verifier->contains("horse"));
    REQUIRE(admin->exec(
        QStringLiteral("CREATE ROLE ion LOGIN PASSWORD %1").arg(admin->quoteLiteral(QString::fromLatin1(*verifier)))));
    auto ion = connectTo(cluster.url(db, QStringLiteral("ion")), password);
    REQUIRE(ion);
    CHECK((*ion)->user() == QStringLiteral("ion"));
    auto stored = admin->query(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'ion'"));
    REQUIRE(stored);
    CHECK(stored->text(0, 0) == QString::fromLatin1(*verifier));
}

TEST_CASE("Notifications arrive after the commit that sent them", "[server][connection]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    auto listener = cluster.connect(db);
    auto sender = cluster.connect(db);
    REQUIRE(listener->listen(QStringLiteral("reper_change")));
    REQUIRE(sender->exec(QStringLiteral("BEGIN; SELECT pg_notify('reper_change', 'victim CR-BV')")));
    CHECK(listener->notifications().isEmpty());
    REQUIRE(sender->exec(QStringLiteral("COMMIT")));
    QList<PgConnection::Notification> got;
    QElapsedTimer clock;
    clock.start();
    while (got.isEmpty() && clock.elapsed() < 5000)
        got = listener->notifications();
    REQUIRE(got.size() == 1);
    CHECK(got[0].channel == QStringLiteral("reper_change"));
    CHECK(got[0].payload == QStringLiteral("victim CR-BV"));
}

TEST_CASE("With verify-full the server's certificate and name are checked", "[server][connection][tls]")
{
    PgCluster& cluster = PgCluster::instance();
    const QString db = cluster.freshDatabase();
    const auto address = [&](const QString& host, const QString& mode, const QString& ca) {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5&sslrootcert=%6")
            .arg(PgCluster::superUser(), host)
            .arg(cluster.port())
            .arg(db, mode, ca);
    };
    auto verified
        = connectTo(address(QStringLiteral("localhost"), QStringLiteral("verify-full"), cluster.certificateAuthority()),
                    PgCluster::superPassword());
    REQUIRE(verified);
    auto tls = (*verified)->query(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    REQUIRE(tls);
    CHECK(tls->text(0, 0) == QStringLiteral("t"));

    auto strangerCa = connectTo(
        address(QStringLiteral("localhost"), QStringLiteral("verify-full"), cluster.otherCertificateAuthority()),
        PgCluster::superPassword());
    REQUIRE_FALSE(strangerCa);
    CHECK(strangerCa.error().message.contains(QStringLiteral("could not be verified")));

    // The certificate names "localhost", not 127.0.0.1: the authority is right, the name is not.
    auto wrongName
        = connectTo(address(QStringLiteral("127.0.0.1"), QStringLiteral("verify-full"), cluster.certificateAuthority()),
                    PgCluster::superPassword());
    REQUIRE_FALSE(wrongName);
    CHECK(wrongName.error().message.contains(QStringLiteral("could not be verified")));
    // verify-ca checks the authority only.
    CHECK(connectTo(address(QStringLiteral("127.0.0.1"), QStringLiteral("verify-ca"), cluster.certificateAuthority()),
                    PgCluster::superPassword()));

    auto missingCa = connectTo(address(QStringLiteral("localhost"), QStringLiteral("verify-full"),
                                       cluster.socketDir() + QStringLiteral("/no-such-ca.crt")),
                               PgCluster::superPassword());
    REQUIRE_FALSE(missingCa);
    CHECK(missingCa.error().message.contains(QStringLiteral("root.crt")));
}
