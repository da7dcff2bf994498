// reper: the program a centre's staff start. A thin main: the application, the language, the
// start dialog (choose or create a store, sign in), then the main window. The usage is kHelp
// below, which is also the text of the manual page reper(1) (cmake/HelpToMan.cmake).
#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "gui/common/Appearance.h"
#include "gui/common/UiLanguage.h"
#include "gui/home/HomePage.h"
#include "gui/shell/AppController.h"
#include "gui/shell/CommandLine.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/ReadyProbe.h"
#include "gui/shell/StartDialog.h"
#include "gui/tour/ScreenshotTour.h"
#include "storage/Store.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>

using namespace reper;

namespace {

const char* kHelp = R"(Usage: reper [--lang ro|en] [--high-contrast] [--year Y] [--store FILE | FILE]
       reper --screenshots DIR [--lang ro|en] [--high-contrast]
       reper --exit-when-ready --store FILE [--year Y]
       reper --help | --version
The window of Reper: case monitoring and the annual bilanț of the ANITP regional centres

Reper keeps the case records and the prevention and cooperation work of the regional centres of
the National Agency against Trafficking in Persons in one encrypted file (a store, *.reper), and
computes the annual bilanț from them. The window opens on the start dialog: choose or create a
store, sign in, and work in the modules. Everything it does is also on the command line
(reper-cli).

Options:
  FILE, --store FILE             open the start dialog on this store (a file manager passes the
                                 .reper file opened with Reper), or on a store on a server:
                                 postgresql://HOST[:PORT]/DATABASE (docs/server.md)
  --lang ro|en                   the window's language (Romanian at first; View > Language keeps
                                 the choice)
  --high-contrast                white on black, a yellow focus and selection (also View > High
                                 contrast, which is remembered)
  --year Y                       the year of the home page's figures at start (else this year)
  --screenshots DIR              write a picture of every module into DIR, on a store of
                                 synthetic data made for the purpose, and quit
  --exit-when-ready              a measuring aid (reper-bench): sign in as $REPER_USER with
                                 $REPER_PASSWORD instead of the start dialog, print "ready" once
                                 the home page has painted its figures, and quit (no backup)
  --help                         this text
  --version                      the program's version

Environment:
  REPER_USER, REPER_PASSWORD     the sign-in of --exit-when-ready only
  QT_SCALE_FACTOR                scales the whole window: 2 for 200 % on a screen whose
                                 desktop does not say so itself

Files:
  ~/.config/Reper/reper.conf     the settings: language, recent stores, window layout
  ~/.local/share/reper/logs/reper.log
                                 the log (never a name, CNP, address, phone or note)
  ~/.local/share/reper/backups/  the copies made on exit

See also:
  reper-cli(1)                   the command line
)";

} // namespace

int main(int argc, char** argv)
{
    // Answered before the window's libraries start (they need a display), and nothing else done.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("reper %s\n", programVersion());
            return 0;
        }
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            std::fputs(kHelp, stdout);
            return 0;
        }
    }
    // Keys and names are in this process's memory: no core file, no ptrace by other processes.
    platform::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Reper"));
    QApplication::setApplicationName(QStringLiteral("reper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Reper"));
    QApplication::setApplicationVersion(QString::fromLatin1(programVersion()));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/reper.svg")));
    QApplication::setDesktopFileName(QStringLiteral("reper"));
    Logging::setup(AppPaths::logDir());

    const CommandLine command = CommandLine::parse(app.arguments().mid(1));
    if (!command.error.isEmpty()) {
        std::fprintf(stderr, "reper: %s (reper --help)\n", qPrintable(command.error));
        return 2;
    }
    const Language language = command.language.value_or(UiLanguage::saved());
    UiLanguage::install(language);
    if (command.highContrast || Appearance::savedHighContrast())
        Appearance::setHighContrast(true, false);
    if (!command.screenshots.isEmpty())
        return ScreenshotTour::run(command.screenshots) ? 0 : 1;
    if (command.exitWhenReady)
        return ReadyProbe::run(command.store, command.year);

    StartDialog start(SystemClock::instance());
    if (!command.store.isEmpty())
        start.setStorePath(command.store);
    if (start.exec() != QDialog::Accepted)
        return 0;
    QApplication::setQuitOnLastWindowClosed(false);
    AppController controller(start.takeStore(), SystemClock::instance());
    QObject::connect(&controller, &AppController::finished, &app, &QApplication::quit);
    if (command.year)
        if (auto* home = qobject_cast<HomePage*>(controller.window()->module(MainWindow::Home)))
            home->setYear(*command.year);
    controller.showWindow();
    return app.exec();
}
