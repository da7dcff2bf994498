// The main window: its modules, the shortcuts (Ctrl+N, Esc, Ctrl+F, F5, Ctrl+L), the lock that asks
// the password again, backups (now, and on exit with a rotation of copies), the reports page.
#include "gui/GuiTestSupport.h"
#include "gui/admin/AdminPage.h"
#include "gui/common/Labels.h"
#include "gui/home/FigureTile.h"
#include "gui/home/HomePage.h"
#include "gui/lists/ListModule.h"
#include "gui/lists/RecordListPage.h"
#include "gui/reports/ReportForm.h"
#include "gui/reports/ReportsPage.h"
#include "gui/shell/ExitBackup.h"
#include "gui/shell/IdleLock.h"
#include "gui/shell/LockScreen.h"
#include "gui/shell/MainWindow.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "report/ReportAudit.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/lists/RecordListQuery.h"
#include "storage/repositories/VictimEditor.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void press(MainWindow& w, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QApplication::setActiveWindow(&w);
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

TEST_CASE("the window shows the modules, the year's figures and follows the shortcuts", "[gui][window]")
{
    TempStore s;
    importSmall(s.store());
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Reper — store.reper"));
    CHECK(window.moduleList()->count() == MainWindow::ModuleCount);
    auto* home = qobject_cast<HomePage*>(window.module(MainWindow::Home));
    REQUIRE(home);
    home->setYear(2020);
    auto figures = FiguresRepository(s.store()).compute(2020);
    REQUIRE(figures);
    CHECK(home->scope() == Scope::national());
    CHECK(home->tile(0)->valueText() == Labels::count(figures->victimsIdentified));
    CHECK(home->tile(4)->valueText() == Labels::count(figures->preventionActivities));

    REQUIRE(window.showModule(MainWindow::Victims));
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    REQUIRE(victims);
    press(window, Qt::Key_N, Qt::ControlModifier);
    CHECK(victims->showingVictim());
    CHECK(victims->victimPage()->victimId() == 0);
    press(window, Qt::Key_Escape);
    CHECK_FALSE(victims->showingVictim());
    press(window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == victims->list()->searchBox());

    // F5 reads the list again (a victim added elsewhere appears).
    const int before = victims->list()->model()->rowCount();
    Victim v;
    v.code = QStringLiteral("RV-F5");
    v.center = QStringLiteral("CR-B");
    v.sex = QStringLiteral("M");
    v.citizenship = QStringLiteral("MD");
    REQUIRE(VictimEditor(s.store()).save(v, std::nullopt));
    press(window, Qt::Key_F5);
    CHECK(victims->list()->model()->rowCount() == before + 1);

    // The other modules open.
    for (auto m : {MainWindow::Assistance, MainWindow::Repatriations, MainWindow::Judicial, MainWindow::Prevention,
                   MainWindow::Cooperation, MainWindow::Reports, MainWindow::Admin}) {
        CHECK(window.showModule(m));
        CHECK(window.currentModule() == m);
    }
    auto* cooperation = qobject_cast<ListModule*>(window.module(MainWindow::Cooperation));
    REQUIRE(cooperation);
    for (ListKind k : {ListKind::Protocols, ListKind::ActionPlans, ListKind::TeamMeetings, ListKind::Trainings,
                       ListKind::Events, ListKind::FundedProjects})
        CHECK(cooperation->page(k));
}

TEST_CASE("Ctrl+L locks the window until the password is typed again", "[gui][window]")
{
    TempStore s;
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    press(window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.isLocked());
    CHECK_FALSE(window.menuBar()->isEnabled());
    CHECK_FALSE(window.lockScreen()->tryUnlock(QStringLiteral("wrong password")));
    CHECK(window.isLocked());
    CHECK(window.lockScreen()->tryUnlock(QString::fromLatin1(kPassword)));
    CHECK_FALSE(window.isLocked());
    CHECK(window.menuBar()->isEnabled());
}

TEST_CASE("the window locks itself after a stretch without input", "[gui][window]")
{
    TempStore s;
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    CHECK(IdleLock::configuredMinutes() == 10); // the default of issue 5
    REQUIRE_FALSE(window.isLocked());
    window.idleLock()->setInterval(300);
    QSignalSpy idle(window.idleLock(), &IdleLock::idle);
    REQUIRE(idle.wait(5000));
    CHECK(window.isLocked());
    CHECK(window.lockScreen()->tryUnlock(QString::fromLatin1(kPassword)));
    CHECK_FALSE(window.isLocked());
    window.idleLock()->setInterval(0); // off: no lock however long the wait
    QSignalSpy none(window.idleLock(), &IdleLock::idle);
    CHECK_FALSE(none.wait(600));
    CHECK_FALSE(window.isLocked());
}

TEST_CASE("a backup is taken from the menu, and on exit with a rotation of copies", "[gui][window][backup]")
{
    TempStore s;
    importSmall(s.store());
    QTemporaryDir dir;
    {
        AdminPage admin(s.store());
        const QString path = dir.filePath(QStringLiteral("copy.reper"));
        REQUIRE(waitFor(admin.backUpTo(path)));
        REQUIRE(QFileInfo::exists(path));
        REQUIRE(QFileInfo::exists(path + QStringLiteral(".keys")));
        auto opened = Store::open(path, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
        REQUIRE(opened);
        CHECK(*RecordListQuery(**opened, ListKind::Victims).count({}) == 4);
    }
    const QString folder = dir.filePath(QStringLiteral("rotation"));
    const QDateTime start = fixedClock().now();
    for (int i = 0; i < 3; ++i) {
        const ClockAt minuteOn(start.addSecs(i * 60));
        auto copy = ExitBackup::run(s.store(), folder, 2);
        REQUIRE(copy);
    }
    const QStringList copies = ExitBackup::copies(s.path(), folder);
    REQUIRE(copies.size() == 2);
    CHECK(copies.first().endsWith(start.addSecs(120).toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                  + QStringLiteral(".reper")));
    // The oldest copy went with its key file (and the trail head written beside it).
    const QString oldest = QFileInfo(ExitBackup::copies(s.path(), folder).last()).fileName();
    CHECK(QDir(folder).entryList({QStringLiteral("*.reper")}, QDir::Files).size() == 2);
    CHECK(QDir(folder).entryList({QStringLiteral("*.keys")}, QDir::Files).size() == 2);
    const QString gone = start.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    CHECK(QDir(folder).entryList({QStringLiteral("*") + gone + QStringLiteral("*")}, QDir::Files).isEmpty());
    CHECK_FALSE(oldest.contains(gone));
}

TEST_CASE("the reports page shows, saves and prints the bilanț", "[gui][window][reports]")
{
    TempStore s;
    importSmall(s.store());
    ReportsPage page(s.store());
    page.show();
    ReportForm& reports = *page.form();
    reports.setChoice(2020, Scope::national());
    REQUIRE(waitFor(reports.generate()));
    REQUIRE(reports.hasReport());
    CHECK(reports.previewText().contains(QString::fromUtf8("BILANȚ 2020")));
    QTemporaryDir dir;
    for (ReportFormat f : {ReportFormat::Txt, ReportFormat::Json, ReportFormat::Pdf}) {
        const QString path = dir.filePath(QStringLiteral("bilant.") + ReportFormats::name(f));
        CHECK(reports.saveAs(f, path));
        CHECK(QFileInfo(path).size() > 100);
    }
    CHECK(readText(dir.filePath(QStringLiteral("bilant.json"))).contains(QStringLiteral("\"victims_identified\"")));
    // The saved document's footer carries the trail's head with its own entry.
    const QString txt = dir.filePath(QStringLiteral("bilant.txt"));
    REQUIRE(reports.saveAs(ReportFormat::Txt, txt));
    auto head = s.store().audit().head();
    REQUIRE(head.ok());
    CHECK(readText(txt).contains(QStringLiteral(" · jurnal ") + head->text() + QLatin1Char('\n')));
    // Its entry is the one ReportAudit builds, as reper-cli's.
    AuditFilter newest;
    newest.limit = 1;
    auto entries = s.store().audit().list(newest);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    const AuditEvent want
        = ReportAudit::event({AuditAction::Report, QStringLiteral("txt"), 2020, QString(), Edition::Internal, false});
    CHECK(entries->first().action == want.action);
    CHECK(entries->first().recordCode == want.recordCode);
    CHECK(entries->first().center.isEmpty());
    CHECK(QJsonDocument::fromJson(entries->first().detail.toUtf8()).object() == want.detail);
    CHECK(reports.previewText().contains(QStringLiteral(" · jurnal ")));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    CHECK(reports.printTo(printer) >= 1);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
}
