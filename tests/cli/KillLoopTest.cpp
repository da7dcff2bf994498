// Kill loops (issue 11 §3): reper-cli is killed with SIGKILL during a backup, a restore and an
// import — after a random delay, or at a named point where the files are being put in place
// ($REPER_TEST_PAUSE_AT makes the program wait there to be killed) — and after every kill the store
// passes `verify`, a backup opens whole (the old one or the new one), and an import is all or
// nothing. Bounded: $REPER_KILL_LOOPS kills per operation (default 12), each check a run of the
// program with its Argon2id, so the three loops stay within about a minute on two cores.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

int loops()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("REPER_KILL_LOOPS", &ok);
    return ok && n > 0 ? n : 12;
}

// Starts `reper-cli --store STORE --user admin ARGS`; with `point`, waits until it pauses there,
// otherwise `delayMs`; then kills it with SIGKILL. True when it was killed before it finished.
bool killDuring(CliRunner& cli, const QStringList& args, const QString& point, int delayMs)
{
    QProcessEnvironment env = cli.environment();
    if (!point.isEmpty())
        env.insert(QStringLiteral("REPER_TEST_PAUSE_AT"), point);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(),
            QStringList{QStringLiteral("--store"), cli.store(), QStringLiteral("--user"), QStringLiteral("admin")}
                + args);
    REQUIRE(p.waitForStarted());
    if (!point.isEmpty()) {
        QByteArray err;
        QElapsedTimer limit;
        limit.start();
        while (!err.contains("REPER-PAUSED") && p.state() == QProcess::Running && limit.elapsed() < 120000) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
        }
        INFO(point.toStdString() << ": " << err.toStdString());
        REQUIRE(err.contains("REPER-PAUSED " + point.toLatin1())); // the point was reached
    } else {
        p.waitForFinished(delayMs);
    }
    const bool killed = p.state() == QProcess::Running;
    p.kill(); // SIGKILL
    p.waitForFinished();
    return killed;
}

// The same program on another store path (a backup opened as a store).
CliResult runOn(CliRunner& cli, const QString& store, const QStringList& args)
{
    return cli.runRaw(QStringList{QStringLiteral("--store"), store, QStringLiteral("--user"), QStringLiteral("admin")}
                      + args);
}

void requireVerified(CliRunner& cli, const QString& store, const QString& after)
{
    const CliResult r = runOn(cli, store, {QStringLiteral("verify")});
    INFO("after " << after.toStdString() << ": " << r.all().toStdString());
    REQUIRE(r.exitCode == 0);
}

int randomDelay(int maxMs) { return int(QRandomGenerator::global()->bounded(maxMs)); }

// The figures of a report without the audit trail's head (each store's trail is its own).
QString figuresOf(const CliResult& r)
{
    static const QRegularExpression head(QStringLiteral("\"audit_head\": \"[^\"]*\""));
    return QString(r.out).remove(head);
}

} // namespace

TEST_CASE("kill loop: a backup killed at any moment leaves a whole backup, old or new", "[cli][faults][kill]")
{
    CliRunner cli;
    REQUIRE(cli.initAndImport(dataPath(QStringLiteral("small"))));
    const QString backup = cli.dir() + QStringLiteral("/backup.reper");
    REQUIRE(cli.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 0);
    const QStringList points{{},
                             QStringLiteral("backup.parts-written"),
                             QStringLiteral("backup.marker-written"),
                             QStringLiteral("backup.renamed-keys")};
    int killed = 0;
    for (int i = 0; i < loops(); ++i) {
        const QString point = points.at(i % points.size());
        killed
            += killDuring(cli, {QStringLiteral("backup"), QStringLiteral("--out"), backup}, point, randomDelay(1500));
        const QString what
            = QStringLiteral("backup kill %1 (%2)").arg(i).arg(point.isEmpty() ? QStringLiteral("random") : point);
        // The older backup survives until the new one is whole: one of them opens, completely.
        requireVerified(cli, backup, what);
        if (i % 4 == 3)
            requireVerified(cli, cli.store(), what);
    }
    requireVerified(cli, cli.store(), QStringLiteral("the backup kills"));
    CHECK(killed >= loops() * 3 / 4); // the named points always kill; most random delays do
}

TEST_CASE("kill loop: a restore killed at any moment is finished or never happened", "[cli][faults][kill]")
{
    CliRunner other;
    REQUIRE(other.init().exitCode == 0);
    CliRunner cli;
    REQUIRE(cli.initAndImport(dataPath(QStringLiteral("small"))));
    // Two backups: one of another store (its own keys), one of this store.
    const QString foreign = cli.dir() + QStringLiteral("/other.reper");
    REQUIRE(runOn(other, other.store(), {QStringLiteral("backup"), QStringLiteral("--out"), foreign}).exitCode == 0);
    const QString own = cli.dir() + QStringLiteral("/own.reper");
    REQUIRE(cli.run({QStringLiteral("backup"), QStringLiteral("--out"), own}).exitCode == 0);
    const QStringList points{{},
                             QStringLiteral("restore.parts-written"),
                             QStringLiteral("restore.journal-written"),
                             QStringLiteral("restore.store-replaced")};
    for (int i = 0; i < loops(); ++i) {
        const QString point = points.at(i % points.size());
        const QString from = (i / points.size()) % 2 == 0 ? foreign : own;
        (void)killDuring(cli, {QStringLiteral("restore"), from}, point, randomDelay(2500));
        // The store and its key file belong together again (verify checks the key file's store id).
        requireVerified(
            cli, cli.store(),
            QStringLiteral("restore kill %1 (%2)").arg(i).arg(point.isEmpty() ? QStringLiteral("random") : point));
    }
    CHECK(QDir(cli.dir()).entryList({QStringLiteral("*.restore.part"), QStringLiteral("*.restore-journal")}).isEmpty());
}

TEST_CASE("kill loop: an import killed at any moment is all or nothing", "[cli][faults][kill]")
{
    CliRunner cli;
    const QString data = cli.dir() + QStringLiteral("/data");
    REQUIRE(cli.runRaw({QStringLiteral("generate"), QStringLiteral("--out"), data, QStringLiteral("--years"),
                        QStringLiteral("1"), QStringLiteral("--first-year"), QStringLiteral("2024"),
                        QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode
            == 0);
    const QStringList report{QStringLiteral("report"), QStringLiteral("bilant"),   QStringLiteral("--year"),
                             QStringLiteral("2024"),   QStringLiteral("--format"), QStringLiteral("json")};
    // The figures with nothing imported and with everything imported.
    CliRunner reference;
    REQUIRE(reference.init().exitCode == 0);
    const QString empty = figuresOf(reference.run(report));
    QElapsedTimer took;
    took.start();
    REQUIRE(reference.run({QStringLiteral("import"), data}).exitCode == 0);
    // Kills fall anywhere in a run's time: the start, Argon2id, the rows, the commit.
    const int runMs = int(std::max<qint64>(100, took.elapsed()));
    const QString full = figuresOf(reference.run(report));
    REQUIRE(empty != full);

    REQUIRE(cli.init().exitCode == 0);
    int killed = 0;
    for (int i = 0; i < loops(); ++i) {
        killed += killDuring(cli, {QStringLiteral("import"), data}, {}, randomDelay(runMs));
        const QString what = QStringLiteral("import kill %1").arg(i);
        requireVerified(cli, cli.store(), what);
        const CliResult figures = cli.run(report);
        INFO(what.toStdString());
        REQUIRE(figures.exitCode == 0);
        const QString got = figuresOf(figures);
        REQUIRE((got == empty || got == full));
        if (got == full) { // it finished before the kill: start again from an empty store
            for (const QString& f : QDir(cli.dir()).entryList({QStringLiteral("store.reper*")}))
                QFile::remove(cli.dir() + QLatin1Char('/') + f);
            REQUIRE(cli.init().exitCode == 0);
        }
    }
    CHECK(killed > 0);
}
