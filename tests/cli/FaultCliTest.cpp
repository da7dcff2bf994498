// reper-cli and the store's faults (issue 11 §3): a file that is not a store is never written to,
// whichever command meets it; damage is named with what to do.
#include "storage/keys/KeyFile.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("cli: no command but init writes to an empty file at the store's path", "[cli][faults]")
{
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    writeBytes(cli.store(), {});
    const QString backup = cli.dir() + QStringLiteral("/b.reper");
    const QList<QStringList> commands{
        {QStringLiteral("verify")},
        {QStringLiteral("import"), dataPath(QStringLiteral("small"))},
        {QStringLiteral("backup"), QStringLiteral("--out"), backup},
        {QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"), QStringLiteral("2020"),
         QStringLiteral("--format"), QStringLiteral("json")},
    };
    for (const QStringList& command : commands) {
        const CliResult r = cli.run(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(cli.store()));
        CHECK(r.err.contains(QStringLiteral("not a Reper store")));
        CHECK(QFileInfo(cli.store()).size() == 0);
        CHECK_FALSE(QFileInfo::exists(cli.store() + QStringLiteral("-wal")));
    }
    CHECK_FALSE(QFileInfo::exists(backup));
    // init does not take it over either: it was there first.
    CHECK(cli.init().exitCode == 1);
    CHECK(QFileInfo(cli.store()).size() == 0);
}

TEST_CASE("cli: a damaged key slot is named, not taken for a wrong password", "[cli][faults]")
{
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    const QString keys = KeyFile::pathFor(cli.store());
    QByteArray b = bytesOf(keys);
    const qsizetype at = b.indexOf("\"salt\": \"") + 10;
    b[at] = b[at] == 'A' ? 'B' : 'A';
    writeBytes(keys, b);
    const CliResult r = cli.run({QStringLiteral("verify")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("The key file")));
    CHECK(r.err.contains(QStringLiteral("is damaged")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Wrong user name or password")));
}
