// The Duplicates dialog and the merge wizard (issue 10 §5, decisions C7): a coordinator clicks
// through the wizard and the store holds the merge; the victim page of the absorbed code says so and
// unmerges; an operator has no Duplicates button. The pictures of the user guides
// (docs/screenshots/*-24-duplicates.png, *-24-merge-wizard.png) are written where
// REPER_SCREENSHOT_DIR says (`REPER_SCREENSHOT_DIR=docs/screenshots build/tests/gui/gui_tests "[merge]"`).
#include "gui/victims/MergeWizard.h"

#include "gui/GuiTestSupport.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/lists/RecordListPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/victims/DuplicatesDialog.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "storage/duplicates/VictimMerger.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordId person(Store& store, const char* code, const QString& last, const QString& first, const QDate& notified)
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = store.user().center;
    v.sex = QStringLiteral("F");
    v.birthDate = QDate(1990, 2, 2);
    v.citizenship = QStringLiteral("RO");
    v.county = QStringLiteral("BV");
    VictimIdentity who;
    who.lastName = last;
    who.firstName = first;
    auto id = VictimRepository(store).add(v, who);
    REQUIRE(id);
    Identification i;
    i.victimId = *id;
    i.center = v.center;
    i.notificationDate = notified;
    i.identificationDate = notified;
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("internal");
    i.exploitation = {QStringLiteral("sexual")};
    i.primaryExploitation = QStringLiteral("sexual");
    REQUIRE(RecordEditor(store).save(i).ok());
    return *id;
}

qint64 identified(Store& store)
{
    auto f = FiguresRepository(store).compute(2025, QStringLiteral("CR-BV"));
    REQUIRE(f);
    return f->victimsIdentified;
}

struct LanguageBack
{
    ~LanguageBack() { UiLanguage::install(Language::English); }
};

} // namespace

TEST_CASE("the merge wizard joins a pair, the victim page unmerges it", "[gui][merge]")
{
    TempStore s;
    auto elena = openAs(s, QStringLiteral("elena"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    const RecordId first
        = person(*elena, "RV-2025-0101", QStringLiteral("Ionescu"), QStringLiteral("Maria"), QDate(2025, 3, 4));
    person(*elena, "RV-2025-0187", QStringLiteral("Maria"), QStringLiteral("Ionescu"), QDate(2025, 9, 12));
    REQUIRE(identified(*elena) == 2);

    MainWindow window(*elena);
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.showModule(MainWindow::Victims));
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    REQUIRE(victims);
    REQUIRE(victims->duplicatesButton());
    QTest::mouseClick(victims->duplicatesButton(), Qt::LeftButton);
    settle();
    auto* dialog = visibleDialog<DuplicatesDialog>();
    REQUIRE(dialog);
    REQUIRE(dialog->table()->rowCount() == 1);
    CHECK(dialog->table()->item(0, 2)->text() == QStringLiteral("RV-2025-0101"));
    CHECK(dialog->table()->item(0, 4)->text() == QStringLiteral("RV-2025-0187"));
    REQUIRE(dialog->mergeButton()->isEnabled());
    QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    settle();
    auto* wizard = visibleDialog<MergeWizard>();
    REQUIRE(wizard);
    CHECK(wizard->currentId() == MergeWizard::ComparePage);
    wizard->next();
    settle();
    REQUIRE(wizard->currentId() == MergeWizard::ChoosePage);
    REQUIRE(wizard->keepSecond()->isVisible());
    QTest::mouseClick(wizard->keepSecond(), Qt::LeftButton, {}, QPoint(6, wizard->keepSecond()->height() / 2));
    CHECK(wizard->keepSecond()->isChecked());
    wizard->next();
    REQUIRE(wizard->currentId() == MergeWizard::ConfirmPage);
    CHECK(child<QLabel>(wizard, "summary")->text().contains(QStringLiteral("RV-2025-0101")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    settle();

    // In the store: RV-2025-0101 absorbed by RV-2025-0187, counted once; no pair left.
    auto merge = VictimMerger(*elena).mergeOf(QStringLiteral("RV-2025-0101"));
    REQUIRE(merge);
    REQUIRE(*merge);
    CHECK((*merge)->keptCode == QStringLiteral("RV-2025-0187"));
    CHECK((*merge)->absorbedCode == QStringLiteral("RV-2025-0101"));
    CHECK(identified(*elena) == 1);
    CHECK(dialog->table()->rowCount() == 0);
    dialog->close();
    settle();

    // The absorbed victim's page says so and unmerges.
    victims->openVictim(first);
    VictimPage* page = victims->victimPage();
    CHECK(page->mergeNote()->isVisible());
    CHECK(page->mergeNote()->text().contains(QStringLiteral("RV-2025-0187")));
    REQUIRE(page->unmergeButton()->isVisible());
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    QTest::mouseClick(page->unmergeButton(), Qt::LeftButton);
    settle();
    auto none = VictimMerger(*elena).mergeOf(QStringLiteral("RV-2025-0101"));
    REQUIRE(none);
    CHECK_FALSE(*none);
    CHECK(identified(*elena) == 2);
    CHECK_FALSE(page->unmergeButton()->isVisible());
}

TEST_CASE("an operator has no Duplicates button", "[gui][merge]")
{
    TempStore s;
    auto ioana = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    MainWindow window(*ioana);
    window.setBackupOnExit(false);
    window.show();
    REQUIRE(window.showModule(MainWindow::Victims));
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    REQUIRE(victims);
    CHECK(victims->duplicatesButton() == nullptr);
}

TEST_CASE("the duplicates and the merge wizard of the user guide", "[gui][merge][screenshot]")
{
    TempStore s;
    auto elena = openAs(s, QStringLiteral("elena"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    person(*elena, "RV-2025-0101", QStringLiteral("Ionescu"), QStringLiteral("Maria"), QDate(2025, 3, 4));
    person(*elena, "RV-2025-0187", QStringLiteral("Maria"), QStringLiteral("Ionescu"), QDate(2025, 9, 12));
    const LanguageBack back;
    for (const auto& [language, prefix] : {std::pair{Language::Romanian, "ro"}, std::pair{Language::English, "en"}}) {
        INFO(prefix);
        UiLanguage::install(language);
        DuplicatesDialog dialog(*elena);
        dialog.show();
        settle();
        REQUIRE(dialog.table()->rowCount() == 1);
        saveForGuide(dialog, prefix, "24-duplicates");
        MergeWizard* wizard = dialog.openWizard();
        REQUIRE(wizard);
        wizard->show();
        settle();
        saveForGuide(*wizard, prefix, "24-merge-compare");
        wizard->next();
        settle();
        saveForGuide(*wizard, prefix, "24-merge-wizard");
        wizard->reject();
        settle();
    }
}
