// Opening Reper: a new store through the dialog shows its recovery key once and saves it to a
// file on request; a wrong password and a store from a newer Reper get a clear message; the last
// store and user are remembered; a temporary password is changed before anything else.
#include "gui/shell/StartDialog.h"

#include "gui/GuiTestSupport.h"
#include "gui/shell/ChangePasswordDialog.h"
#include "gui/shell/NewStoreDialog.h"
#include "gui/shell/RecoveryKeyDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/services/UserService.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* e = child<QLineEdit>(parent, name);
    e->clear();
    QTest::keyClicks(e, text);
}

} // namespace

TEST_CASE("a new store shows its recovery key once and can save it to a file", "[gui][start]")
{
    QSettings().remove(QStringLiteral("start"));
    QTemporaryDir dir;
    StartDialog start(fixedClock());
    start.show();
    NewStoreDialog* create = start.newStore();
    REQUIRE(create);
    const QString path = dir.filePath(QStringLiteral("centru.reper"));
    type(create, "path", path);
    type(create, "adminName", QStringLiteral("ana"));
    type(create, "password", QStringLiteral("scurta"));
    CHECK_FALSE(create->createButton()->isEnabled());
    CHECK_FALSE(child<QLabel>(create, "passwordHint")->text().isEmpty());
    type(create, "password", QStringLiteral("o fraza destul de lunga"));
    type(create, "repeat", QStringLiteral("o fraza destul de lunga!"));
    CHECK_FALSE(create->createButton()->isEnabled());
    type(create, "repeat", QStringLiteral("o fraza destul de lunga"));
    REQUIRE(create->createButton()->isEnabled());
    QTest::mouseClick(create->createButton(), Qt::LeftButton);

    RecoveryKeyDialog* key = start.recoveryKeyDialog();
    REQUIRE(key);
    REQUIRE(key->isVisible());
    auto decoded = RecoveryKey::decode(key->keyText());
    CHECK(decoded);
    // Shown in whole groups: two lines of seven groups, each line as wide as the dialog allows.
    const QStringList lines = key->shownLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines.join(QString()) == key->keyText());
    for (const QString& line : lines)
        CHECK(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){6}[0-9A-Z]{2,4}-?$")).match(line).hasMatch());
    auto* shown = child<QLabel>(key, "key");
    CHECK_FALSE(shown->wordWrap());
    CHECK(shown->width() >= shown->fontMetrics().horizontalAdvance(lines.first()));
    auto* proceed = child<QPushButton>(key, "continueButton");
    CHECK_FALSE(proceed->isEnabled());
    key->reject(); // closing without confirming is refused
    CHECK(key->isVisible());
    const QString saved = dir.filePath(QStringLiteral("key.txt"));
    REQUIRE(key->saveTo(saved));
    CHECK(readText(saved).contains(key->keyText()));
    CHECK((QFile(saved).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    child<QCheckBox>(key, "confirmed")->click();
    REQUIRE(proceed->isEnabled());
    QTest::mouseClick(proceed, Qt::LeftButton);
    CHECK(start.result() == QDialog::Accepted);
    auto store = start.takeStore();
    REQUIRE(store);
    CHECK(store->user().name == QStringLiteral("ana"));

    // Remembered for the next start.
    StartDialog next(fixedClock());
    CHECK(child<QComboBox>(&next, "storePath")->currentText() == QDir::toNativeSeparators(path));
    CHECK(child<QLineEdit>(&next, "userName")->text() == QStringLiteral("ana"));
}

TEST_CASE("a wrong password and a store of a newer version are said plainly", "[gui][start]")
{
    TempStore s;
    const QString path = s.path();
    StartDialog start(fixedClock());
    start.show();
    start.setStorePath(path);
    type(&start, "userName", QStringLiteral("admin"));
    type(&start, "password", QStringLiteral("not the password"));
    CHECK_FALSE(start.tryOpen());
    CHECK(start.banner()->isVisible());
    CHECK(start.banner()->kind() == MessageBanner::Kind::Error);
    CHECK(start.banner()->text().contains(QStringLiteral("password")));
    CHECK(child<QLineEdit>(&start, "password")->text().isEmpty());
    CHECK(start.result() != QDialog::Accepted);

    REQUIRE(s->db().exec(QStringLiteral("PRAGMA user_version = 99")));
    s.close();
    type(&start, "password", QString::fromLatin1(kPassword));
    CHECK_FALSE(start.tryOpen());
    CHECK(start.banner()->text().contains(QStringLiteral("newer version")));

    type(&start, "password", QString::fromLatin1(kPassword));
    start.setStorePath(path + QStringLiteral(".missing"));
    CHECK_FALSE(start.tryOpen());
    CHECK(start.banner()->text().contains(QStringLiteral("There is no store")));
}

TEST_CASE("a temporary password is changed before the window opens", "[gui][start]")
{
    TempStore s;
    REQUIRE(UserService(s.store()).add(QStringLiteral("mihai"), {QStringLiteral("operator")}, QStringLiteral("CR-IS"),
                                       QStringLiteral("temporary password 12")));
    const QString path = s.path();
    s.close();
    StartDialog start(fixedClock());
    start.show();
    start.setStorePath(path);
    type(&start, "userName", QStringLiteral("mihai"));
    type(&start, "password", QStringLiteral("temporary password 12"));
    REQUIRE(start.tryOpen());
    ChangePasswordDialog* change = start.changePasswordDialog();
    REQUIRE(change);
    REQUIRE(change->isVisible());
    CHECK(start.result() != QDialog::Accepted);
    type(change, "password", QStringLiteral("my own long password"));
    type(change, "repeat", QStringLiteral("my own long password"));
    REQUIRE(change->changeButton()->isEnabled());
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    CHECK(start.result() == QDialog::Accepted);
    auto store = start.takeStore();
    REQUIRE(store);
    CHECK_FALSE(store->mustChangePassword());
    store.reset();
    CHECK(Store::open(path, QStringLiteral("mihai"), QStringLiteral("my own long password"), fixedClock()));
}
