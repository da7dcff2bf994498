// The home page of a new, empty store: what to do first instead of zeros and charts with nothing
// on their axes — add the first victim, import a folder, or try the demo data, which goes into a
// store of its own and never into the one in use.
#include "gui/GuiTestSupport.h"
#include "gui/home/DemoStoreDialog.h"
#include "gui/home/EmptyStorePanel.h"
#include "gui/home/FigureTile.h"
#include "gui/home/HomeCharts.h"
#include "gui/home/HomePage.h"
#include "gui/importer/ImportWizard.h"
#include "gui/shell/MainWindow.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/figures/TrendQuery.h"
#include "support/TestSupport.h"

#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("an empty store's home page says what to do first", "[gui][home]")
{
    TempStore s;
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    auto* home = qobject_cast<HomePage*>(window.module(MainWindow::Home));
    REQUIRE(home);
    CHECK(home->showsEmptyState());
    CHECK(home->findChildren<QChartView*>().isEmpty()); // no axes labelled "0 0 0 0 1"
    for (int i = 0; i < home->tileCount(); ++i)
        CHECK_FALSE(home->tile(i)->isVisibleTo(home));
    EmptyStorePanel* panel = home->emptyPanel();
    CHECK(panel->addVictimButton()->isVisibleTo(home));
    CHECK(panel->importButton()->isVisibleTo(home));
    CHECK(panel->demoButton()->isVisibleTo(home));

    // Add the first victim: the victims' module, on a new victim.
    QTest::mouseClick(panel->addVictimButton(), Qt::LeftButton);
    CHECK(window.currentModule() == MainWindow::Victims);
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    REQUIRE(victims);
    CHECK(victims->showingVictim());
    CHECK(victims->victimPage()->victimId() == 0);
    victims->cancel();
    window.showModule(MainWindow::Home);

    // Import a folder: the import wizard.
    QTest::mouseClick(panel->importButton(), Qt::LeftButton);
    ImportWizard* wizard = visibleDialog<ImportWizard>();
    REQUIRE(wizard);
    wizard->reject();
    settle();

    // Once there are records, the figures come back.
    importSmall(s.store());
    home->refresh();
    CHECK_FALSE(home->showsEmptyState());
    CHECK(home->tile(0)->isVisibleTo(home));
}

TEST_CASE("the demo data goes into a store of its own, which can be opened", "[gui][home]")
{
    TempStore s;
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    QSignalSpy open(&window, &MainWindow::openStoreRequested);
    auto* home = qobject_cast<HomePage*>(window.module(MainWindow::Home));
    REQUIRE(home);
    QTest::mouseClick(home->emptyPanel()->demoButton(), Qt::LeftButton);
    DemoStoreDialog* demo = visibleDialog<DemoStoreDialog>();
    REQUIRE(demo);
    const QString path = demo->path();
    CHECK(QFileInfo(path).fileName() == QStringLiteral("reper-demo.reper"));
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(s.path()).absolutePath());
    CHECK_FALSE(demo->makeButton()->isEnabled()); // no password yet
    QTest::keyClicks(child<QLineEdit>(demo, "password"), QStringLiteral("a demo password 1"));
    QTest::keyClicks(child<QLineEdit>(demo, "repeat"), QStringLiteral("a demo password 1"));
    REQUIRE(demo->makeButton()->isEnabled());
    QTest::mouseClick(demo->makeButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        return demo->openButton()->isVisible()
            || child<MessageBanner>(demo, "banner")->kind() == MessageBanner::Kind::Error;
    }));
    INFO(child<MessageBanner>(demo, "banner")->text().toStdString());
    REQUIRE(demo->openButton()->isVisible());

    // The store in use is untouched: still empty.
    auto any = TrendQuery(s.store()).hasRecords(QString());
    REQUIRE(any);
    CHECK_FALSE(*any);
    // The demo store opens with the password chosen, as the same user, and has synthetic records.
    {
        auto opened = Store::open(path, QStringLiteral("admin"), QStringLiteral("a demo password 1"), fixedClock());
        REQUIRE(opened);
        auto victims = (*opened)->db().queryInt(QStringLiteral("SELECT count(*) FROM victim"));
        REQUIRE(victims);
        CHECK(*victims > 50);
    }
    QTest::mouseClick(demo->openButton(), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == path);
    CHECK(open.at(0).at(1).toString() == QStringLiteral("admin"));
    settle();

    // A second demo store would not overwrite the first.
    auto* again = window.tryDemo();
    CHECK(QFileInfo(again->path()).fileName() == QStringLiteral("reper-demo-2.reper"));
    again->reject();
    settle();
}

TEST_CASE("a chart of small counts has a tick at each whole number", "[gui][home]")
{
    const QList<YearCount> none = {{2021, 0}, {2022, 0}, {2023, 0}};
    std::unique_ptr<QChartView> empty(HomeCharts::victimsByYear(none, nullptr));
    auto axes = empty->chart()->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    auto* y = qobject_cast<QValueAxis*>(axes.first());
    REQUIRE(y);
    CHECK(y->max() == 1);
    CHECK(y->tickCount() == 2); // 0 and 1, not "0 0 0 0 1"
    const QList<YearCount> few = {{2021, 3}, {2022, 1}};
    std::unique_ptr<QChartView> small(HomeCharts::victimsByYear(few, nullptr));
    auto* y3 = qobject_cast<QValueAxis*>(small->chart()->axes(Qt::Vertical).first());
    CHECK(y3->max() == 3);
    CHECK(y3->tickCount() == 4);
    // Its figures can be read as text.
    CHECK(small->accessibleDescription() == QStringLiteral("2021: 3; 2022: 1"));
    CHECK(small->accessibleName() == QStringLiteral("Victims identified, by year"));
}
