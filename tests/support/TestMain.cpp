// One main() for every suite: a QCoreApplication (translations, QStandardPaths) and Catch2.
// Offscreen is forced here, not in ctest's environment: Catch2 v2 lists tests at build time.
#define CATCH_CONFIG_RUNNER
#include "support/PrivateFolders.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const reper::test::PrivateFolders folders;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reper"));
    QCoreApplication::setApplicationName(QStringLiteral("reper-tests"));
    return Catch::Session().run(argc, argv);
}
