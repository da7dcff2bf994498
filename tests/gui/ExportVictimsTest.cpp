// File → Export the victims: the rows of the user's scope in victims.csv's columns; identity only
// for a coordinator of the victims' own centre who ticks both boxes; every export in the trail.
#include "core/AccessPolicy.h"
#include "gui/GuiTestSupport.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBox.h"
#include "gui/shell/FileMenu.h"
#include "gui/shell/MainWindow.h"
#include "gui/victims/ExportAllDialog.h"
#include "gui/victims/ExportVictimsDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/audit/AuditTrail.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

qint64 exports(Store& admin)
{
    auto list = admin.audit().list(AuditFilter::forAction(AuditAction::Export));
    REQUIRE(list.ok());
    return list->size();
}

} // namespace

TEST_CASE("victims are exported from the window, identity only for the own centre's coordinator, confirmed",
          "[gui][export][security]")
{
    TempStore s;
    importSmall(s.store());
    QTemporaryDir dir;

    SECTION("a coordinator of CR-BV ticks both boxes and gets the identity of CR-BV's victims")
    {
        auto coordinator = openAs(s, QStringLiteral("dan"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
        ExportVictimsDialog dialog(*coordinator);
        const QString path = dir.filePath(QStringLiteral("bv.csv"));
        dialog.setPath(path);
        auto* identity = child<QCheckBox>(&dialog, "withIdentity");
        auto* confirmed = child<QCheckBox>(&dialog, "confirmed");
        REQUIRE(identity->isEnabled());
        CHECK_FALSE(confirmed->isEnabled());
        identity->click();
        CHECK(dialog.exportButton()->isEnabled() == false); // not yet confirmed
        CHECK(child<QComboBox>(&dialog, "center")->currentData().toString() == QStringLiteral("CR-BV"));
        confirmed->click();
        REQUIRE(dialog.exportButton()->isEnabled());
        dialog.exportButton()->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.summary().contains(QStringLiteral("with identity")));
        CHECK(dialog.summary().startsWith(QStringLiteral("Identifications exported: ")));
        const QString text = readText(path);
        CHECK(text.startsWith(QStringLiteral("victim_code,center,sex,")));
        CHECK(text.contains(QStringLiteral("Testescu")));
        CHECK_FALSE(text.contains(QStringLiteral(",CR-CJ,")));
        CHECK(exports(s.store()) == 1);
    }

    SECTION("without the boxes, or for an operator, the identity columns stay empty")
    {
        auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
        ExportVictimsDialog dialog(*op);
        CHECK_FALSE(child<QCheckBox>(&dialog, "withIdentity")->isEnabled());
        const QString path = dir.filePath(QStringLiteral("op.csv"));
        dialog.setPath(path);
        REQUIRE(dialog.exportNow());
        const QString text = readText(path);
        CHECK(text.contains(QStringLiteral("RV-T00001,CR-BV,")));
        CHECK_FALSE(text.contains(QStringLiteral("Testescu")));
        CHECK_FALSE(text.contains(QStringLiteral("Florilor")));
        CHECK(exports(s.store()) == 1);
    }

    SECTION("an analyst is refused, with the reason shown, and nothing is written")
    {
        auto analyst = openAs(s, QStringLiteral("mihai"), {QStringLiteral("analyst")}, QString());
        CHECK_FALSE(analyst->access().canListVictims());
        ExportVictimsDialog dialog(*analyst);
        const QString path = dir.filePath(QStringLiteral("analyst.csv"));
        dialog.setPath(path);
        CHECK_FALSE(dialog.exportNow());
        CHECK(child<MessageBanner>(&dialog, "banner")->text().contains(QStringLiteral("analysts")));
        CHECK_FALSE(QFile::exists(path));
        CHECK(exports(s.store()) == 0);
    }
}

TEST_CASE("File → Export all records writes the twelve files of the user's scope into a new folder", "[gui][export]")
{
    TempStore s;
    importSmall(s.store());
    QTemporaryDir dir;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    MainWindow window(*op);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionExportAll"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    const QString folder = dir.filePath(QStringLiteral("all"));
    action->trigger();
    auto* dialog = visibleDialog<ExportAllDialog>();
    REQUIRE(dialog);
    CHECK_FALSE(child<QCheckBox>(dialog, "withIdentity")->isEnabled()); // an operator: never identity
    CHECK_FALSE(dialog->exportButton()->isEnabled());
    FileDialogs::queuePath(folder);
    QTest::mouseClick(child<QPushButton>(dialog, "browse"), Qt::LeftButton);
    REQUIRE(dialog->exportButton()->isEnabled());
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    REQUIRE(dialog->job());
    REQUIRE(waitFor(dialog->job()));
    CHECK(dialog->summary().contains(QStringLiteral("twelve CSV files")));
    CHECK(window.statusBar()->currentMessage() == dialog->summary());
    CHECK(QDir(folder).entryList(QDir::Files).size() == 12);
    const QString victims = readText(QDir(folder).filePath(QStringLiteral("victims.csv")));
    CHECK(victims.startsWith(QStringLiteral("victim_code,center,sex,")));
    CHECK(victims.contains(QStringLiteral("RV-T00001,CR-BV,")));
    CHECK_FALSE(victims.contains(QStringLiteral(",CR-CJ,")));
    CHECK_FALSE(victims.contains(QStringLiteral("Testescu")));
    CHECK(exports(s.store()) == 1);

    // The same folder again is not empty: refused, with the reason shown, nothing changed.
    MessageBox::clearShown();
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    REQUIRE(dialog->job());
    REQUIRE(waitFor(dialog->job()));
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("not empty")));
    CHECK(readText(QDir(folder).filePath(QStringLiteral("victims.csv"))) == victims);
    CHECK(exports(s.store()) == 1); // nothing exported, nothing recorded
}

TEST_CASE("File → Export all records writes identity only for the own centre's coordinator who ticks and confirms",
          "[gui][export][security]")
{
    TempStore s;
    importSmall(s.store());
    QTemporaryDir dir;
    auto coordinator = openAs(s, QStringLiteral("dan"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
    MainWindow window(*coordinator);
    auto* dialog = window.fileMenu()->exportAll();
    REQUIRE(dialog);
    const QString folder = dir.filePath(QStringLiteral("identity"));
    auto* path = child<QLineEdit>(dialog, "folder");
    QTest::keyClicks(path, folder);
    auto* identity = child<QCheckBox>(dialog, "withIdentity");
    auto* confirmed = child<QCheckBox>(dialog, "confirmed");
    REQUIRE(identity->isEnabled());
    identity->click();
    CHECK_FALSE(dialog->exportButton()->isEnabled()); // not yet confirmed
    CHECK(child<QComboBox>(dialog, "center")->currentData().toString() == QStringLiteral("CR-BV"));
    confirmed->click();
    REQUIRE(dialog->exportButton()->isEnabled());
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    REQUIRE(waitFor(dialog->job()));
    CHECK(dialog->summary().contains(QStringLiteral("with identity")));
    const QString victims = readText(QDir(folder).filePath(QStringLiteral("victims.csv")));
    CHECK(victims.contains(QStringLiteral("Testescu")));
    CHECK_FALSE(victims.contains(QStringLiteral(",CR-CJ,")));
    CHECK(exports(s.store()) == 1);
}

TEST_CASE("an analyst has no File → Export all records", "[gui][export][security]")
{
    TempStore s;
    auto analyst = openAs(s, QStringLiteral("mihai"), {QStringLiteral("analyst")}, QString());
    MainWindow window(*analyst);
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionExportAll"))->isEnabled());
    CHECK(window.fileMenu()->exportAll() == nullptr);
}

TEST_CASE("File → Export all records keeps one year when a year is chosen, as export all --year does", "[gui][export]")
{
    TempStore s;
    importSmall(s.store());
    QTemporaryDir dir;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    MainWindow window(*op);

    // Each export in a dialog of its own: the year chosen by typing it into the list.
    const auto exportYear = [&](const QString& typed, const QString& name) {
        auto* dialog = window.fileMenu()->exportAll();
        REQUIRE(dialog);
        auto* year = child<QComboBox>(dialog, "year");
        CHECK(year->currentData().toInt() == 0); // every year, unless one is chosen
        year->setFocus();
        QTest::keyClicks(year, typed);
        CHECK(year->currentData().toInt() == typed.toInt());
        const QString folder = dir.filePath(name);
        QTest::keyClicks(child<QLineEdit>(dialog, "folder"), folder);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        REQUIRE(dialog->job());
        REQUIRE(waitFor(dialog->job()));
        dialog->close();
        return readText(QDir(folder).filePath(QStringLiteral("victims.csv")));
    };
    // The fixture's records count in 2020 (and in 2021 what is still open then), none in 2010.
    const QString in2010 = exportYear(QStringLiteral("2010"), QStringLiteral("y2010"));
    CHECK(in2010.startsWith(QStringLiteral("victim_code,center,sex,")));
    CHECK(in2010.count(QLatin1Char('\n')) == 1); // the header alone
    const QString in2020 = exportYear(QStringLiteral("2020"), QStringLiteral("y2020"));
    CHECK(in2020.contains(QStringLiteral("RV-T00001,CR-BV,")));
    // The trail has the year of each export.
    auto list = s->audit().list(AuditFilter::forAction(AuditAction::Export));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    QList<int> years;
    for (const auto& entry : *list)
        years << QJsonDocument::fromJson(entry.detail.toUtf8()).object().value(QStringLiteral("year")).toInt();
    std::sort(years.begin(), years.end());
    CHECK(years == QList<int>{2010, 2020});
}
