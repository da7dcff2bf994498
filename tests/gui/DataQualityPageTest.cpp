// The data-quality page (issue 10 §6): the year closing's checks as a live list, within the
// coordinator's scope; a line opened with Enter, the record corrected and saved through its dialog,
// and the line gone from the list checked again in the background.
#include "gui/quality/DataQualityPage.h"

#include "gui/GuiTestSupport.h"
#include "gui/forms/RecordDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/widgets/LookupComboBox.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// A victim with an identification of 2026 that names no country of exploitation (a warning of the
// year closing's check).
RecordId identificationWithoutCountry(Store& store, const QString& code)
{
    Victim v;
    v.code = code;
    v.center = store.user().center;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto victim = VictimRepository(store).add(v, {});
    REQUIRE(victim);
    Identification i;
    i.victimId = *victim;
    i.center = v.center;
    i.notificationDate = QDate(2026, 1, 5);
    i.identificationDate = QDate(2026, 1, 6);
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("international");
    i.exploitation = {QStringLiteral("labour")};
    i.primaryExploitation = QStringLiteral("labour");
    auto saved = RecordEditor(store).save(i);
    REQUIRE(saved);
    return *saved;
}

int rowOf(DataQualityPage& page, const QString& code)
{
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->item(r, DataQualityPage::VictimColumn)->text() == code)
            return r;
    return -1;
}

} // namespace

TEST_CASE("a finding of the data-quality page is corrected through its record and leaves the list", "[gui][quality]")
{
    TempStore s;
    auto coord = openAs(s, QStringLiteral("maria"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    auto cj = openAs(s, QStringLiteral("dan"), {QStringLiteral("operator")}, QStringLiteral("CR-CJ"));
    const RecordId id = identificationWithoutCountry(*coord, QStringLiteral("RV-DQ-BV"));
    identificationWithoutCountry(*cj, QStringLiteral("RV-DQ-CJ"));

    DataQualityPage page(*coord);
    page.resize(1100, 600);
    page.show();
    page.activate();
    REQUIRE(page.runningJob());
    REQUIRE(waitFor(page.runningJob()));
    settle();
    CHECK(page.year() == 2026);
    const int row = rowOf(page, QStringLiteral("RV-DQ-BV"));
    REQUIRE(row >= 0);
    CHECK(page.model()->item(row, DataQualityPage::ProblemColumn)->text().contains(QStringLiteral("country")));
    CHECK(page.model()->item(row, DataQualityPage::RecordColumn)->text().contains(QString::number(id)));
    // Another centre's records are not the coordinator's to see.
    CHECK(rowOf(page, QStringLiteral("RV-DQ-CJ")) < 0);

    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(row, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    RecordDialog* dialog = page.lastDialog();
    REQUIRE(dialog);
    auto* country = child<LookupComboBox>(dialog, "exploitationCountry");
    QTest::keyClicks(country->lineEdit(), QStringLiteral("Italy"));
    REQUIRE(country->code() == QStringLiteral("IT"));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    auto stored = RecordEditor(*coord).load<Identification>(id);
    REQUIRE(stored);
    CHECK(stored->exploitationCountry == QStringLiteral("IT"));

    // Checked again after the save: the line is gone once that check has ended. The save starts the
    // check, which may end before the test looks at it (a small store, a free core): so the test
    // waits for its result, the line gone with no check running, not for the job itself.
    REQUIRE(waitUntil([&] { return !page.runningJob() && rowOf(page, QStringLiteral("RV-DQ-BV")) < 0; }));
    settle();
    CHECK(rowOf(page, QStringLiteral("RV-DQ-BV")) < 0);
    CHECK(rowOf(page, QStringLiteral("RV-DQ-CJ")) < 0);
}

TEST_CASE("the data-quality page is in the side bar of coordinators only", "[gui][quality]")
{
    TempStore s;
    auto coord = openAs(s, QStringLiteral("maria"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    MainWindow coordinator(*coord);
    coordinator.setBackupOnExit(false);
    CHECK(coordinator.hasModule(MainWindow::Quality));
    MainWindow operatorWindow(*op);
    operatorWindow.setBackupOnExit(false);
    CHECK_FALSE(operatorWindow.hasModule(MainWindow::Quality));
    CHECK(operatorWindow.hasModule(MainWindow::Victims));
}
