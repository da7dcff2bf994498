// Proof that an import killed with SIGKILL loses nothing and half-writes nothing: the store opens,
// passes PRAGMA integrity_check, and holds all of the import or none of it.
#include "storage/engine/Database.h"
#include "storage/keys/KeyFile.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>

using namespace reper;
using namespace reper::test;

namespace {

qint64 victimsIn(CliRunner& cli, const QString& password)
{
    const MasterKey key = storeKeyOf(cli.store(), QStringLiteral("admin"), password);
    REQUIRE(key.isValid());
    auto db = Database::open(cli.store(), key.bytes(), false);
    REQUIRE(db.ok());
    CHECK(*(*db)->queryText(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    return *(*db)->queryInt(QStringLiteral("SELECT count(*) FROM identification"));
}

} // namespace

TEST_CASE("an import killed with SIGKILL leaves the store whole, with all of it or none", "[cli][crash]")
{
    CliRunner cli;
    const QString data = cli.dir() + QStringLiteral("/generated");
    const CliResult generated
        = cli.runRaw({QStringLiteral("generate"), QStringLiteral("--out"), data, QStringLiteral("--years"),
                      QStringLiteral("4"), QStringLiteral("--scale"), QStringLiteral("6")});
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    REQUIRE(cli.init().exitCode == 0);
    const QString password = cli.password();

    // A first small import that must survive every crash after it.
    REQUIRE(cli.run({QStringLiteral("import"), dataPath(QStringLiteral("small"))}).exitCode == 0);
    const qint64 baseline = victimsIn(cli, password);
    REQUIRE(baseline == 5);

    int killedMidway = 0;
    for (const int delayMs : {300, 900, 1800}) {
        QProcess p;
        p.setProcessEnvironment(cli.environment());
        p.start(cliPath(),
                {QStringLiteral("--store"), cli.store(), QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("import"), data});
        REQUIRE(p.waitForStarted());
        QThread::msleep(delayMs);
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killedMidway;
        }
        p.waitForFinished();
        const qint64 now = victimsIn(cli, password);
        INFO("killed after " << delayMs << " ms");
        if (p.exitStatus() == QProcess::CrashExit)
            CHECK(now == baseline); // none of the killed import
        else
            CHECK(now > baseline); // it finished before the kill: all of it
        if (now > baseline)
            break;
    }
    CHECK(killedMidway >= 1);
    // And the command line still reports on the store.
    const CliResult r = cli.run({QStringLiteral("verify")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}
