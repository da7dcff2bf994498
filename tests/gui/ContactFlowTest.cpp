// A monitoring contact through the window (issue 10 §2): from the victim's page, typed and saved,
// then on the timeline and in the list of its own; the victim's case was opened with its case worker.
#include "gui/GuiTestSupport.h"
#include "gui/forms/RecordDialog.h"
#include "gui/lists/ListModule.h"
#include "gui/lists/RecordListPage.h"
#include "gui/models/RecordListModel.h"
#include "gui/models/TimelineModel.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/cases/CaseRepository.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("a monitoring contact is recorded from the victim's page", "[gui][victims][contacts]")
{
    TempStore s;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    Victim v;
    v.code = QStringLiteral("RV-MON-1");
    v.center = QStringLiteral("CR-BV");
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto id = VictimRepository(*op).add(v, {});
    REQUIRE(id);
    auto opened = CaseRepository(*op).forVictim(*id);
    REQUIRE(opened);
    CHECK(opened->workerName == QStringLiteral("ioana"));

    VictimsModule module(*op);
    module.resize(1200, 800);
    module.show();
    module.openVictim(*id);
    VictimPage* page = module.victimPage();
    auto* add = child<QPushButton>(page, "addContact");
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    RecordDialog* dialog = page->lastDialog();
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "victimCode")->text() == QStringLiteral("RV-MON-1"));
    CHECK_FALSE(dialog->saveButton()->isEnabled()); // date and kind still missing
    QTest::keyClicks(child<OptionalDateEdit>(dialog, "date"), QStringLiteral("10.01.2026"));
    auto* kind = child<CodeComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("family")));
    QTest::keyClicks(child<QLineEdit>(dialog, "withWhom"), QStringLiteral("mama"));
    QTest::keyClicks(child<QLineEdit>(dialog, "outcome"), QStringLiteral("se descurca bine"));
    // A next contact before the contact itself is refused until corrected.
    QTest::keyClicks(child<OptionalDateEdit>(dialog, "nextDate"), QStringLiteral("09.01.2026"));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    auto* next = child<OptionalDateEdit>(dialog, "nextDate");
    next->clear();
    QTest::keyClicks(next, QStringLiteral("10.02.2026"));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();

    REQUIRE(page->timeline()->rowCount() == 1);
    const TimelineEntry* entry = page->timeline()->entryAt(0);
    REQUIRE(entry->kind == TimelineEntry::Kind::MonitoringContact);
    auto saved = RecordEditor(*op).load<MonitoringContact>(entry->id);
    REQUIRE(saved);
    CHECK(saved->date == QDate(2026, 1, 10));
    CHECK(saved->kind == QStringLiteral("family"));
    CHECK(saved->withWhom == QStringLiteral("mama"));
    CHECK(saved->outcome == QStringLiteral("se descurca bine"));
    CHECK(saved->nextDate == QDate(2026, 2, 10));
    CHECK(saved->center == QStringLiteral("CR-BV"));

    // The list of its own, beside the assistance.
    ListModule list(*op, {ListKind::Assistance, ListKind::MonitoringContacts});
    list.show();
    RecordListPage* contacts = list.page(ListKind::MonitoringContacts);
    REQUIRE(contacts);
    contacts->refresh();
    settle();
    CHECK(contacts->model()->rowOf(entry->id) >= 0);
}
