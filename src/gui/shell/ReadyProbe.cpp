#include "ReadyProbe.h"

#include "core/Clock.h"
#include "gui/home/HomePage.h"
#include "gui/shell/AppController.h"
#include "gui/shell/MainWindow.h"
#include "storage/Store.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>

namespace reper::ReadyProbe {

namespace {

// Once the page has painted (the whole window is painted in the same pass), says "ready" and quits.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("ready\n");
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int run(const QString& storePath, std::optional<int> homeYear)
{
    const QString user = qEnvironmentVariable("REPER_USER");
    if (storePath.isEmpty() || user.isEmpty() || !qEnvironmentVariableIsSet("REPER_PASSWORD")) {
        std::fprintf(stderr, "reper: --exit-when-ready needs --store FILE, $REPER_USER and $REPER_PASSWORD\n");
        return 2;
    }
    auto opened = Store::open(storePath, user, qEnvironmentVariable("REPER_PASSWORD"), SystemClock::instance());
    if (!opened) {
        std::fprintf(stderr, "reper: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    // What is measured is the home page's first paint, so the window opens on it and builds no
    // other page first (an administrator's start module is the national work list).
    AppController controller(std::move(*opened), SystemClock::instance(), MainWindow::Home);
    MainWindow* window = controller.window();
    window->setBackupOnExit(false);
    auto* home = qobject_cast<HomePage*>(window->module(MainWindow::Home));
    if (home && homeYear)
        home->setYear(*homeYear);
    FirstPaint probe;
    (home ? static_cast<QWidget*>(home) : window)->installEventFilter(&probe);
    controller.showWindow();
    return QApplication::exec(); // quitting closes the window, which deletes itself
}

} // namespace reper::ReadyProbe
