// Two windows on one server (issue 8, "Done when"): a national coordinator's window hears what
// another user commits (ChangeWatcher over the store's change feed, LISTEN/NOTIFY) and its home page
// and victims' list show it within seconds, without F5; background work gets a connection of its
// own as the same user. On the test's own PostgreSQL (support/PgCluster.h; never skipped).
#include "gui/GuiTestSupport.h"
#include "gui/common/Labels.h"
#include "gui/home/FigureTile.h"
#include "gui/home/HomePage.h"
#include "gui/lists/RecordListPage.h"
#include "gui/models/RecordListModel.h"
#include "gui/shell/ChangePasswordDialog.h"
#include "gui/shell/ChangeWatcher.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/ServerAddressDialog.h"
#include "gui/shell/StartDialog.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/engine/postgres/PgUrl.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/SecuritySession.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/services/ServerInit.h"
#include "storage/services/UserService.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// Lets the window run until `done` holds or `ms` pass; whether it held.
template<typename Done>
bool waitFor(Done done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

// A new store on a fresh database of the test server, made by its owner; `chief` is its first
// administrator.
ServerInit::Done newServerStore(QString* database = nullptr)
{
    const QString name = PgCluster::instance().freshDatabase();
    if (database)
        *database = name;
    auto owner = PgUrl::parse(PgCluster::instance().ownerUrl(name));
    REQUIRE(owner);
    auto made = ServerInit::run(*owner, QStringLiteral("chief"), QStringLiteral("chief-password-123"), fixedClock());
    REQUIRE(made);
    return std::move(*made);
}

} // namespace

TEST_CASE("another user's import shows on the national home page of a window on the same server", "[gui][server]")
{
    QString database;
    ServerInit::Done made = newServerStore(&database);
    Store& chief = *made.store;
    const auto owner = PgUrl::parse(PgCluster::instance().ownerUrl(database));
    REQUIRE(owner);
    REQUIRE(UserService(chief).add(QStringLiteral("coord_nat"), {QStringLiteral("coordinator")}, QString(),
                                   QStringLiteral("temporary-password-1")));
    auto coord = SecuritySession::connect(owner->withUser(QStringLiteral("coord_nat")),
                                          QStringLiteral("temporary-password-1"), fixedClock());
    REQUIRE(coord);
    REQUIRE(UserService(**coord).changeOwnPassword(QStringLiteral("coord-nat-own-password")));

    // Background work on a server: a second connection of the same user, with the new password.
    auto second = Store::openAnotherConnection(**coord);
    INFO((second ? std::string() : second.error().message.toStdString()));
    REQUIRE(second);
    CHECK((*second)->user().name == QStringLiteral("coord_nat"));
    CHECK((*second)->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")).value() == 0);

    MainWindow window(**coord);
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.changeWatcher());
    REQUIRE(window.changeWatcher()->isListening());
    window.changeWatcher()->setDelays(200, 500);
    auto* home = qobject_cast<HomePage*>(window.module(MainWindow::Home));
    REQUIRE(home);
    home->setYear(2020);
    CHECK(home->showsEmptyState());
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    REQUIRE(victims);
    window.showModule(MainWindow::Home);

    // What the window's own session commits is not heard back (its saves refresh at once); what its
    // background connection commits is, like any other session's.
    QSignalSpy heard(window.changeWatcher(), &ChangeWatcher::changed);
    REQUIRE((**coord).db().exec(QStringLiteral("SELECT pg_notify('reper_change', 'training CR-BV')")));
    QTest::qWait(1500);
    CHECK(heard.isEmpty());
    REQUIRE((*second)->db().exec(QStringLiteral("SELECT pg_notify('reper_change', 'training CR-CJ')")));
    CHECK(waitFor([&] { return !heard.isEmpty(); }, 5000));
    heard.clear();

    importSmall(chief); // another user's session on the same server
    CHECK(waitFor([&] { return !home->showsEmptyState(); }, 15000));
    auto figures = FiguresRepository(**coord).compute(2020);
    REQUIRE(figures);
    CHECK(figures->victimsIdentified > 0);
    CHECK(waitFor([&] { return home->tile(0)->valueText() == Labels::count(figures->victimsIdentified); }, 5000));
    // The victims' list was refreshed too, though it is not the page shown.
    const qint64 stored = (**coord).db().queryInt(QStringLiteral("SELECT count(*) FROM victim")).value();
    REQUIRE(stored > 0);
    CHECK(waitFor([&] { return victims->list()->model()->totalCount() == stored; }, 5000));
}

TEST_CASE("the start dialog connects to a server: its address, the user and their password", "[gui][server]")
{
    const PgCluster& cluster = PgCluster::instance();
    QString database;
    newServerStore(&database); // its first administrator's session ends here

    StartDialog start(fixedClock());
    start.show();
    // Server…: the server's name, port and database become the chosen store.
    ServerAddressDialog* server = start.chooseServer();
    REQUIRE(server);
    auto* host = child<QLineEdit>(server, "host");
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    auto* port = child<QSpinBox>(server, "port");
    port->selectAll();
    QTest::keyClicks(port, QString::number(cluster.port()));
    auto* name = child<QLineEdit>(server, "database");
    name->selectAll();
    QTest::keyClicks(name, database);
    REQUIRE(server->useButton()->isEnabled());
    QTest::mouseClick(server->useButton(), Qt::LeftButton);
    settle();
    const QString address = QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(cluster.port()).arg(database);
    CHECK(child<QComboBox>(&start, "storePath")->currentText() == address);
    CHECK(start.serverChosen());

    // A wrong password is told, and nothing opens.
    auto* user = child<QLineEdit>(&start, "userName");
    user->clear();
    QTest::keyClicks(user, QStringLiteral("chief"));
    auto* password = child<QLineEdit>(&start, "password");
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QPushButton>(&start, "openButton"), Qt::LeftButton);
    CHECK(start.banner()->text().contains(QStringLiteral("password")));
    CHECK_FALSE(start.takeStore());

    QTest::keyClicks(password, QStringLiteral("chief-password-123"));
    QTest::mouseClick(child<QPushButton>(&start, "openButton"), Qt::LeftButton);
    settle();
    CHECK(start.result() == QDialog::Accepted);
    std::unique_ptr<Store> store = start.takeStore();
    REQUIRE(store);
    CHECK(SecuritySession::onServer(*store));
    CHECK(store->user().name == QStringLiteral("chief"));
    const QString signedIn = QStringLiteral("postgresql://chief@127.0.0.1:%1/%2").arg(cluster.port()).arg(database);
    CHECK(store->path() == signedIn); // the address and who signed in, never a password
    // The recent stores keep the address, never a password.
    const QStringList recent = QSettings().value(QStringLiteral("start/recentStores")).toStringList();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first() == address);

    // The window on it: its title names the server, and what is a local file's only is off.
    MainWindow window(*store);
    window.setBackupOnExit(false);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Reper — ") + signedIn);
    auto* backup = window.findChild<QAction*>(QStringLiteral("actionBackup"));
    REQUIRE(backup);
    CHECK_FALSE(backup->isEnabled());
    auto* exportPackage = window.findChild<QAction*>(QStringLiteral("actionExportPackage"));
    REQUIRE(exportPackage);
    CHECK_FALSE(exportPackage->isEnabled());
    // Headquarters on a server takes in the packages of centres without a connection.
    auto* importPackage = window.findChild<QAction*>(QStringLiteral("actionImportPackage"));
    REQUIRE(importPackage);
    CHECK(importPackage->isEnabled());
}

TEST_CASE("on a server a temporary password is changed first, and the rights follow at once", "[gui][server]")
{
    QString database;
    {
        ServerInit::Done made = newServerStore(&database);
        REQUIRE(UserService(*made.store)
                    .add(QStringLiteral("op_bv"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                         QStringLiteral("temporary-password-1")));
    }
    StartDialog start(fixedClock());
    start.show();
    start.setStorePath(PgCluster::instance().url(database));
    auto* user = child<QLineEdit>(&start, "userName");
    user->clear();
    QTest::keyClicks(user, QStringLiteral("op_bv"));
    QTest::keyClicks(child<QLineEdit>(&start, "password"), QStringLiteral("temporary-password-1"));
    REQUIRE(start.tryOpen());
    ChangePasswordDialog* change = start.changePasswordDialog();
    REQUIRE(change);
    REQUIRE(change->isVisible());
    QTest::keyClicks(child<QLineEdit>(change, "password"), QStringLiteral("my own long password"));
    QTest::keyClicks(child<QLineEdit>(change, "repeat"), QStringLiteral("my own long password"));
    REQUIRE(change->changeButton()->isEnabled());
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    CHECK(start.result() == QDialog::Accepted);
    std::unique_ptr<Store> store = start.takeStore();
    REQUIRE(store);
    CHECK_FALSE(store->mustChangePassword());
    // The new rights hold in this session, without signing in again: the operator writes CR-BV.
    CHECK(store->access().canWriteRecords(QStringLiteral("CR-BV")));
    Campaign c;
    c.code = QStringLiteral("CMP-BV-7");
    c.center = QStringLiteral("CR-BV");
    c.title = QStringLiteral("Prima campanie");
    c.level = QStringLiteral("national");
    c.funding = QStringLiteral("own");
    c.startDate = QDate(2025, 4, 1);
    auto saved = RecordEditor(*store).save(c);
    INFO((saved ? std::string() : saved.error().message.toStdString()));
    CHECK(saved);
    // And a second connection of the session signs in with the new password.
    CHECK(Store::openAnotherConnection(*store));
}
