#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace reper::test;

// reper is the window now (its behaviour is tested by tests/gui); here only that the program runs
// and answers without a display.
TEST_CASE("reper answers --version and --help, and refuses an unknown option", "[app]")
{
    const QString reper = QStringLiteral(REPER_BINARY_DIR "/src/app/reper");
    QProcess version;
    version.start(reper, {QStringLiteral("--version")});
    REQUIRE(version.waitForFinished(60000));
    CHECK(version.exitCode() == 0);
    CHECK(QString::fromUtf8(version.readAllStandardOutput()).startsWith(QStringLiteral("reper " REPER_VERSION)));
    QProcess help;
    help.start(reper, {QStringLiteral("--help")});
    REQUIRE(help.waitForFinished(60000));
    CHECK(help.exitCode() == 0);
    CHECK(QString::fromUtf8(help.readAllStandardOutput()).contains(QStringLiteral("--screenshots")));
    QProcess wrong;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    wrong.setProcessEnvironment(env);
    wrong.start(reper, {QStringLiteral("--no-such-option")});
    REQUIRE(wrong.waitForFinished(60000));
    CHECK(wrong.exitCode() == 2);
}
