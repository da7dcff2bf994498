// Every module fits beside the side bar in a 1280 × 800 window, the smallest screen the centres
// have: no page scrolls sideways there (the list of monitoring contacts, a second tab of
// Assistance, once made the whole module 16 pixels too wide and cut its Delete button).
#include "gui/GuiTestSupport.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/ModulePage.h"
#include "importer/Importer.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("every module fits beside the side bar at 1280 × 800", "[gui][layout]")
{
    TempStore s;
    // The bilanț fixture: several centres, so every filter of every list is shown.
    REQUIRE(Importer(s.store()).run(dataPath(QStringLiteral("bilant")), false).ok());
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    for (int m = 0; m < MainWindow::ModuleCount; ++m) {
        window.showModule(MainWindow::Module(m));
        settle();
        QWidget* page = window.module(MainWindow::Module(m));
        REQUIRE(page);
        REQUIRE(page->parentWidget());
        INFO("module " << m << " needs " << page->minimumSizeHint().width() << " pixels, has "
                       << page->parentWidget()->width());
        CHECK(page->minimumSizeHint().width() <= page->parentWidget()->width());
    }
}
