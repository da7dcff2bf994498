// main() of the window's tests: a QApplication on the offscreen platform (set here, not in ctest's
// environment: Catch2 v2 lists the tests at build time, and a QApplication without a display would
// abort there and register no test), settings and data paths of its own, and no dialog ever
// shown: questions and file choosers take the answers a test queues.
#define CATCH_CONFIG_RUNNER
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UiLanguage.h"
#include "support/PrivateFolders.h"

#include <QApplication>
#include <QSettings>
#include <catch2/catch.hpp>

namespace {

// The offscreen platform says, for every window, that it cannot do what only a real screen does.
QtMessageHandler g_default = nullptr;
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    g_default(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    g_default = qInstallMessageHandler(quietOffscreen);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const reper::test::PrivateFolders folders;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Reper"));
    QApplication::setApplicationName(QStringLiteral("reper-gui-tests"));
    QSettings().clear();
    reper::MessageBox::setQuiet(true);
    reper::FileDialogs::setQuiet(true);
    // The window's source language; tests of the Romanian window install it themselves.
    reper::UiLanguage::install(reper::Language::English);
    return Catch::Session().run(argc, argv);
}
