// The Administration page's users and audit trail, through the widgets: an administrator adds an
// operator, resets their password and disables them, and reads and verifies the trail that
// recorded it; a user who is not an administrator sees neither; the trail's model under the tester.
#include "gui/admin/AdminPage.h"

#include "gui/GuiTestSupport.h"
#include "gui/admin/AddUserDialog.h"
#include "gui/admin/AuditPanel.h"
#include "gui/admin/HandOverKeysDialog.h"
#include "gui/admin/ResetPasswordDialog.h"
#include "gui/admin/UsersPanel.h"
#include "gui/common/MessageBox.h"
#include "gui/models/AuditTrailModel.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/UserService.h"
#include "support/TestSupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kOperator = QStringLiteral("maria.op");
const QString kFirstTemporary = QStringLiteral("a temporary passphrase one");
const QString kOwn = QStringLiteral("maria chose this herself");
const QString kSecondTemporary = QStringLiteral("a temporary passphrase two");

void typeIn(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
    REQUIRE(edit);
    edit->setText(text);
}

int rowOf(QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, UsersPanel::NameColumn)->text() == name)
            return row;
    return -1;
}

QStringList actionsAbout(const AuditTrailModel& model, const QString& user)
{
    QStringList out;
    for (const AuditEntry& e : model.entries())
        if (e.recordType == QLatin1String("user") && e.recordCode == user)
            out << e.action;
    return out;
}

} // namespace

TEST_CASE("admin page: an administrator adds, resets and disables a user — the trail shows and verifies it",
          "[gui][admin]")
{
    TempStore s;
    AdminPage page(s.store());
    page.show();
    page.activate();
    UsersPanel* users = page.usersPanel();
    AuditPanel* audit = page.auditPanel();
    REQUIRE(users);
    REQUIRE(audit);
    page.showTab(users);
    CHECK(users->addButton()->isVisible());
    CHECK(rowOf(users->table(), QStringLiteral("admin")) >= 0);

    // Add: the dialog refuses a short password and an operator without a centre.
    AddUserDialog* add = users->addUser();
    REQUIRE(add);
    typeIn(add, "name", kOperator);
    add->setRole(QStringLiteral("operator"));
    add->setCenter(QString());
    typeIn(add, "password", kFirstTemporary);
    typeIn(add, "repeat", kFirstTemporary);
    CHECK_FALSE(add->addButton()->isEnabled()); // an operator needs a centre
    add->setCenter(QStringLiteral("CR-BV"));
    CHECK(add->addButton()->isEnabled());
    typeIn(add, "password", QStringLiteral("too short"));
    CHECK_FALSE(add->addButton()->isEnabled());
    typeIn(add, "password", kFirstTemporary);
    add->addButton()->click();
    settle();
    CHECK(page.bannerText().contains(kOperator));
    const int row = rowOf(users->table(), kOperator);
    REQUIRE(row >= 0);
    CHECK(users->table()->item(row, UsersPanel::RolesColumn)->text() == QStringLiteral("operator"));
    CHECK(users->table()->item(row, UsersPanel::CenterColumn)->text().startsWith(QStringLiteral("CR-BV")));
    CHECK(users->table()->item(row, UsersPanel::StateColumn)->text() == QStringLiteral("active"));
    CHECK(users->table()->item(row, UsersPanel::PasswordColumn)->text().startsWith(QStringLiteral("temporary")));

    // The temporary password opens the store, and must be changed before anything else.
    {
        auto opened = Store::open(s.path(), kOperator, kFirstTemporary, fixedClock());
        REQUIRE(opened);
        CHECK((*opened)->user().center == QStringLiteral("CR-BV"));
        CHECK((*opened)->access().mustChangePassword());
        CHECK_FALSE((*opened)->access().canReadRecords(QStringLiteral("CR-BV")));
        REQUIRE(UserService(**opened).changeOwnPassword(kOwn));
    }

    // Oneself can be neither reset nor disabled here.
    REQUIRE(users->selectUser(QStringLiteral("admin")));
    CHECK_FALSE(users->resetButton()->isEnabled());
    CHECK_FALSE(users->disableButton()->isEnabled());

    // Reset: the own password stops working, the new temporary one opens and must be changed.
    REQUIRE(users->selectUser(kOperator));
    CHECK(users->resetButton()->isEnabled());
    ResetPasswordDialog* reset = users->resetPassword();
    REQUIRE(reset);
    CHECK(reset->userName() == kOperator);
    typeIn(reset, "password", kSecondTemporary);
    typeIn(reset, "repeat", kSecondTemporary + QStringLiteral("x"));
    CHECK_FALSE(reset->resetButton()->isEnabled());
    typeIn(reset, "repeat", kSecondTemporary);
    reset->resetButton()->click();
    settle();
    CHECK(page.bannerText().contains(kOperator));
    CHECK_FALSE(Store::open(s.path(), kOperator, kOwn, fixedClock()));
    {
        auto opened = Store::open(s.path(), kOperator, kSecondTemporary, fixedClock());
        REQUIRE(opened);
        CHECK((*opened)->access().mustChangePassword());
    }

    // Disable, after the confirmation: the password opens nothing any more.
    REQUIRE(users->selectUser(kOperator));
    MessageBox::clearShown();
    MessageBox::queueAnswer(MessageBox::Answer::Reject);
    CHECK_FALSE(users->disableUser()); // "no" keeps them
    CHECK(Store::open(s.path(), kOperator, kSecondTemporary, fixedClock()));
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    REQUIRE(users->selectUser(kOperator));
    users->disableButton()->click();
    settle();
    // The second question offers a new store key (declined here: no answer queued).
    REQUIRE(MessageBox::shown().size() == 3);
    CHECK(MessageBox::shown().last().contains(QStringLiteral("knew the store key")));
    CHECK(page.bannerText().contains(QStringLiteral("disabled")));
    CHECK_FALSE(Store::open(s.path(), kOperator, kSecondTemporary, fixedClock()));
    const int disabledRow = rowOf(users->table(), kOperator);
    REQUIRE(disabledRow >= 0);
    CHECK(users->table()->item(disabledRow, UsersPanel::StateColumn)->text().startsWith(QStringLiteral("disabled")));
    REQUIRE(users->selectUser(kOperator));
    CHECK_FALSE(users->disableButton()->isEnabled());

    // The trail lists the three actions about the operator, in words.
    audit->clearFilters();
    const int all = audit->model()->rowCount();
    const QStringList about = actionsAbout(*audit->model(), kOperator);
    CHECK(about.contains(AuditAction::UserAdded));
    CHECK(about.contains(AuditAction::PasswordReset));
    CHECK(about.contains(AuditAction::UserDisabled));
    bool worded = false;
    for (int r = 0; r < audit->model()->rowCount(); ++r)
        worded = worded
            || audit->model()->index(r, AuditTrailModel::ActionColumn).data().toString()
                == QStringLiteral("User disabled");
    CHECK(worded);
    // Newest first.
    const QModelIndex top = audit->sortedModel()->index(0, AuditTrailModel::SeqColumn);
    CHECK(top.data().toString().toLongLong() == audit->model()->entries().last().seq);

    // The user filter keeps the entries by or about the operator; the action filter narrows further.
    audit->setUserFilter(kOperator);
    const int byUser = audit->model()->rowCount();
    CHECK(byUser > 0);
    CHECK(byUser < all);
    for (const AuditEntry& e : audit->model()->entries())
        CHECK((e.userName == kOperator || e.recordCode == kOperator));
    audit->setActionFilter(AuditAction::UserDisabled);
    REQUIRE(audit->model()->rowCount() == 1);
    CHECK(audit->model()->entries().first().userName == QStringLiteral("admin"));
    audit->setUserFilter(QString());
    audit->setActionFilter(QString());
    audit->setRecordFilter(kOperator);
    CHECK(audit->model()->rowCount() >= 3);
    audit->setPeriod(QDate(2030, 1, 1), QDate());
    CHECK(audit->model()->rowCount() == 0);
    audit->clearFilters();
    CHECK(audit->model()->rowCount() == all);
    CHECK_FALSE(audit->isTruncated());

    // Ctrl+C copies the selected rows as tab-separated text with a header line.
    audit->table()->selectRow(0);
    QString copied = audit->copySelection();
    REQUIRE(copied.endsWith(QLatin1Char('\n')));
    copied.chop(1);
    const QStringList lines = copied.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.first().startsWith(QStringLiteral("No.\tTime\tUser\tAction")));
    CHECK(lines.last().split(QLatin1Char('\t')).size() == AuditTrailModel::ColumnCount);

    // The check runs off the UI thread and anchors on the store's first key.
    REQUIRE(waitFor(audit->verify()));
    CHECK(page.bannerText().startsWith(QStringLiteral("The audit trail passed every check")));
    CHECK(
        audit->verifyText().contains(QStringLiteral("ok: the trail starts with the key this store was created with")));
    CHECK_FALSE(audit->verifyText().contains(QStringLiteral("FAILED")));
    CHECK_FALSE(audit->verifyText().contains(QStringLiteral("notice")));
}

TEST_CASE("admin page: someone who is not an administrator gets no users and no audit trail", "[gui][admin]")
{
    TempStore s;
    auto coordinator = openAs(s, QStringLiteral("dan.coord"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    AdminPage page(*coordinator);
    page.show();
    page.activate();
    CHECK(page.usersPanel() == nullptr);
    CHECK(page.auditPanel() == nullptr);
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    CHECK(tabs->count() == 1);
    CHECK(page.findChildren<UsersPanel*>().isEmpty());
    CHECK(page.findChildren<AuditPanel*>().isEmpty());

    // The panels themselves refuse too, whoever builds them.
    UsersPanel users(*coordinator);
    users.refresh();
    users.show();
    CHECK(users.addButton()->isHidden());
    CHECK(users.resetButton()->isHidden());
    CHECK(users.disableButton()->isHidden());
    CHECK(users.table()->rowCount() == 0);
    CHECK(users.addUser() == nullptr);
    AuditPanel audit(*coordinator);
    audit.reload();
    CHECK(audit.model()->rowCount() == 0);
    CHECK(audit.verify() == nullptr);
}

TEST_CASE("admin page: the audit trail model passes the model tester and keeps the newest entries",
          "[gui][admin][models]")
{
    TempStore s;
    importSmall(s.store());
    AuditTrailModel model;
    checkModel(&model);
    auto entries = s->audit().list({});
    REQUIRE(entries);
    REQUIRE(entries->size() >= 2);
    model.setEntries(*entries);
    CHECK(model.rowCount() == entries->size());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(Qt::UserRole);
    checkModel(&sorted);
    for (int c = 0; c < AuditTrailModel::ColumnCount; ++c) {
        sorted.sort(c, Qt::AscendingOrder);
        sorted.sort(c, Qt::DescendingOrder);
        CHECK_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    sorted.sort(AuditTrailModel::TimeColumn, Qt::DescendingOrder);
    CHECK(sorted.index(0, AuditTrailModel::SeqColumn).data().toLongLong() == entries->last().seq);
    // The local time is dd.MM.yyyy HH:mm.
    CHECK(QDateTime::fromString(model.index(0, AuditTrailModel::TimeColumn).data().toString(),
                                QStringLiteral("dd.MM.yyyy HH:mm"))
              .isValid());
    model.setEntries({});
    CHECK(model.rowCount() == 0);

    // More entries than the panel shows: the newest `Limit`, and a word to narrow the filter.
    {
        Transaction tx(s->db());
        for (int i = 0; i <= AuditPanel::Limit; ++i) {
            AuditEvent e;
            e.action = AuditAction::Report;
            e.recordType = QStringLiteral("report");
            REQUIRE(s->audit().append(e));
        }
        REQUIRE(tx.commit());
    }
    AuditPanel panel(s.store());
    panel.refresh();
    CHECK(panel.isTruncated());
    CHECK(panel.model()->rowCount() == AuditPanel::Limit);
    CHECK(panel.summary().contains(QStringLiteral("Narrow the filter")));
    auto head = s->audit().head();
    REQUIRE(head);
    CHECK(panel.model()->entries().last().seq == head->seq);
    panel.setActionFilter(AuditAction::Login);
    CHECK_FALSE(panel.isTruncated());
}

TEST_CASE("admin page: a disabled user is enabled again with a temporary password", "[gui][admin]")
{
    TempStore s;
    REQUIRE(
        UserService(s.store()).add(kOperator, {QStringLiteral("operator")}, QStringLiteral("CR-BV"), kSecondTemporary));
    REQUIRE(UserService(s.store()).disable(kOperator));
    AdminPage page(s.store());
    page.show();
    page.activate();
    UsersPanel* users = page.usersPanel();
    REQUIRE(users);
    page.showTab(users);
    REQUIRE(users->selectUser(QStringLiteral("admin")));
    CHECK_FALSE(users->enableButton()->isEnabled()); // only a disabled user comes back
    REQUIRE(users->selectUser(kOperator));
    REQUIRE(users->enableButton()->isEnabled());
    CHECK_FALSE(users->resetButton()->isEnabled());

    ResetPasswordDialog* enable = users->enableUser();
    REQUIRE(enable);
    CHECK(enable->windowTitle().contains(kOperator));
    typeIn(enable, "password", kOwn);
    typeIn(enable, "repeat", kOwn);
    REQUIRE(enable->resetButton()->isEnabled());
    enable->resetButton()->click();
    settle();
    CHECK(page.bannerText().contains(QStringLiteral("active again")));
    const int row = rowOf(users->table(), kOperator);
    REQUIRE(row >= 0);
    CHECK(users->table()->item(row, UsersPanel::StateColumn)->text() == QStringLiteral("active"));
    REQUIRE(users->selectUser(kOperator));
    CHECK_FALSE(users->enableButton()->isEnabled());
    CHECK(users->disableButton()->isEnabled());
    auto opened = Store::open(s.path(), kOperator, kOwn, fixedClock());
    REQUIRE(opened);
    CHECK((*opened)->access().mustChangePassword());
}

TEST_CASE("admin page: the recovery key hands a centre's key to its first operator — disabling them renews the store "
          "key",
          "[gui][admin][keys]")
{
    TempStore s;
    importSmall(s.store());
    REQUIRE(
        UserService(s.store()).add(kOperator, {QStringLiteral("operator")}, QStringLiteral("CR-BV"), kFirstTemporary));
    {
        auto op = Store::open(s.path(), kOperator, kFirstTemporary, fixedClock());
        REQUIRE(op);
        REQUIRE(UserService(**op).changeOwnPassword(kOwn));
    }
    const auto opensName = [&] {
        auto op = Store::open(s.path(), kOperator, kOwn, fixedClock());
        REQUIRE(op);
        auto id = VictimRepository(**op).idByCode(QStringLiteral("RV-T00001"));
        REQUIRE(id);
        REQUIRE(id->has_value());
        return VictimRepository(**op).openIdentity(**id).ok();
    };
    CHECK_FALSE(opensName()); // a new store's first operator of CR-BV waits for the key

    AdminPage page(s.store());
    page.show();
    page.activate();
    UsersPanel* users = page.usersPanel();
    REQUIRE(users);
    page.showTab(users);
    REQUIRE(users->handOverButton()->isVisible());
    HandOverKeysDialog* dialog = users->handOverKeys();
    REQUIRE(dialog);
    auto* key = dialog->findChild<QLineEdit*>(QStringLiteral("recoveryKey"));
    REQUIRE(key);
    CHECK(key->echoMode() == QLineEdit::Password);
    QTest::keyClicks(key, s.recoveryKey().left(20));
    CHECK_FALSE(dialog->handOverButton()->isEnabled());
    CHECK(dialog->hint().contains(QStringLiteral("characters")));
    key->clear();
    QTest::keyClicks(key, s.recoveryKey());
    REQUIRE(dialog->handOverButton()->isEnabled());
    QTest::mouseClick(dialog->handOverButton(), Qt::LeftButton);
    settle();
    CHECK(page.bannerText().contains(QStringLiteral("handed to: %1 (CR-BV)").arg(kOperator)));
    CHECK(opensName());

    // Disabling the operator offers a new store key; accepted, the old key opens nothing.
    const MasterKey before = s->key();
    REQUIRE(users->selectUser(kOperator));
    MessageBox::clearShown();
    MessageBox::queueAnswer(MessageBox::Answer::Accept); // disable
    MessageBox::queueAnswer(MessageBox::Answer::Accept); // a new store key
    users->disableButton()->click();
    settle();
    CHECK(page.bannerText().contains(QStringLiteral("The store has a new key")));
    CHECK_FALSE(s->key().sameAs(before));
    CHECK_FALSE(Database::open(s.path(), before.bytes(), false).ok());
    CHECK(storeKeyOf(s.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword)).sameAs(s->key()));
}
