// reper: the program a centre's staff start. A thin main: the application, the language, the
// start dialog (choose or create a store, sign in), then the main window.
//   reper [--store FILE] [--lang ro|en]
//   reper --screenshots DIR [--lang ro|en]     pictures of every module on synthetic data
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "gui/common/UiLanguage.h"
#include "gui/shell/AppController.h"
#include "gui/shell/StartDialog.h"
#include "gui/tour/ScreenshotTour.h"
#include "storage/Store.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>

using namespace reper;

int main(int argc, char** argv)
{
    // Answered before the window's libraries start (they need a display).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("reper %s\n", REPER_VERSION);
            return 0;
        }
        if (qstrcmp(argv[i], "--help") == 0) {
            std::printf("usage: reper [--store FILE] [--lang ro|en]\n"
                        "       reper --screenshots DIR [--lang ro|en]   pictures of every module on synthetic data\n"
                        "       reper --version\n");
            return 0;
        }
    }
    // Keys and names are in this process's memory: no core file, no ptrace by other processes.
    platform::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Reper"));
    QApplication::setApplicationName(QStringLiteral("reper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reper"));
    QApplication::setApplicationVersion(QStringLiteral(REPER_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reper.svg")));
    QApplication::setDesktopFileName(QStringLiteral("reper"));
    Logging::setup(AppPaths::logDir());

    QString store;
    QString screenshots;
    Language language = UiLanguage::saved();
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--store") && hasValue)
            store = args[++i];
        else if (a == QLatin1String("--lang") && hasValue)
            language = UiLanguage::fromCode(args[++i]);
        else if (a == QLatin1String("--screenshots") && hasValue)
            screenshots = args[++i];
        else {
            std::fprintf(stderr, "reper: unknown option '%s' (reper --help)\n", qPrintable(a));
            return 2;
        }
    }
    UiLanguage::install(language);
    if (!screenshots.isEmpty())
        return ScreenshotTour::run(screenshots) ? 0 : 1;

    StartDialog start(SystemClock::instance());
    if (!store.isEmpty())
        start.setStorePath(store);
    if (start.exec() != QDialog::Accepted)
        return 0;
    QApplication::setQuitOnLastWindowClosed(false);
    AppController controller(start.takeStore(), SystemClock::instance());
    QObject::connect(&controller, &AppController::finished, &app, &QApplication::quit);
    controller.showWindow();
    return app.exec();
}
