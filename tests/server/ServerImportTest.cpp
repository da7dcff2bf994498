// Imports on a server when things go wrong or happen at once (issue 8 §3 and its tests): two
// centres' operators importing their centre's rows at the same moment both land, and the figures
// equal those of the same imports done one after another on a local file; the server killed in the middle of an import
// leaves all of it or none of it, the import says so plainly, and the same import run again after the restart lands
// whole. On the test's own PostgreSQL (support/PgCluster.h), never skipped.
#include "ServerCli.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::CliResult;
using reper::test::CliRunner;
using reper::test::PgCluster;
using reper::test::ServerCli;

namespace {

QStringList bilant(const QString& year, const QString& center = {})
{
    QStringList a{QStringLiteral("report"),   QStringLiteral("bilant"), QStringLiteral("--year"), year,
                  QStringLiteral("--format"), QStringLiteral("json")};
    if (!center.isEmpty())
        a << QStringLiteral("--center") << center;
    return a;
}

// The rows of `table` on the server, counted by its owner (no row-level security in the way).
qint64 rowsOnServer(const QString& database, const QString& table)
{
    auto db = PgCluster::instance().connect(database);
    auto n = db->query(QStringLiteral("SELECT count(*) FROM reper.%1").arg(table));
    REQUIRE(n);
    return n->text(0, 0).toLongLong();
}

// Whether `user` has a transaction open on the server: their import is writing.
bool writing(const QString& database, const QString& user)
{
    auto db = PgCluster::instance().connect(database);
    auto n = db->query(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND usename = $2 "
                                      "AND xact_start IS NOT NULL"),
                       {PgConnection::text(database), PgConnection::text(user)});
    return n && n->text(0, 0).toInt() > 0;
}

} // namespace

TEST_CASE("Two centres importing at the same moment both land, as if one after the other", "[server][import]")
{
    // Each centre's own folder: the fixture's rows of that centre.
    CliRunner oneByOne;
    const QStringList centres{QStringLiteral("CR-BV"), QStringLiteral("CR-CJ")};
    QStringList folders;
    for (const QString& centre : centres)
        folders << ServerCli::centreFolder(oneByOne.dir() + QStringLiteral("/") + centre, centre);

    // The same two imports one after the other, on a local file.
    REQUIRE(oneByOne.init().exitCode == 0);
    for (const QString& folder : folders) {
        const CliResult r = oneByOne.run({QStringLiteral("import"), folder});
        INFO(r.all().toStdString());
        REQUIRE(r.exitCode == 0);
    }

    ServerCli server;
    server.init();
    server.addUser(QStringLiteral("nat"), {QStringLiteral("--role"), QStringLiteral("coordinator")});
    server.addUser(
        QStringLiteral("op_bv"),
        {QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    server.addUser(
        QStringLiteral("op_cj"),
        {QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-CJ")});
    // Both at once: each centre's operator imports their own folder.
    auto bv = server.startAs(QStringLiteral("op_bv"), ServerCli::ownPassword(QStringLiteral("op_bv")),
                             {QStringLiteral("import"), folders.at(0)});
    auto cj = server.startAs(QStringLiteral("op_cj"), ServerCli::ownPassword(QStringLiteral("op_cj")),
                             {QStringLiteral("import"), folders.at(1)});
    const CliResult bvDone = CliRunner::finish(*bv);
    const CliResult cjDone = CliRunner::finish(*cj);
    INFO("CR-BV: " << bvDone.all().toStdString());
    INFO("CR-CJ: " << cjDone.all().toStdString());
    REQUIRE(bvDone.exitCode == 0);
    REQUIRE(cjDone.exitCode == 0);

    for (const QString& year : {QStringLiteral("2019"), QStringLiteral("2020")}) {
        INFO("year " << year.toStdString());
        const QJsonObject national = ServerCli::figures(server.asOwn(QStringLiteral("nat"), bilant(year)));
        CHECK(national.value(QStringLiteral("victims_identified")).toInt() > 0);
        CHECK(national == ServerCli::figures(oneByOne.run(bilant(year))));
        for (const QString& centre : centres) {
            INFO("centre " << centre.toStdString());
            CHECK(ServerCli::figures(server.asOwn(QStringLiteral("nat"), bilant(year, centre)))
                  == ServerCli::figures(oneByOne.run(bilant(year, centre))));
        }
    }
    // The audit trail, written by both imports at once, still holds.
    const CliResult verified = server.as(QStringLiteral("chief"), ServerCli::adminPassword(),
                                         {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.all().toStdString());
    CHECK(verified.exitCode == 0);
}

TEST_CASE("The same import twice on a server adds nothing the second time", "[server][import]")
{
    // On the server a clash on a row key would abort the whole transaction: the second import must
    // find every row already there, not stop on its first one.
    CliRunner local;
    const QString folder = ServerCli::centreFolder(local.dir() + QStringLiteral("/CR-BV"), QStringLiteral("CR-BV"));
    ServerCli server;
    server.init();
    server.addUser(QStringLiteral("nat"), {QStringLiteral("--role"), QStringLiteral("coordinator")});
    const CliResult first = server.asOwn(QStringLiteral("nat"), {QStringLiteral("import"), folder});
    INFO(first.all().toStdString());
    REQUIRE(first.exitCode == 0);
    const qint64 victims = rowsOnServer(server.database(), QStringLiteral("victim"));
    const qint64 assistance = rowsOnServer(server.database(), QStringLiteral("assistance"));
    REQUIRE(victims > 0);
    REQUIRE(assistance > 0);
    const QJsonObject before = ServerCli::figures(server.asOwn(QStringLiteral("nat"), bilant(QStringLiteral("2019"))));

    const CliResult again = server.asOwn(QStringLiteral("nat"), {QStringLiteral("import"), folder});
    INFO(again.all().toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("(0 new records)")));
    CHECK(again.out.contains(QStringLiteral("victims.csv: ")));
    CHECK(!again.out.contains(QRegularExpression(QStringLiteral(", [1-9][0-9]* new,")))); // no file added a row
    CHECK(rowsOnServer(server.database(), QStringLiteral("victim")) == victims);
    CHECK(rowsOnServer(server.database(), QStringLiteral("assistance")) == assistance);
    CHECK(ServerCli::figures(server.asOwn(QStringLiteral("nat"), bilant(QStringLiteral("2019")))) == before);
}

TEST_CASE("The server killed in the middle of an import leaves all of it or none of it", "[server][import][kill]")
{
    // A first server takes the whole import: how many victims, and how long it takes.
    CliRunner generated;
    const QString data = generated.dir() + QStringLiteral("/data");
    REQUIRE(
        generated
            .runRaw({QStringLiteral("generate"), QStringLiteral("--out"), data, QStringLiteral("--years"),
                     QStringLiteral("1"), QStringLiteral("--first-year"), QStringLiteral("2017"),
                     QStringLiteral("--scale"), QStringLiteral("0.3"), QStringLiteral("--seed"), QStringLiteral("7")})
            .exitCode
        == 0);
    qint64 whole = 0;
    qint64 tookMs = 0;
    {
        ServerCli server;
        server.init();
        server.addUser(QStringLiteral("nat"), {QStringLiteral("--role"), QStringLiteral("coordinator")});
        QElapsedTimer timer;
        timer.start();
        const CliResult r = server.asOwn(QStringLiteral("nat"), {QStringLiteral("import"), data});
        tookMs = timer.elapsed();
        INFO(r.all().toStdString());
        REQUIRE(r.exitCode == 0);
        whole = rowsOnServer(server.database(), QStringLiteral("victim"));
        REQUIRE(whole > 0);
    }

    // Then the server is killed while the import writes: early, half way and late.
    int cutOff = 0; // rounds where the kill came before the commit
    for (const double at : {0.1, 0.5, 0.9}) {
        INFO("killed at " << at << " of the import's " << tookMs << " ms");
        ServerCli server;
        server.init();
        server.addUser(QStringLiteral("nat"), {QStringLiteral("--role"), QStringLiteral("coordinator")});
        auto import = server.startAs(QStringLiteral("nat"), ServerCli::ownPassword(QStringLiteral("nat")),
                                     {QStringLiteral("import"), data});
        QElapsedTimer waited;
        waited.start();
        while (!writing(server.database(), QStringLiteral("nat")) && waited.elapsed() < 60000
               && import->state() != QProcess::NotRunning)
            QThread::msleep(20);
        QThread::msleep(static_cast<unsigned long>(at * double(tookMs) * 0.8));
        PgCluster::instance().kill();
        const CliResult r = CliRunner::finish(*import);
        PgCluster::instance().restart();
        INFO(r.all().toStdString());
        REQUIRE(r.exitCode != -1); // it ended by itself, it did not hang or crash
        const qint64 victims = rowsOnServer(server.database(), QStringLiteral("victim"));
        if (r.exitCode == 0) {
            CHECK(victims == whole); // it said it landed: all of it is there
        } else {
            CHECK((victims == 0 || victims == whole)); // the commit may have landed as the server died
            CHECK(r.err.contains(QStringLiteral("server")));
            if (victims == 0)
                ++cutOff;
        }
        // The same import again after the restart lands whole, and nothing is doubled.
        const CliResult again = server.asOwn(QStringLiteral("nat"), {QStringLiteral("import"), data});
        INFO(again.all().toStdString());
        CHECK(again.exitCode == 0);
        CHECK(rowsOnServer(server.database(), QStringLiteral("victim")) == whole);
    }
    CHECK(cutOff >= 1); // at least one kill came in the middle, and left nothing
}
