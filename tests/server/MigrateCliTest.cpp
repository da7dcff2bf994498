// reper-cli migrate (issue 8 §4): a centre's local store moved into the server as the centre's
// coordinator runs it — its records (the centre's bilanț on the server equals the file's), the
// victims' identity, and its audit trail, verified on the server as a segment whose head the
// server's own trail recorded; the file's bytes and its key file are the same after; the users the
// server lacks are listed; a store is migrated once. A code that another centre holds on the server
// is reported and nothing is written. A segment altered on the server (by its owner, triggers off)
// fails audit verify. On the test's own PostgreSQL (support/PgCluster.h), never skipped.
#include "ServerCli.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::CliResult;
using reper::test::CliRunner;
using reper::test::PgCluster;
using reper::test::ServerCli;

namespace {

const QString kLocalPassword = QStringLiteral("coord-bv-local-password-4");

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList bilant(const QString& year)
{
    return {QStringLiteral("report"),   QStringLiteral("bilant"), QStringLiteral("--year"),   year,
            QStringLiteral("--format"), QStringLiteral("json"),   QStringLiteral("--center"), QStringLiteral("CR-BV")};
}

// coord_bv of the local file: added by its administrator, own password chosen, CR-BV's identity key
// handed over, the centre's rows imported.
void centreFileWithData(CliRunner& local, const QString& folder)
{
    const CliResult created = local.init();
    REQUIRE(created.exitCode == 0);
    const QString recoveryKey = created.out.trimmed();
    const CliResult added = local.runAs(QStringLiteral("admin"), local.password(),
                                        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("coord_bv"),
                                         QStringLiteral("--role"), QStringLiteral("coordinator"),
                                         QStringLiteral("--center"), QStringLiteral("CR-BV")},
                                        ServerCli::temporaryPassword());
    INFO(added.all().toStdString());
    REQUIRE(added.exitCode == 0);
    const CliResult own = local.runAs(QStringLiteral("coord_bv"), ServerCli::temporaryPassword(),
                                      {QStringLiteral("user"), QStringLiteral("passwd")}, kLocalPassword);
    INFO(own.all().toStdString());
    REQUIRE(own.exitCode == 0);
    // The centre's first staff get its identity key from the holder of the recovery key.
    const CliResult handed = local.run({QStringLiteral("hand-over-keys")}, (recoveryKey + QLatin1Char('\n')).toUtf8());
    INFO(handed.all().toStdString());
    REQUIRE(handed.exitCode == 0);
    const CliResult imported
        = local.runAs(QStringLiteral("coord_bv"), kLocalPassword, {QStringLiteral("import"), folder});
    INFO(imported.all().toStdString());
    REQUIRE(imported.exitCode == 0);
}

CliResult migrate(ServerCli& server, const QString& file, const QString& serverPassword)
{
    CliRunner& cli = server.cli();
    cli.setEnv(QStringLiteral("REPER_FROM_PASSWORD"), kLocalPassword);
    const CliResult r
        = server.as(QStringLiteral("coord_bv"), serverPassword,
                    {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.url()});
    cli.unsetEnv(QStringLiteral("REPER_FROM_PASSWORD"));
    return r;
}

} // namespace

TEST_CASE("reper-cli migrate moves a centre's file into the server: records, identity, audit trail, and the "
          "file stays as it was",
          "[server][cli][migrate]")
{
    CliRunner local;
    const QString folder = ServerCli::centreFolder(local.dir() + QStringLiteral("/cr-bv"), QStringLiteral("CR-BV"));
    centreFileWithData(local, folder);
    // Two of the centre's codes joined into one person in the file: the merge moves with the records.
    QStringList codes;
    {
        QFile victims(QDir(folder).filePath(QStringLiteral("victims.csv")));
        REQUIRE(victims.open(QIODevice::ReadOnly | QIODevice::Text));
        victims.readLine(); // the header
        while (codes.size() < 2 && !victims.atEnd()) {
            const QString code = QString::fromUtf8(victims.readLine()).section(QLatin1Char(','), 0, 0);
            if (!code.isEmpty() && !codes.contains(code))
                codes << code;
        }
    }
    REQUIRE(codes.size() == 2);
    const CliResult merged = local.runAs(QStringLiteral("coord_bv"), kLocalPassword,
                                         {QStringLiteral("duplicates"), QStringLiteral("merge"),
                                          QStringLiteral("--keep"), codes[0], QStringLiteral("--absorb"), codes[1]});
    INFO(merged.all().toStdString());
    REQUIRE(merged.exitCode == 0);
    const QByteArray storeBefore = fileHash(local.store());
    const QByteArray keysBefore = fileHash(local.store() + QStringLiteral(".keys"));

    ServerCli server;
    server.init();
    server.addUser(
        QStringLiteral("coord_bv"),
        {QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    const QString serverPassword = ServerCli::ownPassword(QStringLiteral("coord_bv"));

    const CliResult moved = migrate(server, local.store(), serverPassword);
    INFO(moved.all().toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("CR-BV: ")));
    CHECK(moved.out.contains(QStringLiteral("admin: administrator"))); // the file's user the server lacks
    CHECK_FALSE(moved.out.contains(QStringLiteral("coord_bv:"))); // the server has them
    CHECK_FALSE(moved.all().contains(kLocalPassword));
    CHECK(moved.out.contains(QStringLiteral("CR-BV: 1 merge(s) of two victim codes into one person")));

    // The file and its key file are byte for byte what they were.
    CHECK(fileHash(local.store()) == storeBefore);
    CHECK(fileHash(local.store() + QStringLiteral(".keys")) == keysBefore);

    // The centre's figures on the server are the file's, for each year of the data.
    for (const QString& year : {QStringLiteral("2019"), QStringLiteral("2020")}) {
        INFO("year " << year.toStdString());
        const QJsonObject onServer
            = ServerCli::figures(server.as(QStringLiteral("coord_bv"), serverPassword, bilant(year)));
        const QJsonObject inFile
            = ServerCli::figures(local.runAs(QStringLiteral("coord_bv"), kLocalPassword, bilant(year)));
        CHECK(onServer == inFile);
    }
    // The merge came too: coord_bv can undo it on the server.
    const CliResult unmerged = server.as(QStringLiteral("coord_bv"), serverPassword,
                                         {QStringLiteral("duplicates"), QStringLiteral("unmerge"), codes[1]});
    INFO(unmerged.all().toStdString());
    CHECK(unmerged.exitCode == 0);
    // The identity came too: coord_bv reads a victim's names on the server.
    const CliResult shown = server.as(
        QStringLiteral("coord_bv"), serverPassword,
        {QStringLiteral("victim"), QStringLiteral("show"), QStringLiteral("RV-GJ200L"), QStringLiteral("--identity")});
    INFO(shown.all().toStdString());
    REQUIRE(shown.exitCode == 0);
    const CliResult inFile = local.runAs(
        QStringLiteral("coord_bv"), kLocalPassword,
        {QStringLiteral("victim"), QStringLiteral("show"), QStringLiteral("RV-GJ200L"), QStringLiteral("--identity")});
    REQUIRE(inFile.exitCode == 0);
    const QString lastName = inFile.out.section(QStringLiteral("last_name"), 1).section(QLatin1Char('\n'), 0, 0);
    CHECK(!lastName.trimmed().isEmpty());
    CHECK(shown.out.contains(lastName));

    // The server's trail verifies, the file's trail with it.
    const CliResult verified = server.as(QStringLiteral("chief"), ServerCli::adminPassword(),
                                         {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.all().toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("ok: the trail migrated from store")));

    // Once only.
    const CliResult again = migrate(server, local.store(), serverPassword);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already migrated")));

    // An entry of the segment altered on the server by its owner (triggers off) is caught.
    auto owner = PgCluster::instance().connect(server.database());
    REQUIRE(owner->exec(QStringLiteral("SET session_replication_role = replica")));
    REQUIRE(
        owner->exec(QStringLiteral("UPDATE reper.audit_segment_entry SET user_name = 'someone_else' WHERE seq = 2")));
    const CliResult tampered = server.as(QStringLiteral("chief"), ServerCli::adminPassword(),
                                         {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.all().contains(QStringLiteral("FAILED: the trail migrated from store")));
}

TEST_CASE("reper-cli migrate reports a code another centre holds on the server and writes nothing",
          "[server][cli][migrate]")
{
    CliRunner local;
    const QString folder = ServerCli::centreFolder(local.dir() + QStringLiteral("/cr-bv"), QStringLiteral("CR-BV"));
    centreFileWithData(local, folder);

    ServerCli server;
    server.init();
    server.addUser(
        QStringLiteral("coord_bv"),
        {QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    server.addUser(
        QStringLiteral("coord_cj"),
        {QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--center"), QStringLiteral("CR-CJ")});
    // CR-CJ already has victims with CR-BV's codes on the server.
    const QString clash = ServerCli::centreFolder(local.dir() + QStringLiteral("/clash"), QStringLiteral("CR-BV"),
                                                  QStringLiteral("CR-CJ"));
    const CliResult taken = server.asOwn(QStringLiteral("coord_cj"), {QStringLiteral("import"), clash});
    INFO(taken.all().toStdString());
    REQUIRE(taken.exitCode == 0);

    const CliResult refused = migrate(server, local.store(), ServerCli::ownPassword(QStringLiteral("coord_bv")));
    INFO(refused.all().toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("RV-GJ200L (a victim of CR-CJ on the server)")));
    CHECK(refused.err.contains(QStringLiteral("nothing was migrated")));
    // Nothing of CR-BV is on the server, and no trail segment.
    auto owner = PgCluster::instance().connect(server.database());
    auto victims = owner->query(QStringLiteral("SELECT count(*) FROM reper.victim v JOIN reper.center c ON "
                                               "c.id = v.center_id WHERE c.code = 'CR-BV'"));
    REQUIRE(victims);
    CHECK(victims->text(0, 0) == QStringLiteral("0"));
    auto segments = owner->query(QStringLiteral("SELECT count(*) FROM reper.audit_segment"));
    REQUIRE(segments);
    CHECK(segments->text(0, 0) == QStringLiteral("0"));
}
