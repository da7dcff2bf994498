// reper-gui-bench: the window's speed on a store (docs/benchmarks.md, "The window"). Prints the
// figures; asserts nothing (no test is timed).
//   reper-gui-bench --store FILE --user NAME --password PW
// Measured: the unlock; from the password accepted to the home page shown (window built, figures
// and charts, first paint); each module's list opened (first page read and painted); searches;
// the memory of the process (peak resident set).
#include "core/Clock.h"
#include "gui/common/UiLanguage.h"
#include "gui/home/HomePage.h"
#include "gui/lists/ListModule.h"
#include "gui/lists/RecordListPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/victims/VictimsModule.h"
#include "storage/Store.h"
#include "storage/lists/RecordListQuery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <cstdio>

using namespace reper;

namespace {

double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

QString statusLine(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(int(qstrlen(key)) + 1).trimmed());
    return {};
}

void paint(QWidget& w)
{
    QApplication::processEvents();
    (void)w.grab();
}

double timeSearch(RecordListPage* page, const QString& text, qint64* rows)
{
    QElapsedTimer t;
    t.start();
    page->searchBox()->setText(text);
    page->applyFilter();
    const double elapsed = ms(t);
    *rows = page->model()->totalCount();
    return elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // its own settings: no remembered column widths
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Reper"));
    QApplication::setApplicationName(QStringLiteral("reper-gui-bench"));
    UiLanguage::install(Language::Romanian);
    QString path, user = QStringLiteral("admin"), password;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--store"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--user"))
            user = args[i + 1];
        else if (args[i] == QLatin1String("--password"))
            password = args[i + 1];
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: reper-gui-bench --store FILE [--user NAME] --password PW\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    auto opened = Store::open(path, user, password, SystemClock::instance());
    if (opened && args.contains(QStringLiteral("--explain"))) {
        // The plans and times of one list's count and first page for a search (by hand, to tune).
        const int kind = args.value(args.indexOf(QStringLiteral("--explain")) + 1).toInt();
        const QString text = args.value(args.indexOf(QStringLiteral("--explain")) + 2);
        RecordListQuery q(**opened, ListKind(kind));
        ListFilter f;
        f.search = text;
        QVariantList params;
        std::printf("WHERE%s\n", qPrintable(q.whereClause(f, &params)));
        for (int i = 0; i < 3; ++i) {
            t.restart();
            auto n = q.count(f);
            const double c = ms(t);
            t.restart();
            auto p = q.page(f, ListSort{}, 0, 250, n && *n >= RecordListQuery::kManyMatches);
            std::printf("count %lld in %.1f ms, page %lld in %.1f ms\n", n ? *n : -1, c, p ? qint64(p->size()) : -1,
                        ms(t));
        }
        return 0;
    }
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    const double unlock = ms(t);
    Store& store = **opened;

    t.restart();
    auto* window = new MainWindow(store);
    window->setBackupOnExit(false);
    window->resize(1280, 800);
    window->show();
    auto* home = qobject_cast<HomePage*>(window->module(MainWindow::Home));
    paint(*window);
    const double homeShown = ms(t);
    std::printf("unlock (Argon2id, cipher check, schema)      %8.1f ms\n", unlock);
    std::printf("password accepted -> home page shown         %8.1f ms   (figures of %d, %s)\n", homeShown,
                home ? home->year() : 0, home && home->scope() ? qPrintable(home->scope()->text()) : "");
    t.restart();
    if (home)
        home->setYear(2016);
    paint(*window);
    std::printf("home page, another year (2016)               %8.1f ms\n", ms(t));

    const QList<QPair<MainWindow::Module, const char*>> modules = {
        {MainWindow::Victims, "victims"},
        {MainWindow::Assistance, "assistance"},
        {MainWindow::Repatriations, "repatriations"},
        {MainWindow::Judicial, "criminal proceedings"},
        {MainWindow::Prevention, "prevention (activities, campaigns)"},
        {MainWindow::Cooperation, "cooperation (six lists)"},
    };
    for (const auto& [module, name] : modules) {
        t.restart();
        window->showModule(module);
        paint(*window);
        std::printf("open list: %-34s %8.1f ms\n", name, ms(t));
    }
    auto* victims = qobject_cast<VictimsModule*>(window->module(MainWindow::Victims));
    auto* assistance = qobject_cast<ListModule*>(window->module(MainWindow::Assistance));
    auto* prevention = qobject_cast<ListModule*>(window->module(MainWindow::Prevention));
    auto* cooperation = qobject_cast<ListModule*>(window->module(MainWindow::Cooperation));
    qint64 rows = 0;
    // A code that is there, and a part of it (the generator's codes are random).
    const QString someCode = victims->list()->model()->data(victims->list()->model()->index(100, 0)).toString();
    const struct
    {
        RecordListPage* page;
        QString text;
        const char* what;
    } searches[] = {
        {victims->list(), someCode, "victims by a whole code"},
        {victims->list(), someCode.left(5).toLower(), "victims by part of a code"},
        {victims->list(), QStringLiteral("no-such-code"), "victims, nothing found"},
        {assistance->page(ListKind::Assistance), someCode, "assistance by victim code"},
        {cooperation->page(ListKind::Protocols), QStringLiteral("politie"), "protocols by partner (folded)"},
        {prevention->page(ListKind::Campaigns), QStringLiteral("iubire"), "campaigns by title (folded)"},
        {prevention->page(ListKind::Prevention), QStringLiteral("brasov"), "prevention by county name"},
        {cooperation->page(ListKind::Events), QStringLiteral("sedinta diicot"), "events by title, two words (folded)"},
        {cooperation->page(ListKind::Trainings), QStringLiteral("identificarea"), "trainings by topic (folded)"},
    };
    for (const auto& s : searches) {
        const double elapsed = timeSearch(s.page, s.text, &rows);
        std::printf("search: %-37s %8.1f ms   (%lld found)\n", s.what, elapsed, rows);
    }
    victims->list()->searchBox()->clear();
    t.restart();
    victims->list()->setFilterValues(2016, QStringLiteral("CR-BV"), QStringLiteral("identified"));
    std::printf("filter: victims 2016, CR-BV, identified      %8.1f ms   (%lld found)\n", ms(t),
                victims->list()->model()->totalCount());
    t.restart();
    auto* page = assistance->page(ListKind::Assistance);
    page->searchBox()->clear();
    page->applyFilter();
    page->model()->sort(4, Qt::AscendingOrder); // by service label
    std::printf("sort: assistance by service (all rows)       %8.1f ms\n", ms(t));
    std::printf("memory: resident now %s, peak %s\n", qPrintable(statusLine("VmRSS:")),
                qPrintable(statusLine("VmHWM:")));
    delete window;
    return 0;
}
