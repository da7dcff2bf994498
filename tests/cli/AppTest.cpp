#include "CliRunner.h"
#include "TestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace reper::test;

TEST_CASE("reper without a store opens a demo store of synthetic data and prints its bilanț", "[app]")
{
    CliRunner home;
    QProcessEnvironment env = home.environment();
    env.insert(QStringLiteral("REPER_STORE"), home.dir() + QStringLiteral("/none.reper"));
    env.remove(QStringLiteral("REPER_PASSWORD"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REPER_BINARY_DIR "/src/app/reper"), {QStringLiteral("--year"), QStringLiteral("2024")});
    REQUIRE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.left(3000).toStdString() << QString::fromUtf8(p.readAllStandardError()).toStdString());
    CHECK(p.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("reper-cli init")));
    CHECK(out.contains(QString::fromUtf8("BILANȚ 2024")));
    CHECK(out.contains(QString::fromUtf8("Victime identificate")));
}
