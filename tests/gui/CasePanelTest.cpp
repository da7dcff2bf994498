// The victim's case in the window (issue 10 §1): closed as referred, given to another case worker and
// reopened from the victim's page — each change stored through CaseRepository and in the audit trail —
// and the case worker's button disabled for an operator, who may not reassign (decisions.md C3).
#include "gui/victims/CasePanel.h"

#include "gui/GuiTestSupport.h"
#include "gui/common/Labels.h"
#include "gui/victims/AssignWorkerDialog.h"
#include "gui/victims/CloseCaseDialog.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/CaseRepository.h"
#include "storage/repositories/VictimRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordId addVictim(Store& store, const QString& code)
{
    Victim v;
    v.code = code;
    v.center = QStringLiteral("CR-BV");
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto id = VictimRepository(store).add(v, {});
    REQUIRE(id);
    return *id;
}

VictimCase stored(Store& store, RecordId victim)
{
    auto c = CaseRepository(store).forVictim(victim);
    REQUIRE(c);
    return *c;
}

} // namespace

TEST_CASE("a case is closed as referred, reassigned and reopened from the victim's page", "[gui][victims][cases]")
{
    TempStore s;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    auto coord = openAs(s, QStringLiteral("maria"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    const RecordId id = addVictim(*op, QStringLiteral("RV-CASE-1"));
    REQUIRE(stored(*coord, id).workerName == QStringLiteral("ioana"));

    VictimsModule module(*coord);
    module.resize(1280, 800);
    module.show();
    module.openVictim(id);
    CasePanel* panel = module.victimPage()->casePanel();
    REQUIRE(panel->isVisible());
    CHECK(child<QLabel>(panel, "caseStatus")->text()
          == Labels::code(QStringLiteral("case_status"), QStringLiteral("active")));
    CHECK(child<QLabel>(panel, "caseWorker")->text() == QStringLiteral("ioana"));

    // Close: the date typed, the reason "referred", which needs the institution.
    auto* close = child<QPushButton>(panel, "closeCase");
    REQUIRE(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    auto* dialog = qobject_cast<CloseCaseDialog*>(panel->lastDialog());
    REQUIRE(dialog);
    auto* date = child<OptionalDateEdit>(dialog, "closedOn");
    date->clear();
    QTest::keyClicks(date, QStringLiteral("12.01.2026"));
    auto* reason = child<CodeComboBox>(dialog, "closingReason");
    CHECK_FALSE(dialog->closeButton()->isEnabled()); // no reason yet
    reason->setCurrentIndex(reason->findData(QStringLiteral("referred")));
    CHECK_FALSE(dialog->closeButton()->isEnabled()); // referred: to which institution?
    QTest::keyClicks(child<QLineEdit>(dialog, "referredTo"), QStringLiteral("DGASPC Sector 9"));
    CHECK_FALSE(dialog->closeButton()->isEnabled()); // 12.01 is before the case was opened (15.01)
    date->clear();
    QTest::keyClicks(date, QStringLiteral("15.01.2026"));
    REQUIRE(dialog->closeButton()->isEnabled());
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    settle();

    VictimCase c = stored(*coord, id);
    CHECK(c.status == QStringLiteral("closed_referred"));
    CHECK(c.closedOn == QDate(2026, 1, 15));
    CHECK(c.closingReason == QStringLiteral("referred"));
    CHECK(c.referredTo == QStringLiteral("DGASPC Sector 9"));
    CHECK(child<QLabel>(panel, "caseStatus")->text()
          == Labels::code(QStringLiteral("case_status"), QStringLiteral("closed_referred")));
    CHECK(child<QLabel>(panel, "caseClosed")->text().contains(QStringLiteral("DGASPC Sector 9")));
    CHECK(child<QPushButton>(panel, "reopenCase")->isVisible());
    CHECK_FALSE(close->isVisible());

    // Reassign: the coordinator gives the case to herself, chosen from the centre's users.
    auto* assign = child<QPushButton>(panel, "assignWorker");
    REQUIRE(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    auto* assignDialog = qobject_cast<AssignWorkerDialog*>(panel->lastDialog());
    REQUIRE(assignDialog);
    QComboBox* workers = assignDialog->workerBox();
    CHECK(workers->findText(QStringLiteral("ioana")) >= 0);
    const int maria = workers->findText(QStringLiteral("maria"));
    REQUIRE(maria >= 0);
    workers->setCurrentIndex(maria);
    QTest::mouseClick(assignDialog->assignButton(), Qt::LeftButton);
    settle();
    CHECK(stored(*coord, id).workerName == QStringLiteral("maria"));
    CHECK(child<QLabel>(panel, "caseWorker")->text() == QStringLiteral("maria"));

    // Reopen: active again, the closing cleared (the trail keeps it).
    QTest::mouseClick(child<QPushButton>(panel, "reopenCase"), Qt::LeftButton);
    settle();
    c = stored(*coord, id);
    CHECK(c.status == QStringLiteral("active"));
    CHECK_FALSE(c.closedOn.isValid());
    CHECK(c.closingReason.isEmpty());

    auto trail = s->audit().list(AuditFilter::forRecord(QStringLiteral("RV-CASE-1")));
    REQUIRE(trail);
    QStringList changes;
    for (const AuditEntry& e : *trail)
        if (e.recordType == QLatin1String("victim_case"))
            changes << e.userName + QLatin1Char(' ') + e.detail;
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].startsWith(QStringLiteral("maria ")));
    CHECK(changes[0].contains(QStringLiteral("\"closing_reason\":\"changed\"")));
    CHECK(changes[1].contains(QStringLiteral("\"worker\":\"changed\"")));
    CHECK(changes[2].contains(QStringLiteral("\"status\":\"changed\"")));
}

TEST_CASE("an operator changes the case's state but not its case worker", "[gui][victims][cases]")
{
    TempStore s;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    const RecordId id = addVictim(*op, QStringLiteral("RV-CASE-2"));

    VictimsModule module(*op);
    module.resize(1280, 800);
    module.show();
    module.openVictim(id);
    CasePanel* panel = module.victimPage()->casePanel();
    REQUIRE(panel->isVisible());
    auto* assign = child<QPushButton>(panel, "assignWorker");
    CHECK_FALSE(assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);
    CHECK(panel->lastDialog() == nullptr);
    CHECK(child<QLabel>(panel, "caseNote")->isVisible());

    // The state is hers to change: follow-up, stored.
    auto* followUp = child<QPushButton>(panel, "followUp");
    REQUIRE(followUp->isEnabled());
    QTest::mouseClick(followUp, Qt::LeftButton);
    settle();
    CHECK(stored(*op, id).status == QStringLiteral("follow_up"));
    CHECK(stored(*op, id).workerName == QStringLiteral("ioana"));
}
