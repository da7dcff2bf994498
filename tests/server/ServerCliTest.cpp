// reper-cli on the test's own PostgreSQL (support/PgCluster.h; a server that cannot be started
// fails the case, it is never skipped), as an administrator would run it (docs/server.md): init as
// the database's owner, users of two centres and a national coordinator, an import, the national
// bilanț — figure by figure the one of a local file holding the same data —, each operator's view
// limited to their centre, and the audit trail verified.
#include "ServerCli.h"

#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgUrl.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::CliResult;
using reper::test::CliRunner;
using reper::test::PgCluster;
using reper::test::ServerCli;

namespace {

const QString kAdminPassword = ServerCli::adminPassword();
const QString kTemporary = ServerCli::temporaryPassword();

QString ownPassword(const QString& user) { return ServerCli::ownPassword(user); }

QStringList bilant(const QString& center = {})
{
    QStringList a{QStringLiteral("report"), QStringLiteral("bilant"),   QStringLiteral("--year"),
                  QStringLiteral("2017"),   QStringLiteral("--format"), QStringLiteral("json")};
    if (!center.isEmpty())
        a << QStringLiteral("--center") << center;
    return a;
}

} // namespace

TEST_CASE("reper-cli runs a store on a server: init, users of two centres, import, bilant, audit verify",
          "[server][cli]")
{
    ServerCli server;
    CliRunner& cli = server.cli();
    const QString data = cli.dir() + QStringLiteral("/data");
    REQUIRE(
        cli.runRaw({QStringLiteral("generate"), QStringLiteral("--out"), data, QStringLiteral("--years"),
                    QStringLiteral("1"), QStringLiteral("--first-year"), QStringLiteral("2017"),
                    QStringLiteral("--scale"), QStringLiteral("0.05"), QStringLiteral("--seed"), QStringLiteral("7")})
            .exitCode
        == 0);

    // init as the database's owner ($PGUSER); the first administrator's password from $REPER_PASSWORD.
    const CliResult init
        = server.as({}, kAdminPassword, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("chief")});
    INFO(init.all().toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.err.contains(QStringLiteral("chief")));
    CHECK_FALSE(init.all().contains(kAdminPassword));
    CHECK_FALSE(init.all().contains(PgCluster::superPassword()));
    // A second init leaves the store as it is.
    CHECK(server.as({}, kAdminPassword, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")})
              .exitCode
          == 1);

    server.addUser(QStringLiteral("nat"), {QStringLiteral("--role"), QStringLiteral("coordinator")});
    server.addUser(
        QStringLiteral("op_bv"),
        {QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    server.addUser(
        QStringLiteral("op_cj"),
        {QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-CJ")});
    // Only an administrator adds users (the server refuses the others too).
    CHECK(server
              .as(QStringLiteral("nat"), ownPassword(QStringLiteral("nat")),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("intruder"), QStringLiteral("--role"),
                   QStringLiteral("administrator")},
                  kTemporary)
              .exitCode
          == 1);

    // The national coordinator imports the whole country.
    const CliResult imported
        = server.as(QStringLiteral("nat"), ownPassword(QStringLiteral("nat")), {QStringLiteral("import"), data});
    INFO(imported.all().toStdString());
    REQUIRE(imported.exitCode == 0);

    // The same data in a local file.
    REQUIRE(cli.initAndImport(data));
    const QJsonObject local = ServerCli::figures(cli.run(bilant()));
    const QJsonObject onServer
        = ServerCli::figures(server.as(QStringLiteral("nat"), ownPassword(QStringLiteral("nat")), bilant()));
    CHECK(local.value(QStringLiteral("victims_identified")).toInt() > 0);
    for (auto it = local.begin(); it != local.end(); ++it) {
        INFO("figure " << it.key().toStdString());
        CHECK(onServer.value(it.key()) == it.value());
    }
    CHECK(onServer.keys() == local.keys());

    // Each operator: their centre's bilanț equals the local file's for that centre; another
    // centre's is refused, and their own login sees only their centre's rows.
    for (const QString& user : {QStringLiteral("op_bv"), QStringLiteral("op_cj")}) {
        const QString mine = user == QLatin1String("op_bv") ? QStringLiteral("CR-BV") : QStringLiteral("CR-CJ");
        const QString other = user == QLatin1String("op_bv") ? QStringLiteral("CR-CJ") : QStringLiteral("CR-BV");
        INFO("user " << user.toStdString());
        const QJsonObject ownLocal = ServerCli::figures(cli.run(bilant(mine)));
        const QJsonObject ownServer = ServerCli::figures(server.as(user, ownPassword(user), bilant(mine)));
        CHECK(ownServer == ownLocal);
        CHECK(server.as(user, ownPassword(user), bilant(other)).exitCode == 1);
        CHECK(server.as(user, ownPassword(user), bilant()).exitCode == 1);

        auto url = PgUrl::parse(PgCluster::instance().url(PgUrl::parse(server.url())->database(), user));
        REQUIRE(url);
        PgConnection::Options options;
        options.password = ownPassword(user);
        options.searchPath = QStringLiteral("reper");
        auto raw = PgConnection::connect(*url, options);
        REQUIRE(raw);
        auto centres = (*raw)->query(QStringLiteral("SELECT DISTINCT c.code FROM victim v JOIN center c ON "
                                                    "c.id = v.center_id"));
        REQUIRE(centres);
        REQUIRE(centres->rows() == 1);
        CHECK(centres->text(0, 0) == mine);
        auto names = (*raw)->query(QStringLiteral("SELECT count(*) FROM victim_identity i JOIN victim v ON "
                                                  "v.id = i.victim_id WHERE v.center_id <> (SELECT id FROM center "
                                                  "WHERE code = $1)"),
                                   {PgConnection::text(mine)});
        REQUIRE(names);
        CHECK(names->int64(0, 0) == 0);
    }

    // The trail on the server verifies: every entry chained and signed by its user's key.
    const CliResult verified
        = server.as(QStringLiteral("chief"), kAdminPassword, {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.all().toStdString());
    CHECK(verified.exitCode == 0);

    // What is only for a file says so, and what does not run on a server yet says that, as bad usage.
    const CliResult backup
        = server.as(QStringLiteral("chief"), kAdminPassword,
                    {QStringLiteral("backup"), QStringLiteral("--out"), cli.dir() + QStringLiteral("/b")});
    CHECK(backup.exitCode == 2);
    CHECK(backup.err.contains(QStringLiteral("is for a local file")));
    CHECK_FALSE(QFile::exists(cli.dir() + QStringLiteral("/b")));
    const CliResult package
        = server.as(QStringLiteral("chief"), kAdminPassword,
                    {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--center"),
                     QStringLiteral("CR-BV"), QStringLiteral("--to"), cli.dir() + QStringLiteral("/hq.pub"),
                     QStringLiteral("--out"), cli.dir() + QStringLiteral("/p")});
    CHECK(package.exitCode == 2);
    CHECK(package.err.contains(QStringLiteral("not available on a server")));
    CHECK_FALSE(QFile::exists(cli.dir() + QStringLiteral("/p")));

    // The retention schedule on a server runs when an administrator signs in and it is due
    // (decisions V22): set, then the next sign-in of the administrator has run it today.
    const CliResult scheduled = server.as(QStringLiteral("chief"), kAdminPassword,
                                          {QStringLiteral("retention"), QStringLiteral("schedule"),
                                           QStringLiteral("--every-days"), QStringLiteral("30")});
    INFO(scheduled.all().toStdString());
    CHECK(scheduled.exitCode == 0);
    const CliResult shown
        = server.as(QStringLiteral("chief"), kAdminPassword, {QStringLiteral("retention"), QStringLiteral("show")});
    INFO(shown.all().toStdString());
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("every days: 30")));
    CHECK(shown.out.contains(
        QStringLiteral("last run: %1").arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate))));

    // No password in the log: not the users', not the database owner's.
    QFile log(cli.dir() + QStringLiteral("/data/reper/logs/reper.log"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString logged = QString::fromUtf8(log.readAll());
    CHECK(logged.contains(QStringLiteral("signed in to a server store")));
    for (const QString& secret : {kAdminPassword, kTemporary, ownPassword(QStringLiteral("nat")),
                                  ownPassword(QStringLiteral("op_bv")), PgCluster::superPassword()})
        CHECK_FALSE(logged.contains(secret));
}
