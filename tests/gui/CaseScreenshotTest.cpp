// The case panel and the data-quality page as the user guides show them
// (docs/screenshots/*-21-case.png, *-22-data-quality.png): a coordinator's window on synthetic
// records, in Romanian and in English, at 1280 × 800. The pictures are written where
// REPER_SCREENSHOT_DIR says (by hand: `REPER_SCREENSHOT_DIR=docs/screenshots build/tests/gui/gui_tests
// "[screenshot]"`); the test checks that nothing is cut off there.
#include "gui/GuiTestSupport.h"
#include "gui/common/UiLanguage.h"
#include "gui/quality/DataQualityPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/victims/CasePanel.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "storage/cases/CaseRepository.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordId victim(Store& store, const char* code)
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = store.user().center;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    v.birthYear = 1999;
    auto id = VictimRepository(store).add(v, {});
    REQUIRE(id);
    return *id;
}

void identification(Store& store, RecordId id, const QDate& date, bool withCountry)
{
    Identification i;
    i.victimId = id;
    i.center = store.user().center;
    i.notificationDate = date;
    i.identificationDate = date;
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("international");
    i.exploitation = {QStringLiteral("labour")};
    i.primaryExploitation = QStringLiteral("labour");
    if (withCountry)
        i.exploitationCountry = QStringLiteral("IT");
    REQUIRE(RecordEditor(store).save(i).ok());
}

struct LanguageBack
{
    ~LanguageBack() { UiLanguage::install(Language::English); }
};

// No label or button of the widget shows less than its text needs.
QStringList cutOff(QWidget* top)
{
    QStringList out;
    for (QPushButton* b : top->findChildren<QPushButton*>())
        if (b->isVisible() && b->width() < b->sizeHint().width())
            out << b->objectName();
    for (QLabel* l : top->findChildren<QLabel*>())
        if (l->isVisible() && !l->wordWrap() && l->width() < l->sizeHint().width())
            out << l->objectName() + QLatin1Char(' ') + l->text();
    return out;
}

} // namespace

TEST_CASE("the case panel and the data-quality page of the user guide fit their window", "[gui][screenshot]")
{
    TempStore s;
    auto ioana = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    const RecordId referred = victim(*ioana, "RV-2025-0412");
    identification(*ioana, referred, QDate(2026, 1, 8), true);
    identification(*ioana, victim(*ioana, "RV-2025-0419"), QDate(2026, 1, 9), false);
    identification(*ioana, victim(*ioana, "RV-2025-0423"), QDate(2026, 1, 12), false);
    VictimCase c = *CaseRepository(*ioana).forVictim(referred);
    c.status = QStringLiteral("closed_referred");
    c.closedOn = QDate(2026, 1, 15);
    c.closingReason = QStringLiteral("referred");
    c.referredTo = QStringLiteral("DGASPC Brașov");
    REQUIRE(CaseRepository(*ioana).save(c).ok());
    auto elena = openAs(s, QStringLiteral("elena"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    const LanguageBack back;
    for (const auto& [language, prefix] : {std::pair{Language::Romanian, "ro"}, std::pair{Language::English, "en"}}) {
        INFO(prefix);
        UiLanguage::install(language);
        MainWindow window(*elena);
        window.setBackupOnExit(false);
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.showModule(MainWindow::Victims));
        auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
        victims->openVictim(referred);
        settle();
        CasePanel* panel = victims->victimPage()->casePanel();
        REQUIRE(panel->isVisible());
        CHECK(cutOff(panel) == QStringList());
        saveForGuide(window, prefix, "21-case");

        REQUIRE(window.showModule(MainWindow::Quality));
        auto* quality = qobject_cast<DataQualityPage*>(window.module(MainWindow::Quality));
        REQUIRE(quality);
        if (quality->runningJob())
            REQUIRE(waitFor(quality->runningJob()));
        settle();
        CHECK(quality->model()->rowCount() == 2);
        CHECK_FALSE(quality->view()->horizontalScrollBar()->isVisible());
        CHECK(quality->view()->horizontalHeader()->length() <= quality->view()->viewport()->width());
        CHECK(cutOff(quality) == QStringList());
        quality->view()->selectRow(0);
        saveForGuide(window, prefix, "22-data-quality");
    }
}
