// The public samples of ../shared/samples on a server: national-2018 imported into a throwaway
// PostgreSQL through reper-cli gives every figure of expected.json nationally and of
// expected_CR-BV.json for CR-BV — the latter also for CR-BV's own operator, whom the server limits
// to that centre. Skipped where the samples are absent; $REPER_REQUIRE_SAMPLES makes that a failure
// (test::requireSamples), as for the local file's samples tests.
#include "ServerCli.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QStringList bilant2018(const QString& center = {})
{
    QStringList a{QStringLiteral("report"), QStringLiteral("bilant"),   QStringLiteral("--year"),
                  QStringLiteral("2018"),   QStringLiteral("--format"), QStringLiteral("json")};
    if (!center.isEmpty())
        a << QStringLiteral("--center") << center;
    return a;
}

void checkFigures(const CliResult& r, const QJsonObject& want)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject got = QJsonDocument::fromJson(r.bytes).object();
    REQUIRE_FALSE(want.isEmpty());
    int compared = 0;
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')) || it.key() == QLatin1String("breakdowns"))
            continue;
        INFO(it.key().toStdString());
        REQUIRE(got.contains(it.key()));
        CHECK(got.value(it.key()).type() == it.value().type());
        if (it.value().isDouble())
            CHECK(got.value(it.key()).toInteger() == it.value().toInteger());
        else
            CHECK(got.value(it.key()).toString().toStdString() == it.value().toString().toStdString());
        ++compared;
    }
    CHECK(compared == 17);
}

// The import of the 17,518 rows as `user`: CliRunner's three minutes are for small data, and a
// loaded machine (two cores, other builds) may take longer over the server's round trips; twenty
// minutes only keep a broken run from hanging.
CliResult importAs(ServerCli& server, const QString& user, const QString& password, const QString& folder)
{
    QProcessEnvironment env = server.cli().environment();
    env.insert(QStringLiteral("REPER_PASSWORD"), password);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(
        cliPath(),
        {QStringLiteral("--store"), server.url(), QStringLiteral("--user"), user, QStringLiteral("import"), folder});
    p.closeWriteChannel();
    CliResult r;
    if (!p.waitForFinished(20 * 60 * 1000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("server samples: national-2018 imported into a server gives every expected figure", "[server][samples]")
{
    const QString folder = requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
    ServerCli server;
    server.init();
    server.addUser(
        QStringLiteral("op_bv"),
        {QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    const QString chief = QStringLiteral("chief");
    const CliResult imported = importAs(server, chief, ServerCli::adminPassword(), folder);
    INFO(imported.err.left(2000).toStdString());
    REQUIRE(imported.exitCode == 0);

    checkFigures(server.as(chief, ServerCli::adminPassword(), bilant2018()),
                 readJsonObject(folder + QStringLiteral("/expected.json")));
    const QJsonObject bv = readJsonObject(folder + QStringLiteral("/expected_CR-BV.json"));
    checkFigures(server.as(chief, ServerCli::adminPassword(), bilant2018(QStringLiteral("CR-BV"))), bv);
    checkFigures(server.asOwn(QStringLiteral("op_bv"), bilant2018(QStringLiteral("CR-BV"))), bv);
}
