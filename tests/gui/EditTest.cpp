// Correcting records through the window: open from the list with Enter, change, save; delete with
// the confirmation answered no and yes; invalid input keeps Save disabled and says why beside the
// field (RecordValidator's words, as for the import); unsaved changes are asked about before a
// dialog or the victim's page closes.
#include "gui/GuiTestSupport.h"
#include "gui/common/MessageBox.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordForm.h"
#include "gui/forms/SaveConflict.h"
#include "gui/lists/ListModule.h"
#include "gui/lists/RecordListPage.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/CountEdit.h"
#include "gui/widgets/FieldHints.h"
#include "gui/widgets/LookupComboBox.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "support/TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordDialog* openRow(ListModule& module, ListKind kind, int row)
{
    RecordListPage* page = module.page(kind);
    page->table()->setFocus();
    page->table()->selectRow(row);
    QTest::keyClick(page->table(), Qt::Key_Return);
    return module.lastDialog();
}

} // namespace

TEST_CASE("an assistance record is opened with Enter, corrected and saved", "[gui][edit]")
{
    TempStore s;
    importSmall(s.store());
    ListModule module(s.store(), {ListKind::Assistance});
    module.show();
    RecordListPage* page = module.page(ListKind::Assistance);
    const RecordId id = page->model()->idAt(0);
    RecordDialog* dialog = openRow(module, ListKind::Assistance, 0);
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto* provider = child<CodeComboBox>(dialog, "provider");
    provider->setCurrentIndex(provider->findData(QStringLiteral("public_shelter")));
    CHECK(dialog->form()->isModified());
    QApplication::setActiveWindow(dialog); // as when the user types in it
    QTest::keyClick(provider, Qt::Key_S, Qt::ControlModifier); // Ctrl+S
    settle();
    CHECK(module.lastDialog() == nullptr); // closed and deleted: `dialog` dangles from here on
    auto stored = RecordEditor(s.store()).load<Assistance>(id);
    REQUIRE(stored);
    CHECK(stored->provider == QStringLiteral("public_shelter"));
    CHECK(stored->stamp.updatedBy == QStringLiteral("admin"));
    // The list shows the change and keeps the record selected.
    CHECK(page->selectedId() == id);
}

TEST_CASE("a record is deleted only after the confirmation", "[gui][edit]")
{
    TempStore s;
    importSmall(s.store());
    ListModule module(s.store(), {ListKind::Protocols});
    module.show();
    RecordListPage* page = module.page(ListKind::Protocols);
    const int before = page->model()->rowCount();
    page->table()->selectRow(0);
    MessageBox::queueAnswer(MessageBox::Answer::Reject);
    page->deleteSelected();
    CHECK(page->model()->rowCount() == before);
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    page->deleteSelected();
    CHECK(page->model()->rowCount() == before - 1);
    CHECK(page->model()->totalCount() == before - 1);

    // From a record's own dialog too.
    RecordDialog* dialog = openRow(module, ListKind::Protocols, 0);
    REQUIRE(dialog);
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    settle();
    CHECK(page->model()->rowCount() == before - 2);
}

TEST_CASE("invalid input keeps Save disabled and the message is shown beside the field", "[gui][edit]")
{
    TempStore s;
    importSmall(s.store());
    ListModule module(s.store(), {ListKind::Assistance});
    module.show();
    RecordDialog* dialog = openRow(module, ListKind::Assistance, 0);
    REQUIRE(dialog);
    CHECK(dialog->saveButton()->isEnabled());
    auto* start = child<OptionalDateEdit>(dialog, "startDate");
    auto* end = child<OptionalDateEdit>(dialog, "endDate");
    start->setValue(QDate(2024, 5, 10));
    end->setValue(QDate(2024, 5, 1));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    QLabel* hint = dialog->form()->hints().hint(QStringLiteral("end_date"));
    REQUIRE(hint);
    CHECK(hint->isVisibleTo(dialog));
    CHECK(hint->text() == QStringLiteral("ends 9 days before it starts"));
    CHECK(dialog->banner()->text().contains(QStringLiteral("End date")));
    CHECK_FALSE(dialog->save()); // Ctrl+S does nothing either
    // Corrected: the message goes, Save comes back.
    end->setValue(QDate(2024, 6, 1));
    CHECK(dialog->saveButton()->isEnabled());
    CHECK_FALSE(hint->isVisibleTo(dialog));

    // A CNP with a wrong check digit on the victim's page (an operator of the centre).
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    VictimsModule victims(*op);
    victims.resize(1200, 800);
    victims.show();
    victims.newRecord();
    VictimPage* page = victims.victimPage();
    auto* sex = child<CodeComboBox>(page, "sex");
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    auto* save = child<QPushButton>(page, "saveButton");
    CHECK(save->isEnabled());
    auto* cnp = child<QLineEdit>(page, "cnp");
    QTest::keyClicks(cnp, QStringLiteral("1800101080011"));
    CHECK_FALSE(save->isEnabled());
    QLabel* cnpHint = page->findChild<QLabel*>(QStringLiteral("cnpHint"));
    REQUIRE(cnpHint);
    CHECK(cnpHint->isVisibleTo(page));
    CHECK(cnpHint->text().contains(QStringLiteral("check digit")));
    CHECK(page->hasUnsavedChanges());
}

TEST_CASE("a new team meeting is checked by RecordValidator, as the import checks it", "[gui][edit]")
{
    TempStore s;
    ListModule module(s.store(), {ListKind::TeamMeetings});
    module.show();
    module.newRecord();
    RecordDialog* dialog = module.lastDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    // The national administrator has no centre of their own: centre, date and county are missing,
    // named as the validator names them (interchange.md's required columns).
    const FieldProblems problems = dialog->form()->problems();
    QStringList fields;
    for (const FieldProblem& p : problems)
        fields << p.field;
    CHECK(fields == QStringList{QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("county")});
    CHECK(dialog->banner()->text().startsWith(QStringLiteral("Still to fill in: ")));

    // A county typed that is not in the list is said once, as such, not also as missing.
    auto* county = child<LookupComboBox>(dialog, "county");
    QTest::keyClicks(county->lineEdit(), QStringLiteral("Atlantis"));
    QLabel* countyHint = dialog->form()->hints().hint(QStringLiteral("county"));
    REQUIRE(countyHint);
    CHECK(countyHint->isVisibleTo(dialog));
    CHECK(countyHint->text() == QStringLiteral("'Atlantis' is not in the list"));
    CHECK(dialog->banner()->text().contains(QStringLiteral("Check: ")));

    county->lineEdit()->clear();
    QTest::keyClicks(county->lineEdit(), QStringLiteral("brasov"));
    CHECK(county->code() == QStringLiteral("BV"));
    CHECK_FALSE(countyHint->isVisibleTo(dialog));
    auto* center = child<CodeComboBox>(dialog, "center");
    center->setCurrentIndex(center->findData(QStringLiteral("CR-BV")));
    child<OptionalDateEdit>(dialog, "date")->setValue(QDate(2025, 4, 3));
    auto* attendees = child<CountEdit>(dialog, "attendees");
    QTest::keyClick(attendees, Qt::Key_A, Qt::ControlModifier); // over the "—" of an empty count
    QTest::keyClicks(attendees, QStringLiteral("12"));
    CHECK(attendees->count() == 12);
    REQUIRE(dialog->saveButton()->isEnabled());
    RecordId id = 0;
    QObject::connect(dialog, &RecordDialog::saved, dialog, [&id](RecordId saved) { id = saved; });
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    REQUIRE(id > 0);
    auto stored = RecordEditor(s.store()).load<TeamMeeting>(id);
    REQUIRE(stored);
    CHECK(stored->center == QStringLiteral("CR-BV"));
    CHECK(stored->date == QDate(2025, 4, 3));
    CHECK(stored->county == QStringLiteral("BV"));
    CHECK(stored->attendees == 12);
}

TEST_CASE("a protocol and an action plan need a partner, not blanks", "[gui][edit]")
{
    TempStore s;
    ListModule module(s.store(), {ListKind::Protocols, ListKind::ActionPlans});
    module.show();
    for (const ListKind kind : {ListKind::Protocols, ListKind::ActionPlans}) {
        RecordDialog* dialog = module.openRecord(kind, 0);
        REQUIRE(dialog);
        auto* center = child<CodeComboBox>(dialog, "center");
        center->setCurrentIndex(center->findData(QStringLiteral("CR-CJ")));
        child<OptionalDateEdit>(dialog, kind == ListKind::Protocols ? "signedDate" : "date")
            ->setValue(QDate(2025, 2, 1));
        auto* partner = child<QLineEdit>(dialog, "partner");
        QTest::keyClicks(partner, QStringLiteral("   "));
        CHECK_FALSE(dialog->saveButton()->isEnabled());
        QLabel* hint = dialog->form()->hints().hint(QStringLiteral("partner"));
        REQUIRE(hint);
        CHECK(hint->text() == QStringLiteral("is required"));
        QTest::keyClicks(partner, QStringLiteral("County police"));
        CHECK(dialog->saveButton()->isEnabled());
        RecordId id = 0;
        QObject::connect(dialog, &RecordDialog::saved, dialog, [&id](RecordId saved) { id = saved; });
        REQUIRE(dialog->save());
        REQUIRE(id > 0);
        if (kind == ListKind::Protocols) {
            auto stored = RecordEditor(s.store()).load<Protocol>(id);
            REQUIRE(stored);
            CHECK(stored->partner == QStringLiteral("County police"));
            CHECK(stored->signedDate == QDate(2025, 2, 1));
        } else {
            auto stored = RecordEditor(s.store()).load<ActionPlan>(id);
            REQUIRE(stored);
            CHECK(stored->partner == QStringLiteral("County police"));
            CHECK(stored->center == QStringLiteral("CR-CJ"));
        }
    }
}

TEST_CASE("closing with unsaved changes asks first", "[gui][edit]")
{
    TempStore s;
    importSmall(s.store());
    ListModule module(s.store(), {ListKind::Events});
    module.show();
    RecordDialog* dialog = openRow(module, ListKind::Events, 0);
    REQUIRE(dialog);
    const RecordId id = dialog->form()->recordId();
    auto* title = child<QLineEdit>(dialog, "title");
    title->setText(QStringLiteral("Un titlu schimbat"));
    MessageBox::clearShown();
    MessageBox::queueAnswer(MessageBox::Answer::Reject); // keep editing
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->isVisible());
    CHECK(MessageBox::shown().size() == 1);
    MessageBox::queueAnswer(MessageBox::Answer::Discard);
    QTest::keyClick(dialog, Qt::Key_Escape);
    settle();
    CHECK(module.lastDialog() == nullptr);
    auto stored = RecordEditor(s.store()).load<Event>(id);
    REQUIRE(stored);
    CHECK(stored->title != QStringLiteral("Un titlu schimbat"));

    // The victim's page: "Back" with changes asks too.
    VictimsModule victims(s.store());
    victims.resize(1200, 800);
    victims.show();
    auto victim = VictimEditor(s.store()).idByCode(QStringLiteral("RV-T00002"));
    REQUIRE(victim);
    victims.openVictim(**victim);
    auto* env = child<CodeComboBox>(victims.victimPage(), "residenceEnv");
    env->setCurrentIndex(env->findData(QStringLiteral("rural")));
    MessageBox::queueAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(child<QPushButton>(victims.victimPage(), "backButton"), Qt::LeftButton);
    CHECK(victims.showingVictim());
    MessageBox::queueAnswer(MessageBox::Answer::Accept); // save, then leave
    CHECK(victims.cancel());
    CHECK_FALSE(victims.showingVictim());
    auto file = VictimEditor(s.store()).load(**victim);
    REQUIRE(file);
    CHECK(file->victim.residenceEnv == QStringLiteral("rural"));
}

TEST_CASE("a save over someone else's change offers to reload, and keeps both changes after it", "[gui][edit]")
{
    TempStore s;
    importSmall(s.store());
    ListModule module(s.store(), {ListKind::Assistance});
    module.show();
    RecordListPage* page = module.page(ListKind::Assistance);
    const RecordId id = page->model()->idAt(0);
    RecordDialog* dialog = openRow(module, ListKind::Assistance, 0);
    REQUIRE(dialog);
    const QString provider0 = child<CodeComboBox>(dialog, "provider")->code();
    REQUIRE(provider0 != QStringLiteral("public_shelter"));

    // Another window saves the record while this dialog is open.
    auto other = RecordEditor(s.store()).load<Assistance>(id);
    REQUIRE(other);
    const QDate end = other->startDate.addDays(5);
    other->endDate = end;
    REQUIRE(RecordEditor(s.store()).save(*other));

    auto* provider = child<CodeComboBox>(dialog, "provider");
    provider->setCurrentIndex(provider->findData(QStringLiteral("public_shelter")));
    MessageBox::clearShown();
    MessageBox::queueAnswer(MessageBox::Answer::Accept); // Reload
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    REQUIRE(module.lastDialog() == dialog); // refused: the dialog stays open
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("after you opened it")));
    // Reloaded: the other window's end date, this user's provider change gone, nothing unsaved.
    CHECK(child<OptionalDateEdit>(dialog, "endDate")->value() == end);
    CHECK(provider->code() == provider0);
    CHECK_FALSE(dialog->form()->isModified());
    CHECK(dialog->banner()->isVisible());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Information);
    CHECK(dialog->banner()->text() == SaveConflict::reloadedText());
    auto stored = RecordEditor(s.store()).load<Assistance>(id);
    REQUIRE(stored);
    CHECK(stored->provider == provider0);

    // The change made again saves over the reloaded record, keeping the other window's end date.
    provider->setCurrentIndex(provider->findData(QStringLiteral("public_shelter")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    settle();
    CHECK(module.lastDialog() == nullptr);
    stored = RecordEditor(s.store()).load<Assistance>(id);
    REQUIRE(stored);
    CHECK(stored->provider == QStringLiteral("public_shelter"));
    CHECK(stored->endDate == end);
}
