// The work list "Astăzi" (issue 10 §4) in the window, on the test clock (2026-01-15): the deadlines
// of the user's scope in three groups, a line set aside with a typed reason (recorded, and in the
// audit trail), a line that goes when the contact that meets it is saved through the form, the
// side bar's badge, the filters of coordinators, and never a line of another centre.
#include "gui/today/TodayPage.h"

#include "gui/GuiTestSupport.h"
#include "gui/common/UiLanguage.h"
#include "gui/forms/RecordDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/today/DismissDueDialog.h"
#include "gui/today/DueListModel.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// A victim of `store`'s centre with a contact on 2026-01-05 that planned the next one for `next`
// (the case is opened on the test day, by the user who adds the victim: its case worker).
RecordId addCase(Store& store, const char* code, const QDate& next)
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = store.user().center;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto id = VictimRepository(store).add(v, {});
    REQUIRE(id);
    MonitoringContact m;
    m.victimId = *id;
    m.center = v.center;
    m.date = QDate(2026, 1, 5);
    m.kind = QStringLiteral("phone");
    m.nextDate = next;
    REQUIRE(RecordEditor(store).save(m).ok());
    return *id;
}

// Two centres' operators and their cases: at CR-BV one overdue (planned for 12 January), one due
// today, one this week (19 January) and one later (20 February); at CR-CJ one overdue.
struct WorkList
{
    TempStore s;
    std::unique_ptr<Store> bv
        = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    std::unique_ptr<Store> cj = openAs(s, QStringLiteral("dan"), {QStringLiteral("operator")}, QStringLiteral("CR-CJ"));
    RecordId overdue = addCase(*bv, "RV-T-OVER", QDate(2026, 1, 12));
    RecordId today = addCase(*bv, "RV-T-TODAY", QDate(2026, 1, 15));
    RecordId week = addCase(*bv, "RV-T-WEEK", QDate(2026, 1, 19));
    RecordId later = addCase(*bv, "RV-T-LATER", QDate(2026, 2, 20));
    RecordId other = addCase(*cj, "RV-T-CJ", QDate(2026, 1, 12));
};

QStringList codes(TodayPage& page, DueListModel::Group group)
{
    QStringList out;
    const QModelIndex parent = page.model()->groupIndex(group);
    for (int r = 0; r < page.model()->rowCount(parent); ++r)
        out << page.model()->index(r, DueListModel::VictimColumn, parent).data().toString();
    return out;
}

QStringList allCodes(TodayPage& page)
{
    return codes(page, DueListModel::OverdueGroup) + codes(page, DueListModel::TodayGroup)
        + codes(page, DueListModel::WeekGroup);
}

// Clicks a line of the list, as a person does.
void clickLine(TodayPage& page, DueListModel::Group group, int row)
{
    const QModelIndex index = page.model()->index(row, DueListModel::VictimColumn, page.model()->groupIndex(group));
    REQUIRE(index.isValid());
    page.view()->scrollTo(index);
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, Qt::NoModifier, page.view()->visualRect(index).center());
}

} // namespace

TEST_CASE("the work list shows what is overdue, due today and due this week", "[gui][today]")
{
    WorkList w;
    TodayPage page(*w.bv);
    page.resize(1100, 600);
    page.show();
    page.activate();
    checkModel(page.model());
    CHECK(codes(page, DueListModel::OverdueGroup) == QStringList{QStringLiteral("RV-T-OVER")});
    CHECK(codes(page, DueListModel::TodayGroup) == QStringList{QStringLiteral("RV-T-TODAY")});
    CHECK(codes(page, DueListModel::WeekGroup) == QStringList{QStringLiteral("RV-T-WEEK")});
    CHECK(page.overdueCount() == 1);
    const QModelIndex line = page.model()->index(0, 0, page.model()->groupIndex(DueListModel::OverdueGroup));
    const auto cell = [&](int column) { return line.siblingAtColumn(column).data().toString(); };
    CHECK(cell(DueListModel::WhatColumn) == QStringLiteral("Planned monitoring contact"));
    CHECK(cell(DueListModel::DueColumn) == QStringLiteral("12.01.2026"));
    CHECK(cell(DueListModel::WhenColumn) == QStringLiteral("3 days overdue"));
    const QModelIndex week = page.model()->index(0, 0, page.model()->groupIndex(DueListModel::WeekGroup));
    CHECK(week.siblingAtColumn(DueListModel::WhenColumn).data().toString() == QStringLiteral("in 4 days"));
    CHECK(page.model()->groupIndex(DueListModel::OverdueGroup).data().toString() == QStringLiteral("Overdue (1)"));
    // An operator of one centre: no centre to choose, their own cases first.
    CHECK_FALSE(page.centerFilter()->isVisible());
    CHECK(page.workerFilter()->currentData().toString() == QStringLiteral("ioana"));
    CHECK_FALSE(allCodes(page).contains(QStringLiteral("RV-T-CJ")));
    CHECK_FALSE(allCodes(page).contains(QStringLiteral("RV-T-LATER")));
}

TEST_CASE("a line set aside with a typed reason is recorded and leaves the list", "[gui][today]")
{
    WorkList w;
    TodayPage page(*w.bv);
    page.resize(1100, 600);
    page.show();
    page.activate();
    clickLine(page, DueListModel::TodayGroup, 0);
    REQUIRE(page.currentItem());
    CHECK(page.currentItem()->victimCode == QStringLiteral("RV-T-TODAY"));
    QTest::mouseClick(child<QPushButton>(&page, "dismiss"), Qt::LeftButton);
    auto* dialog = visibleDialog<DismissDueDialog>();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->dismissButton()->isEnabled()); // no reason yet
    // "Other" is the last reason: it needs a few words.
    dialog->reasonBox()->setFocus();
    QTest::keyClick(dialog->reasonBox(), Qt::Key_End);
    CHECK(dialog->reasonBox()->currentData().toString() == QStringLiteral("other"));
    CHECK_FALSE(dialog->dismissButton()->isEnabled());
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("se muta la alt centru"));
    REQUIRE(dialog->dismissButton()->isEnabled());
    QTest::mouseClick(dialog->dismissButton(), Qt::LeftButton);
    settle();
    CHECK(visibleDialog<DismissDueDialog>() == nullptr);
    CHECK(codes(page, DueListModel::TodayGroup).isEmpty());
    CHECK(codes(page, DueListModel::OverdueGroup) == QStringList{QStringLiteral("RV-T-OVER")});

    // Recorded: the dismissal with its note, and the reason (never the note) in the audit trail.
    auto note = w.s->db().queryText(QStringLiteral("SELECT reason || ':' || note FROM due_dismissal"));
    REQUIRE(note);
    CHECK(*note == QStringLiteral("other:se muta la alt centru"));
    AuditFilter filter;
    filter.action = AuditAction::DueDismissed;
    auto trail = w.s->audit().list(filter);
    REQUIRE(trail);
    REQUIRE(trail->size() == 1);
    CHECK(trail->first().recordCode == QStringLiteral("RV-T-TODAY"));
    CHECK(trail->first().userName == QStringLiteral("ioana"));
    const QJsonObject detail = QJsonDocument::fromJson(trail->first().detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("reason")).toString() == QStringLiteral("other"));
    CHECK_FALSE(trail->first().detail.contains(QStringLiteral("centru")));

    // Cancel sets nothing aside.
    clickLine(page, DueListModel::OverdueGroup, 0);
    QTest::mouseClick(child<QPushButton>(&page, "dismiss"), Qt::LeftButton);
    dialog = visibleDialog<DismissDueDialog>();
    REQUIRE(dialog);
    dialog->reject();
    settle();
    CHECK(codes(page, DueListModel::OverdueGroup) == QStringList{QStringLiteral("RV-T-OVER")});
}

TEST_CASE("the contact saved through the form takes its line off and the badge counts down", "[gui][today]")
{
    WorkList w;
    MainWindow window(*w.bv);
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    // A case worker starts on the work list; the side bar shows one overdue deadline.
    REQUIRE(window.currentModule() == MainWindow::Today);
    auto* page = qobject_cast<TodayPage*>(window.module(MainWindow::Today));
    REQUIRE(page);
    CHECK(window.badge(MainWindow::Today) == 1);

    clickLine(*page, DueListModel::OverdueGroup, 0);
    QTest::keyClick(page->view(), Qt::Key_Return);
    REQUIRE(window.currentModule() == MainWindow::Victims);
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    REQUIRE(victims->showingVictim());
    CHECK(victims->victimPage()->victimId() == w.overdue);
    RecordDialog* dialog = victims->victimPage()->lastDialog();
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "victimCode")->text() == QStringLiteral("RV-T-OVER"));
    QTest::keyClicks(child<OptionalDateEdit>(dialog, "date"), QStringLiteral("15.01.2026"));
    auto* kind = child<CodeComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("visit")));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();

    CHECK(window.badge(MainWindow::Today) == 0);
    REQUIRE(window.showModule(MainWindow::Today));
    CHECK(codes(*page, DueListModel::OverdueGroup).isEmpty());
    CHECK(codes(*page, DueListModel::TodayGroup) == QStringList{QStringLiteral("RV-T-TODAY")});

    // The visible button opens the record too.
    clickLine(*page, DueListModel::WeekGroup, 0);
    QTest::mouseClick(child<QPushButton>(page, "open"), Qt::LeftButton);
    CHECK(window.currentModule() == MainWindow::Victims);
    CHECK(victims->victimPage()->victimId() == w.week);
    if (RecordDialog* d = victims->victimPage()->lastDialog())
        d->reject();
    settle();
}

TEST_CASE("coordinators filter by case worker, national ones by centre, operators see their centre only",
          "[gui][today]")
{
    WorkList w;
    auto mihai = openAs(w.s, QStringLiteral("mihai"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    addCase(*mihai, "RV-T-MIHAI", QDate(2026, 1, 10));
    {
        // The CR-CJ operator: their one line, nothing of CR-BV.
        TodayPage page(*w.cj);
        page.activate();
        CHECK(allCodes(page) == QStringList{QStringLiteral("RV-T-CJ")});
        CHECK(page.overdueCount() == 1);
        // Choosing "everyone" still shows only the own centre.
        page.workerFilter()->setCurrentIndex(0);
        CHECK(allCodes(page) == QStringList{QStringLiteral("RV-T-CJ")});
    }
    {
        // A CR-BV operator choosing "everyone" sees the colleague's case, never CR-CJ's.
        TodayPage page(*w.bv);
        page.activate();
        page.workerFilter()->setCurrentIndex(0);
        CHECK(codes(page, DueListModel::OverdueGroup)
              == QStringList{QStringLiteral("RV-T-MIHAI"), QStringLiteral("RV-T-OVER")});
        CHECK(page.overdueCount() == 1); // the badge counts their own
    }
    auto coordinator = openAs(w.s, QStringLiteral("elena"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    {
        TodayPage page(*coordinator);
        page.show();
        page.activate();
        CHECK_FALSE(page.centerFilter()->isVisible());
        CHECK(codes(page, DueListModel::OverdueGroup)
              == QStringList{QStringLiteral("RV-T-MIHAI"), QStringLiteral("RV-T-OVER")});
        CHECK(page.overdueCount() == 2);
        CHECK_FALSE(page.view()->isColumnHidden(DueListModel::WorkerColumn));
        QComboBox* worker = page.workerFilter();
        const int index = worker->findData(QStringLiteral("mihai"));
        REQUIRE(index > 0);
        worker->setCurrentIndex(index);
        CHECK(allCodes(page) == QStringList{QStringLiteral("RV-T-MIHAI")});
    }
    {
        // The national coordinator (the store's administrator): every centre, a centre filter.
        TodayPage page(w.s.store());
        page.show();
        page.activate();
        REQUIRE(page.centerFilter()->isVisible());
        CHECK(codes(page, DueListModel::OverdueGroup)
              == QStringList{QStringLiteral("RV-T-MIHAI"), QStringLiteral("RV-T-CJ"), QStringLiteral("RV-T-OVER")});
        page.centerFilter()->setCurrentIndex(page.centerFilter()->findData(QStringLiteral("CR-CJ")));
        CHECK(allCodes(page) == QStringList{QStringLiteral("RV-T-CJ")});
        CHECK(page.overdueCount() == 3); // the badge: the whole scope
    }
}

TEST_CASE("a user without case work has no work list", "[gui][today]")
{
    TempStore s;
    auto analyst = openAs(s, QStringLiteral("radu"), {QStringLiteral("analyst")}, QStringLiteral("CR-BV"));
    MainWindow window(*analyst);
    window.setBackupOnExit(false);
    CHECK_FALSE(window.hasModule(MainWindow::Today));
    CHECK(window.module(MainWindow::Today) == nullptr);
    CHECK(window.currentModule() == MainWindow::Home);
}

TEST_CASE("a hearing date typed in the proceedings form is saved and reminded of", "[gui][today]")
{
    WorkList w;
    VictimsModule module(*w.bv);
    module.resize(1200, 800);
    module.show();
    module.openVictim(w.later);
    QTest::mouseClick(child<QPushButton>(module.victimPage(), "addJudicial"), Qt::LeftButton);
    RecordDialog* dialog = module.victimPage()->lastDialog();
    REQUIRE(dialog);
    QTest::keyClicks(child<OptionalDateEdit>(dialog, "date"), QStringLiteral("05.01.2026"));
    QTest::keyClicks(child<QLineEdit>(dialog, "caseRef"), QStringLiteral("12/P/2026"));
    for (const char* name : {"body", "stage", "role", "support"}) {
        auto* box = child<CodeComboBox>(dialog, name);
        box->setCurrentIndex(1);
    }
    QTest::keyClicks(child<OptionalDateEdit>(dialog, "hearingDate"), QStringLiteral("20.01.2026"));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    auto stored
        = w.bv->db().queryText(QStringLiteral("SELECT hearing_date FROM judicial WHERE victim_id = %1").arg(w.later));
    REQUIRE(stored);
    CHECK(*stored == QStringLiteral("2026-01-20"));

    TodayPage page(*w.bv);
    page.activate();
    QStringList hearings;
    for (int r = 0; r < page.model()->rowCount(page.model()->groupIndex(DueListModel::WeekGroup)); ++r) {
        const QModelIndex i = page.model()->index(r, 0, page.model()->groupIndex(DueListModel::WeekGroup));
        if (page.model()->itemAt(i)->kind == QLatin1String("hearing"))
            hearings << i.data().toString();
    }
    CHECK(hearings == QStringList{QStringLiteral("RV-T-LATER")});
}

TEST_CASE("a window opened on Home builds no work list first", "[gui][today]")
{
    WorkList w;
    {
        // The start module of a case worker with records is the work list, built with the window.
        MainWindow window(*w.bv);
        window.setBackupOnExit(false);
        CHECK(window.currentModule() == MainWindow::Today);
        CHECK(window.findChild<TodayPage*>() != nullptr);
    }
    MainWindow window(*w.bv, MainWindow::Home);
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    CHECK(window.currentModule() == MainWindow::Home);
    CHECK(window.findChild<TodayPage*>() == nullptr);
    // The work list is still there, built when the user goes to it.
    REQUIRE(window.showModule(MainWindow::Today));
    CHECK(window.findChild<TodayPage*>() != nullptr);
}
