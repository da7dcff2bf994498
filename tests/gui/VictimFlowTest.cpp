// Registering a victim through the window: the victim's page, then the identification dialog that
// opens by itself, then an assistance record from the timeline; the identity section for the user
// who may see it, and not for the one who may not.
#include "gui/GuiTestSupport.h"
#include "gui/forms/RecordDialog.h"
#include "gui/lists/RecordListPage.h"
#include "gui/models/TimelineModel.h"
#include "gui/victims/IdentityForm.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/ExploitationPicker.h"
#include "gui/widgets/LookupComboBox.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void choose(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

void click(QPushButton* b)
{
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

TEST_CASE("a new victim is registered with an identification and an assistance record", "[gui][victims]")
{
    TempStore s;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    VictimsModule module(*op);
    module.resize(1200, 800);
    module.show();
    module.newRecord();
    REQUIRE(module.showingVictim());
    VictimPage* page = module.victimPage();
    auto* save = child<QPushButton>(page, "saveButton");
    CHECK_FALSE(save->isEnabled()); // sex is still missing

    auto* code = child<QLineEdit>(page, "code");
    CHECK(code->text().startsWith(QStringLiteral("V-"))); // an opaque code is proposed
    code->setText(QStringLiteral("RV-GUI-1"));
    CHECK(child<CodeComboBox>(page, "center")->code() == QStringLiteral("CR-BV"));
    choose(child<CodeComboBox>(page, "sex"), QStringLiteral("F"));
    child<OptionalDateEdit>(page, "birthDate")->setValue(QDate(2004, 3, 2));
    auto* county = child<LookupComboBox>(page, "county");
    QTest::keyClicks(county->lineEdit(), QStringLiteral("brasov"));
    CHECK(county->code() == QStringLiteral("BV"));
    // The identity has its own section, shown to this operator of the victim's centre.
    CHECK(child<QGroupBox>(page, "identityGroup")->isVisible());
    QTest::keyClicks(child<QLineEdit>(page, "lastName"), QStringLiteral("Popescu"));
    QTest::keyClicks(child<QLineEdit>(page, "firstName"), QStringLiteral("Maria"));
    click(save);

    // The identification dialog opens by itself for a new victim.
    RecordDialog* identification = page->lastDialog();
    REQUIRE(identification);
    REQUIRE(identification->isVisible());
    CHECK_FALSE(identification->saveButton()->isEnabled());
    CHECK(child<QLineEdit>(identification, "victimCode")->text() == QStringLiteral("RV-GUI-1"));
    child<OptionalDateEdit>(identification, "notificationDate")->setValue(QDate(2025, 6, 1));
    choose(child<CodeComboBox>(identification, "mnirStatus"), QStringLiteral("identified"));
    choose(child<CodeComboBox>(identification, "scope"), QStringLiteral("international"));
    auto* forms = child<ExploitationPicker>(identification, "exploitation");
    QTest::mouseClick(forms->checkBox(QStringLiteral("labour")), Qt::LeftButton);
    QTest::mouseClick(forms->checkBox(QStringLiteral("sexual")), Qt::LeftButton);
    CHECK(forms->primary() == QStringLiteral("labour")); // the first chosen is primary
    QTest::mouseClick(forms->primaryButton(QStringLiteral("sexual")), Qt::LeftButton);
    CHECK(forms->primary() == QStringLiteral("sexual"));
    click(identification->saveButton());
    settle();
    CHECK(page->timeline()->rowCount() == 1);

    click(child<QPushButton>(page, "addAssistance"));
    RecordDialog* assistance = page->lastDialog();
    REQUIRE(assistance);
    REQUIRE(assistance != identification);
    choose(child<CodeComboBox>(assistance, "service"), QStringLiteral("shelter"));
    choose(child<CodeComboBox>(assistance, "provider"), QStringLiteral("anitp"));
    child<OptionalDateEdit>(assistance, "startDate")->setValue(QDate(2025, 6, 2));
    click(assistance->saveButton());
    settle();
    CHECK(page->timeline()->rowCount() == 2);

    // In the store: the person, the identity apart, the identification with both forms, the assistance.
    auto id = VictimEditor(*op).idByCode(QStringLiteral("RV-GUI-1"));
    REQUIRE(id);
    REQUIRE(id->has_value());
    auto file = VictimEditor(*op).load(**id);
    REQUIRE(file);
    CHECK(file->victim.sex == QStringLiteral("F"));
    CHECK(file->victim.birthYear == 2004);
    CHECK(file->victim.county == QStringLiteral("BV"));
    auto identity = VictimRepository(*op).openIdentity(**id);
    REQUIRE(identity);
    CHECK(identity->lastName == QStringLiteral("Popescu"));
    auto entries = VictimEditor(*op).timeline(**id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    const TimelineEntry& ident
        = entries->at(0).kind == TimelineEntry::Kind::Identification ? entries->at(0) : entries->at(1);
    auto loaded = RecordEditor(*op).load<Identification>(ident.id);
    REQUIRE(loaded);
    CHECK(loaded->primaryExploitation == QStringLiteral("sexual"));
    CHECK(loaded->exploitation.size() == 2);
    // The list shows the new victim.
    module.showList();
    CHECK(module.list()->model()->rowOf(**id) >= 0);
}

TEST_CASE("the identity section is hidden from a user who may not see it", "[gui][victims]")
{
    TempStore s;
    importSmall(s.store());
    VictimsModule module(s.store()); // the national administrator: no identity
    module.resize(1200, 800);
    module.show();
    auto id = VictimEditor(s.store()).idByCode(QStringLiteral("RV-T00001"));
    REQUIRE(id);
    module.openVictim(**id);
    REQUIRE(module.showingVictim());
    CHECK_FALSE(child<QGroupBox>(module.victimPage(), "identityGroup")->isVisible());

    // The CR-BV operator sees the section, closed until asked: opening it shows the stored names.
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    VictimsModule own(*op);
    own.resize(1200, 800);
    own.show();
    own.openVictim(**id);
    auto* group = child<QGroupBox>(own.victimPage(), "identityGroup");
    CHECK(group->isVisible());
    auto* lastName = child<QLineEdit>(own.victimPage(), "lastName");
    CHECK_FALSE(lastName->isVisible());
    click(child<QPushButton>(own.victimPage(), "openButton"));
    CHECK(lastName->isVisible());
    CHECK(lastName->text() == QStringLiteral("Testescu"));
}
