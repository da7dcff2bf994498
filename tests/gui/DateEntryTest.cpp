// Dates typed as people type them, into every date field of every form, with the keyboard: each
// form saves exactly the date typed (read back from the store), and a text that is no date is
// refused where it was typed — never turned into another date (a new user typed 15.11.2026 into the
// notification date and got 01.11.2026 saved, which moves a victim into another year's bilanț).
#include "gui/GuiTestSupport.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordDialogs.h"
#include "gui/forms/RecordForm.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/FieldHints.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/repositories/RecordEditor.h"
#include "support/TestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

struct DateField
{
    FormKind kind;
    const char* table;
    const char* widget;
    const char* column; // the field's name, which is also its column
};

// Every date field of every record dialog (a test below checks that none is missing).
const DateField kFields[] = {
    {FormKind::Identification, "identification", "notificationDate", "notification_date"},
    {FormKind::Identification, "identification", "identificationDate", "identification_date"},
    {FormKind::Assistance, "assistance", "startDate", "start_date"},
    {FormKind::Assistance, "assistance", "endDate", "end_date"},
    {FormKind::Repatriation, "repatriation", "requestDate", "request_date"},
    {FormKind::Repatriation, "repatriation", "arrivalDate", "arrival_date"},
    {FormKind::Judicial, "judicial", "date", "date"},
    {FormKind::Judicial, "judicial", "hearingDate", "hearing_date"},
    {FormKind::MonitoringContact, "monitoring_contact", "date", "date"},
    {FormKind::MonitoringContact, "monitoring_contact", "nextDate", "next_date"},
    {FormKind::Campaign, "campaign", "startDate", "start_date"},
    {FormKind::Campaign, "campaign", "endDate", "end_date"},
    {FormKind::Prevention, "prevention_activity", "date", "date"},
    {FormKind::Protocol, "protocol", "signedDate", "signed_date"},
    {FormKind::ActionPlan, "action_plan", "date", "date"},
    {FormKind::TeamMeeting, "team_meeting", "date", "date"},
    {FormKind::Training, "training", "date", "date"},
    {FormKind::Event, "event", "date", "date"},
    {FormKind::FundedProject, "funded_project", "startDate", "start_date"},
    {FormKind::FundedProject, "funded_project", "endDate", "end_date"},
};

struct Typed
{
    QString keys; // typed with the keyboard; pasted with Ctrl+V when `paste`
    bool paste = false;
};

// What the new user typed: the same day written four ways, and another day without leading zeros.
const QList<QPair<Typed, QDate>> kTyped = {
    {{QStringLiteral("15.11.2026")}, QDate(2026, 11, 15)},
    {{QStringLiteral("1.2.2019")}, QDate(2019, 2, 1)},
    {{QStringLiteral("15112026")}, QDate(2026, 11, 15)},
    {{QStringLiteral("2026-11-15"), true}, QDate(2026, 11, 15)},
};

QString stored(Store& store, const char* table, const char* column, RecordId id)
{
    auto v = store.db().queryText(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(QLatin1String(column), QLatin1String(table)).arg(id));
    return v ? *v : QStringLiteral("(%1)").arg(v.error().message);
}

// The small fixture and one monitoring contact (the fixture's folder has none).
void importSmallWithContact(Store& store)
{
    importSmall(store);
    MonitoringContact m;
    auto victim = store.db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00001'"));
    REQUIRE(victim);
    m.victimId = *victim;
    m.center = QStringLiteral("CR-BV");
    m.date = QDate(2020, 3, 1);
    m.kind = QStringLiteral("phone");
    REQUIRE(RecordEditor(store).save(m));
}

RecordId firstId(Store& store, const char* table)
{
    auto id = store.db().queryInt(QStringLiteral("SELECT min(id) FROM %1").arg(QLatin1String(table)));
    REQUIRE(id);
    REQUIRE(*id > 0);
    return *id;
}

// Types into the field as a person does: click in, select what is there, type (or paste), Tab out.
void typeInto(OptionalDateEdit* edit, const Typed& typed)
{
    QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier, QPoint(10, edit->height() / 2));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (typed.paste) {
        QGuiApplication::clipboard()->setText(typed.keys);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    } else {
        QTest::keyClicks(edit, typed.keys);
    }
    QTest::keyClick(edit, Qt::Key_Tab);
}

// The form's other dates, such that the one typed is allowed (an end after its start, the
// identification after the notification): left blank when they may be, else the earliest or the
// latest date that agrees.
void letOtherDatesAgree(RecordDialog* dialog, OptionalDateEdit* typed)
{
    const auto hasProblem = [&](const QString& field) {
        for (const FieldProblem& p : dialog->form()->blockingProblems())
            if (dialog->form()->hints().editor(p.field) == dialog->form()->hints().editor(field))
                return true;
        return false;
    };
    const QString typedField = [&] {
        for (const QString& f : dialog->form()->hints().fields())
            if (dialog->form()->hints().editor(f) == typed)
                return f;
        return QString();
    }();
    for (OptionalDateEdit* other : dialog->findChildren<OptionalDateEdit*>()) {
        if (other == typed)
            continue;
        QString field;
        for (const QString& f : dialog->form()->hints().fields())
            if (dialog->form()->hints().editor(f) == other)
                field = f;
        for (const QDate candidate : {QDate(), QDate(2019, 1, 1), QDate(2100, 12, 31)}) {
            other->setValue(candidate);
            if (!hasProblem(field) && !hasProblem(typedField))
                break;
        }
    }
}

} // namespace

TEST_CASE("every date field of every form is listed here", "[gui][dates]")
{
    TempStore s;
    importSmallWithContact(s.store());
    QSet<QString> listed;
    for (const DateField& f : kFields)
        listed.insert(QString::number(int(f.kind)) + QLatin1Char('.') + QLatin1String(f.widget));
    for (int k = int(FormKind::Identification); k <= int(FormKind::FundedProject); ++k) {
        std::unique_ptr<RecordForm> form(RecordDialogs::createForm(s.store(), FormKind(k)));
        for (const OptionalDateEdit* date : form->findChildren<OptionalDateEdit*>()) {
            INFO("form " << k << " field " << date->objectName().toStdString());
            CHECK(listed.contains(QString::number(k) + QLatin1Char('.') + date->objectName()));
        }
    }
}

TEST_CASE("a date typed into any form is the date saved", "[gui][dates]")
{
    TempStore s;
    importSmallWithContact(s.store());
    for (const DateField& f : kFields) {
        const RecordId id = firstId(s.store(), f.table);
        for (const auto& [typed, date] : kTyped) {
            INFO(f.table << "." << f.column << " (record " << id << ") typed " << typed.keys.toStdString()
                         << (typed.paste ? " (pasted)" : ""));
            RecordDialog* dialog = RecordDialogs::open(s.store(), f.kind, id, nullptr);
            REQUIRE(dialog);
            QApplication::setActiveWindow(dialog);
            auto* edit = child<OptionalDateEdit>(dialog, f.widget);
            typeInto(edit, typed);
            CHECK(edit->text().toStdString()
                  == date.toString(QStringLiteral("dd.MM.yyyy")).toStdString()); // understood
            CHECK(edit->value() == date);
            letOtherDatesAgree(dialog, edit);
            INFO("banner: " << dialog->banner()->text().toStdString());
            REQUIRE(dialog->saveButton()->isEnabled());
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            settle();
            CHECK(stored(s.store(), f.table, f.column, id).toStdString() == date.toString(Qt::ISODate).toStdString());
            if (QWidget* stillOpen = visibleDialog<RecordDialog>()) {
                FAIL_CHECK("the dialog did not close after Ctrl+S");
                stillOpen->close();
                settle();
            }
        }
    }
}

TEST_CASE("a text that is no date is refused where it was typed, and nothing is saved", "[gui][dates]")
{
    TempStore s;
    importSmallWithContact(s.store());
    for (const DateField& f : kFields) {
        const RecordId id = firstId(s.store(), f.table);
        const QString before = stored(s.store(), f.table, f.column, id);
        for (const auto& [keys, why] : {std::pair{"31.11.2026", "'31.11.2026': November has 30 days"},
                                        {"15.11.26", "'15.11.26': write the year with four digits (15.11.2026)"},
                                        {"15 nov",
                                         "'15 nov' is not a date: write the day, the month and the year "
                                         "(15.11.2026)"}}) {
            INFO(f.table << "." << f.column << " typed " << keys);
            RecordDialog* dialog = RecordDialogs::open(s.store(), f.kind, id, nullptr);
            REQUIRE(dialog);
            QApplication::setActiveWindow(dialog);
            auto* edit = child<OptionalDateEdit>(dialog, f.widget);
            typeInto(edit, {QLatin1String(keys)});
            CHECK(edit->text().toStdString() == keys); // kept as typed, to be corrected
            CHECK(edit->value() == QDate());
            CHECK_FALSE(dialog->saveButton()->isEnabled());
            QLabel* hint = dialog->form()->hints().hint(QLatin1String(f.column));
            REQUIRE(hint);
            CHECK(hint->isVisibleTo(dialog));
            CHECK(hint->text().toStdString() == why);
            CHECK(dialog->banner()->text().toStdString().rfind("Check: ", 0) == 0);
            CHECK(edit->accessibleDescription().toStdString() == why);
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
            settle();
            CHECK(dialog->isVisible());
            CHECK(stored(s.store(), f.table, f.column, id).toStdString() == before.toStdString());
            dialog->form()->setModified(false);
            dialog->reject();
            settle();
        }
    }
}

TEST_CASE("the birth date on the victim's page is the date typed", "[gui][dates]")
{
    TempStore s;
    importSmallWithContact(s.store());
    VictimsModule victims(s.store());
    victims.resize(1200, 800);
    victims.show();
    const RecordId id = firstId(s.store(), "victim");
    // A birth date cannot be after today (the test clock's 15.01.2026) nor after a notification.
    const QList<QPair<Typed, QDate>> typedBirths = {
        {{QStringLiteral("15.11.2001")}, QDate(2001, 11, 15)},
        {{QStringLiteral("1.2.1999")}, QDate(1999, 2, 1)},
        {{QStringLiteral("15112001")}, QDate(2001, 11, 15)},
        {{QStringLiteral("2001-11-15"), true}, QDate(2001, 11, 15)},
    };
    for (const auto& [typed, date] : typedBirths) {
        INFO("typed " << typed.keys.toStdString());
        victims.openVictim(id);
        VictimPage* page = victims.victimPage();
        QApplication::setActiveWindow(&victims);
        auto* birth = child<OptionalDateEdit>(page, "birthDate");
        typeInto(birth, typed);
        CHECK(birth->text().toStdString() == date.toString(QStringLiteral("dd.MM.yyyy")).toStdString());
        REQUIRE(page->save());
        CHECK(stored(s.store(), "victim", "birth_date", id).toStdString() == date.toString(Qt::ISODate).toStdString());
        CHECK(stored(s.store(), "victim", "birth_year", id).toStdString() == std::to_string(date.year()));
        victims.showList();
    }
}

TEST_CASE("the calendar of a date field opens from the keyboard and gives the date chosen", "[gui][dates]")
{
    OptionalDateEdit edit;
    edit.show();
    QApplication::setActiveWindow(&edit);
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("3.3.2024"));
    QTest::keyClick(&edit, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(edit.calendar()->isVisible());
    CHECK(edit.calendar()->selectedDate() == QDate(2024, 3, 3));
    auto* days = edit.calendar()->findChild<QAbstractItemView*>(); // where the calendar takes its keys
    REQUIRE(days);
    QTest::keyClick(days, Qt::Key_Right); // the next day
    QTest::keyClick(days, Qt::Key_Return);
    CHECK_FALSE(edit.calendar()->isVisible());
    CHECK(edit.value() == QDate(2024, 3, 4));
    CHECK(edit.text().toStdString() == "04.03.2024");
    QTest::keyClick(&edit, Qt::Key_Up); // a day later
    CHECK(edit.value() == QDate(2024, 3, 5));
    edit.selectAll();
    QTest::keyClick(&edit, Qt::Key_Delete); // emptied: not given
    CHECK(edit.value() == QDate());
    CHECK_FALSE(edit.problem());
}
