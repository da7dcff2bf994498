#include "storage/keys/KeyFile.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("cli: init prints the recovery key once on standard output", "[cli]")
{
    CliRunner cli;
    const CliResult r = cli.init();
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString key = r.out.trimmed();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){13}[0-9A-Z]{2}$")).match(key).hasMatch());
    CHECK_FALSE(r.err.contains(key));
    CHECK(QFile::exists(KeyFile::pathFor(cli.store())));
    // A second init on the same path is refused and changes nothing.
    const QByteArray before = fileHash(cli.store());
    const CliResult again = cli.init();
    CHECK(again.exitCode == 1);
    CHECK(fileHash(cli.store()) == before);
}

TEST_CASE("cli: a wrong password exits 1 with a one-line reason and changes nothing", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    const QByteArray before = fileHash(cli.store());
    cli.setPassword(QStringLiteral("wrong-password"));
    const CliResult r = cli.run({QStringLiteral("import"), dataPath(QStringLiteral("small"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(QStringLiteral("Wrong user name or password")));
    CHECK(fileHash(cli.store()) == before);
    const CliResult report = cli.run({QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                                      QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(report.exitCode == 1);
    CHECK(report.out.isEmpty());
}

TEST_CASE("cli: bad usage exits 2", "[cli]")
{
    CliRunner cli;
    CHECK(cli.runRaw({}).exitCode == 2);
    CHECK(cli.runRaw({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli.runRaw({QStringLiteral("--store")}).exitCode == 2);
    REQUIRE(cli.init().exitCode == 0);
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("bilant")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"), QStringLiteral("2020"),
                   QStringLiteral("--format"), QStringLiteral("doc")})
              .exitCode
          == 2);
    CHECK(cli.run({QStringLiteral("import")}).exitCode == 2);
    CHECK(cli.runRaw({QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("cli: import then report gives the figures as JSON integers", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    const CliResult imported = cli.run({QStringLiteral("import"), dataPath(QStringLiteral("small"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const CliResult r = cli.run({QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                                 QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError perr;
    const QJsonObject got = QJsonDocument::fromJson(r.out.toUtf8(), &perr).object();
    REQUIRE(perr.error == QJsonParseError::NoError);
    QFile f(dataPath(QStringLiteral("small/expected-2020.json")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject want = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = want.begin(); it != want.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(got.value(it.key()) == it.value());
    }
    CHECK(got.value(QStringLiteral("breakdowns")).isObject());
    // The same for one centre, and to a file with --out.
    const QString out = cli.dir() + QStringLiteral("/bv.json");
    const CliResult bv = cli.run({QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                                  QStringLiteral("2020"), QStringLiteral("--center"), QStringLiteral("CR-BV"),
                                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    REQUIRE(bv.exitCode == 0);
    QFile bvFile(out);
    REQUIRE(bvFile.open(QIODevice::ReadOnly));
    const QJsonObject bvJson = QJsonDocument::fromJson(bvFile.readAll()).object();
    CHECK(bvJson.value(QStringLiteral("scope")).toString() == QStringLiteral("CR-BV"));
    CHECK(bvJson.value(QStringLiteral("victims_identified")).toInt() == 1);
    CHECK(bvJson.value(QStringLiteral("persons_reached")).toInt() == 161);
    // An unknown centre is a user error.
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"), QStringLiteral("2020"),
                   QStringLiteral("--center"), QStringLiteral("CR-ZZ")})
              .exitCode
          == 1);
}

TEST_CASE("cli: backup, verify, restore and recover", "[cli]")
{
    CliRunner cli;
    const CliResult created = cli.init();
    REQUIRE(created.exitCode == 0);
    const QString recovery = created.out.trimmed();
    REQUIRE(cli.run({QStringLiteral("import"), dataPath(QStringLiteral("small"))}).exitCode == 0);
    const QString backup = cli.dir() + QStringLiteral("/backup.reper");
    REQUIRE(cli.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 0);
    const CliResult verified = cli.run({QStringLiteral("verify")});
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("ok: integrity check")));

    // Lose the store and the key file; restore from the backup.
    QFile::remove(cli.store());
    QFile::remove(KeyFile::pathFor(cli.store()));
    REQUIRE(cli.run({QStringLiteral("restore"), backup}).exitCode == 0);
    const CliResult report = cli.run({QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                                      QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(report.exitCode == 0);
    CHECK(QJsonDocument::fromJson(report.out.toUtf8()).object().value(QStringLiteral("victims_identified")).toInt()
          == 3);

    // Every password forgotten: the recovery key, on standard input, gives the administrator a new
    // one. It is never taken as an argument (ps would show it to anyone).
    cli.setEnv(QStringLiteral("REPER_NEW_PASSWORD"), QStringLiteral("a-new-password-after-loss"));
    const CliResult asArgument = cli.run({QStringLiteral("recover"), QStringLiteral("--admin"), QStringLiteral("admin"),
                                          QStringLiteral("--recovery-key"), recovery});
    CHECK(asArgument.exitCode == 2);
    CHECK(asArgument.err.contains(QStringLiteral("never taken on the command line")));
    const QByteArray typed = (recovery + QLatin1Char('\n')).toUtf8();
    const CliResult recovered
        = cli.run({QStringLiteral("recover"), QStringLiteral("--admin"), QStringLiteral("admin")}, typed);
    INFO(recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    cli.setPassword(QStringLiteral("a-new-password-after-loss"));
    CHECK(cli.run({QStringLiteral("verify")}).exitCode == 0);
    // The raw store key goes to a terminal only, never into a pipe or a file.
    const CliResult raw = cli.run({QStringLiteral("recover"), QStringLiteral("--print-raw-key")}, typed);
    CHECK(raw.exitCode == 1);
    CHECK(raw.err.contains(QStringLiteral("terminal only")));
    CHECK_FALSE(raw.out.contains(QStringLiteral("PRAGMA key")));
}
