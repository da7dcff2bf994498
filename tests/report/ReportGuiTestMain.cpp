// The main() of the suites that draw (charts, PDF, ODT): a QGuiApplication, offscreen unless a
// platform is asked for. Offscreen is set here, not in ctest's environment: Catch2 v2 lists the
// tests at build time, and a main that cannot start would register none.
#define CATCH_CONFIG_RUNNER
#include "support/PrivateFolders.h"

#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const reper::test::PrivateFolders folders;
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reper"));
    QCoreApplication::setApplicationName(QStringLiteral("reper-report-gui-tests"));
    return Catch::Session().run(argc, argv);
}
