// The work list as the user guides show it (docs/screenshots/*-20-today.png): a coordinator's window
// on synthetic cases of every default rule, in Romanian and in English, at 1280 × 800. The picture
// is written where REPER_SCREENSHOT_DIR says (by hand: `REPER_SCREENSHOT_DIR=docs/screenshots
// build/tests/gui/gui_tests "[screenshot]"`); the test checks that no column is cut off there.
#include "gui/GuiTestSupport.h"
#include "gui/common/UiLanguage.h"
#include "gui/shell/MainWindow.h"
#include "gui/today/DueListModel.h"
#include "gui/today/TodayPage.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordId victim(Store& store, const char* code, const char* citizenship = "RO")
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = store.user().center;
    v.sex = QStringLiteral("F");
    v.citizenship = QLatin1String(citizenship);
    auto id = VictimRepository(store).add(v, {});
    REQUIRE(id);
    return *id;
}

void contact(Store& store, RecordId id, const QDate& next)
{
    MonitoringContact m;
    m.victimId = id;
    m.center = store.user().center;
    m.date = QDate(2026, 1, 5);
    m.kind = QStringLiteral("phone");
    m.nextDate = next;
    REQUIRE(RecordEditor(store).save(m).ok());
}

// A deadline of every default rule at CR-BV, shared by two case workers.
void recordCases(Store& ioana, Store& mihai)
{
    contact(ioana, victim(ioana, "RV-2025-0412"), QDate(2026, 1, 12));
    contact(ioana, victim(ioana, "RV-2025-0398"), QDate(2026, 1, 15));
    contact(mihai, victim(mihai, "RV-2025-0377"), QDate(2026, 1, 19));
    Identification i;
    i.victimId = victim(ioana, "RV-2025-0420", "MD");
    i.center = ioana.user().center;
    i.notificationDate = QDate(2025, 10, 18);
    i.identificationDate = QDate(2025, 10, 20);
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("international");
    i.exploitation = {QStringLiteral("labour")};
    i.primaryExploitation = QStringLiteral("labour");
    REQUIRE(RecordEditor(ioana).save(i).ok());
    Assistance a;
    a.victimId = victim(mihai, "RV-2025-0388");
    a.center = mihai.user().center;
    a.service = QStringLiteral("shelter");
    a.provider = QStringLiteral("anitp");
    a.startDate = QDate(2025, 12, 1);
    REQUIRE(RecordEditor(mihai).save(a).ok());
    Repatriation r;
    r.victimId = victim(ioana, "RV-2025-0351");
    r.center = ioana.user().center;
    r.fromCountry = QStringLiteral("IT");
    r.requestDate = QDate(2025, 9, 1);
    r.arrivalDate = QDate(2025, 10, 10);
    r.status = QStringLiteral("completed");
    REQUIRE(RecordEditor(ioana).save(r).ok());
    JudicialParticipation j;
    j.victimId = victim(mihai, "RV-2025-0366");
    j.center = mihai.user().center;
    j.date = QDate(2025, 12, 5);
    j.caseRef = QStringLiteral("123/P/2025");
    j.body = QStringLiteral("court");
    j.stage = QStringLiteral("trial");
    j.role = QStringLiteral("injured_party");
    j.support = QStringLiteral("hearing_accompaniment");
    j.hearingDate = QDate(2026, 1, 20);
    REQUIRE(RecordEditor(mihai).save(j).ok());
}

struct LanguageBack
{
    ~LanguageBack() { UiLanguage::install(Language::English); }
};

} // namespace

TEST_CASE("the work list of the user guide fits its window", "[gui][today][screenshot]")
{
    TempStore s;
    auto ioana = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    auto mihai = openAs(s, QStringLiteral("mihai"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    recordCases(*ioana, *mihai);
    auto elena = openAs(s, QStringLiteral("elena"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    const LanguageBack back;
    for (const auto& [language, prefix] : {std::pair{Language::Romanian, "ro"}, std::pair{Language::English, "en"}}) {
        INFO(prefix);
        UiLanguage::install(language);
        MainWindow window(*elena);
        window.setBackupOnExit(false);
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.currentModule() == MainWindow::Today);
        auto* page = qobject_cast<TodayPage*>(window.module(MainWindow::Today));
        REQUIRE(page);
        settle();
        CHECK(page->model()->count(DueListModel::OverdueGroup) == 3);
        CHECK(page->model()->count(DueListModel::TodayGroup) == 1);
        CHECK(page->model()->count(DueListModel::WeekGroup) == 3);
        CHECK(window.badge(MainWindow::Today) == 3);
        // Every column whole: the list needs no sideways scrolling at 1280 × 800.
        CHECK_FALSE(page->view()->horizontalScrollBar()->isVisible());
        CHECK(page->view()->header()->length() <= page->view()->viewport()->width());
        saveForGuide(window, prefix, "20-today");
    }
}
