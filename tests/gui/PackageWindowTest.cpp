// File → Make headquarters' keys, Export a centre package, Import a centre package (issue 9) from the
// window: typed and clicked like a person. A package the window makes is imported by reper-cli and
// gives headquarters the centre's records; a package the storage layer makes is imported by the
// window, with its audit entry; a tampered package is refused and changes nothing; conflicts are
// listed and the chosen side wins; roles without the right see the actions disabled.
#include "core/AccessPolicy.h"
#include "gui/GuiTestSupport.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBox.h"
#include "gui/package/ExportPackageDialog.h"
#include "gui/package/HqKeysDialog.h"
#include "gui/package/ImportPackageDialog.h"
#include "gui/shell/FileMenu.h"
#include "gui/shell/MainWindow.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/package/HqKeys.h"
#include "storage/package/PackageExport.h"
#include "storage/services/RecordsExport.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kHqPassword = QStringLiteral("hq-key-password-1");
const QString kBv = QStringLiteral("CR-BV");

QAction* action(MainWindow& window, const char* name)
{
    auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
    INFO("action " << name);
    REQUIRE(a);
    return a;
}

void type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QPushButton* button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

qint64 count(Store& store, const QString& sql)
{
    auto n = store.db().queryInt(sql);
    REQUIRE(n);
    return *n;
}

qint64 centreRecords(Store& store)
{
    return count(store,
                 QStringLiteral("SELECT (SELECT count(*) FROM victim WHERE center_id = c.id) + (SELECT count(*) "
                                "FROM identification WHERE center_id = c.id) + (SELECT count(*) FROM event "
                                "WHERE center_id = c.id) FROM center c WHERE c.code = 'CR-BV'"));
}

qint64 packageImports(Store& store)
{
    auto list = store.audit().list(AuditFilter::forAction(AuditAction::Import));
    REQUIRE(list);
    qint64 n = 0;
    for (const AuditEntry& e : *list)
        n += e.recordType == QLatin1String("package") ? 1 : 0;
    return n;
}

// The package of CR-BV as the storage layer makes it (what `reper-cli package export` calls).
QByteArray storagePackage(Store& centre, const HqPublicKey& hq)
{
    QByteArray file;
    auto made = PackageExport(centre).run(kBv, hq, [&](const QByteArray& bytes) {
        file = bytes;
        return Status{};
    });
    REQUIRE(made);
    return file;
}

struct HqKeyFilesOnDisk
{
    QTemporaryDir dir;
    QString pub;
    QString key;
    HqPublicKey publicKey;
    HqKeyFilesOnDisk()
    {
        auto made = HqKeys::generate(kHqPassword);
        REQUIRE(made);
        pub = dir.filePath(QStringLiteral("HQ.pub"));
        key = dir.filePath(QStringLiteral("HQ.key"));
        writeBytes(pub, made->publicFile);
        writeBytes(key, made->secretFile);
        publicKey = made->key;
    }
};

// Opens File → Import a centre package and fills it in by typing; returns the dialog.
ImportPackageDialog* openImport(MainWindow& window, const QString& package, const QString& key)
{
    action(window, "actionImportPackage")->trigger();
    auto* dialog = visibleDialog<ImportPackageDialog>();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    type(dialog, "package", package);
    FileDialogs::queuePath(key); // the key by its Browse… button
    QTest::mouseClick(child<QPushButton>(dialog, "browseKey"), Qt::LeftButton);
    CHECK(child<QLineEdit>(dialog, "key")->text() == QDir::toNativeSeparators(key));
    type(dialog, "password", kHqPassword);
    return dialog;
}

} // namespace

TEST_CASE("headquarters' keys and a centre package made in the window are imported by reper-cli with the same records",
          "[gui][package]")
{
    TempStore centre;
    importSmall(centre.store());
    MainWindow window(centre.store());
    test::CliRunner hq;
    REQUIRE(hq.init().exitCode == 0);

    // File → Make headquarters' keys: folder, password twice, Make.
    REQUIRE(action(window, "actionHqKeys")->isEnabled());
    action(window, "actionHqKeys")->trigger();
    auto* keys = visibleDialog<HqKeysDialog>();
    REQUIRE(keys);
    FileDialogs::queuePath(hq.dir());
    QTest::mouseClick(child<QPushButton>(keys, "browse"), Qt::LeftButton);
    type(keys, "password", kHqPassword);
    type(keys, "repeat", QStringLiteral("hq-key-password-2"));
    CHECK_FALSE(keys->makeButton()->isEnabled()); // the two differ
    CHECK(child<QLabel>(keys, "problem")->text().contains(QStringLiteral("differ")));
    type(keys, "repeat", kHqPassword);
    click(keys->makeButton());
    REQUIRE(keys->job());
    REQUIRE(waitFor(keys->job()));
    const QString pub = QDir(hq.dir()).filePath(QStringLiteral("HQ.pub"));
    const QString key = QDir(hq.dir()).filePath(QStringLiteral("HQ.key"));
    auto publicKey = HqKeys::readPublic(readBytes(pub));
    REQUIRE(publicKey);
    CHECK(keys->resultText().contains(publicKey->fingerprint()));
    CHECK(HqKeys::openSecret(readBytes(key), kHqPassword).ok());
    // Again into the same folder: refused, the files stay.
    MessageBox::clearShown();
    type(keys, "password", kHqPassword);
    type(keys, "repeat", kHqPassword);
    click(keys->makeButton());
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("never written over")));
    CHECK(HqKeys::readPublic(readBytes(pub))->id == publicKey->id);
    keys->close();

    // File → Export a centre package: the centre, HQ.pub, the file.
    REQUIRE(action(window, "actionExportPackage")->isEnabled());
    action(window, "actionExportPackage")->trigger();
    auto* out = visibleDialog<ExportPackageDialog>();
    REQUIRE(out);
    auto* centres = child<QComboBox>(out, "center");
    centres->setCurrentIndex(centres->findData(kBv));
    FileDialogs::queuePath(pub);
    QTest::mouseClick(child<QPushButton>(out, "browseKey"), Qt::LeftButton);
    const QString file = QDir(centre.dir()).filePath(QStringLiteral("CR-BV-1.reperpkg"));
    type(out, "output", file);
    click(out->exportButton());
    REQUIRE(out->job());
    REQUIRE(waitFor(out->job()));
    CHECK(out->resultText().contains(QStringLiteral("Package 1 of CR-BV")));
    REQUIRE(QFile::exists(file));

    // reper-cli package import at headquarters.
    hq.setEnv(QStringLiteral("REPER_HQ_PASSWORD"), kHqPassword);
    const auto imported
        = hq.run({QStringLiteral("package"), QStringLiteral("import"), file, QStringLiteral("--key"), key});
    INFO(imported.all().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Package 1 of CR-BV")));

    // The same records: CR-BV's twelve interchange files from either store are equal.
    QTemporaryDir folders;
    const QString there = folders.filePath(QStringLiteral("centre"));
    const QString here = folders.filePath(QStringLiteral("hq"));
    RecordsExportRequest request;
    request.center = kBv;
    request.destination = there;
    auto exported = RecordsExport(centre.store()).run(request);
    REQUIRE(exported);
    REQUIRE(RecordsExport::writeFolder(*exported, there));
    const auto hqExport = hq.run({QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--center"), kBv,
                                  QStringLiteral("--out"), here});
    INFO(hqExport.all().toStdString());
    REQUIRE(hqExport.exitCode == 0);
    const QStringList files = QDir(there).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 12);
    CHECK(QDir(here).entryList(QDir::Files, QDir::Name) == files);
    int nonEmpty = 0;
    for (const QString& name : files) {
        INFO(name.toStdString());
        // Every row, those of another centre's victim that a CR-BV record refers to included: the
        // package brings that victim with its identifications (decisions.md P6).
        const QString centreText = readText(QDir(there).filePath(name));
        CHECK(readText(QDir(here).filePath(name)) == centreText);
        nonEmpty += centreText.count(QLatin1Char('\n')) > 1 ? 1 : 0;
    }
    CHECK(nonEmpty >= 3); // the comparison is about records, not only headers
    CHECK(readText(QDir(here).filePath(QStringLiteral("victims.csv"))).contains(QStringLiteral(",CR-B,")));
}

TEST_CASE("a centre package imported in the window adds the centre's records and records the import", "[gui][package]")
{
    HqKeyFilesOnDisk keys;
    TempStore centre;
    importSmall(centre.store());
    const QString file = QDir(centre.dir()).filePath(QStringLiteral("CR-BV-1.reperpkg"));
    writeBytes(file, storagePackage(centre.store(), keys.publicKey));
    TempStore headquarters;
    MainWindow window(headquarters.store());
    REQUIRE(centreRecords(headquarters.store()) == 0);

    auto* dialog = openImport(window, file, keys.key);
    click(dialog->importButton());
    REQUIRE(dialog->job());
    REQUIRE(waitFor(dialog->job()));
    const qint64 records = centreRecords(centre.store());
    REQUIRE(records > 0);
    CHECK(centreRecords(headquarters.store()) == records);
    CHECK(packageImports(headquarters.store()) == 1);
    const QString result = dialog->resultText();
    CHECK(result.contains(QStringLiteral("Package 1 of CR-BV")));
    CHECK(result.contains(QStringLiteral("Signed by the key %1")
                              .arg(PackageImport::fingerprintOf(centre->audit().signer().publicKey()))));
    CHECK(result.contains(QStringLiteral("first package of CR-BV")));
    CHECK(result.contains(QStringLiteral("Added ")));
    CHECK_FALSE(dialog->importButton()->isEnabled()); // this package is in

    // The same file again: a replay, refused with the storage layer's reason.
    MessageBox::clearShown();
    auto* again = openImport(window, file, keys.key);
    click(again->importButton());
    REQUIRE(waitFor(again->job()));
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("already imported")));
    CHECK(packageImports(headquarters.store()) == 1);
}

TEST_CASE("a tampered package, or a wrong key password, is refused in the window and changes nothing",
          "[gui][package][security]")
{
    HqKeyFilesOnDisk keys;
    TempStore centre;
    importSmall(centre.store());
    QByteArray bytes = storagePackage(centre.store(), keys.publicKey);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    const QString file = QDir(centre.dir()).filePath(QStringLiteral("tampered.reperpkg"));
    writeBytes(file, bytes);
    TempStore headquarters;
    MainWindow window(headquarters.store());
    const qint64 entries = count(headquarters.store(), QStringLiteral("SELECT count(*) FROM audit_entry"));

    MessageBox::clearShown();
    auto* dialog = openImport(window, file, keys.key);
    click(dialog->importButton());
    REQUIRE(waitFor(dialog->job()));
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("altered")));
    CHECK(dialog->resultText().isEmpty());

    type(dialog, "password", QStringLiteral("not-the-key-password"));
    click(dialog->importButton());
    REQUIRE(waitFor(dialog->job()));
    REQUIRE(MessageBox::shown().size() == 2);
    CHECK(MessageBox::shown().last().contains(QStringLiteral("does not open")));

    CHECK(centreRecords(headquarters.store()) == 0);
    CHECK(packageImports(headquarters.store()) == 0);
    CHECK(count(headquarters.store(), QStringLiteral("SELECT count(*) FROM audit_entry")) == entries);
    CHECK(count(headquarters.store(), QStringLiteral("SELECT count(*) FROM package_received")) == 0);
}

TEST_CASE("conflicts are listed in the window and the side the user chooses wins", "[gui][package]")
{
    HqKeyFilesOnDisk keys;
    TempStore centre;
    importSmall(centre.store());
    TempStore headquarters;
    auto first = PackageImport(headquarters.store())
                     .run(storagePackage(centre.store(), keys.publicKey),
                          *HqKeys::openSecret(readBytes(keys.key), kHqPassword));
    REQUIRE(first);
    REQUIRE(first->imported);
    const QString edit = QStringLiteral("UPDATE event SET title = '%1' WHERE center_id = "
                                        "(SELECT id FROM center WHERE code = 'CR-BV')");
    REQUIRE(headquarters->db().exec(edit.arg(QStringLiteral("Titlu la sediu"))));
    REQUIRE(centre->db().exec(edit.arg(QStringLiteral("Titlu la centru"))));
    const QString file = QDir(centre.dir()).filePath(QStringLiteral("CR-BV-2.reperpkg"));
    writeBytes(file, storagePackage(centre.store(), keys.publicKey));
    const QString title = QStringLiteral("SELECT title FROM event WHERE center_id = (SELECT id FROM center WHERE "
                                         "code = 'CR-BV')");
    MainWindow window(headquarters.store());

    auto* dialog = openImport(window, file, keys.key);
    click(dialog->importButton());
    REQUIRE(waitFor(dialog->job()));
    REQUIRE(child<QGroupBox>(dialog, "conflictsBox")->isVisible());
    auto* conflicts = child<QTreeWidget>(dialog, "conflicts");
    REQUIRE(conflicts->topLevelItemCount() == 1);
    CHECK(conflicts->topLevelItem(0)->text(0) == QStringLiteral("Event"));
    CHECK(*headquarters->db().queryText(title) == QLatin1String("Titlu la sediu")); // nothing written yet
    CHECK(packageImports(headquarters.store()) == 1);
    CHECK_FALSE(dialog->importButton()->isEnabled()); // a side must be chosen

    SECTION("the centre's")
    {
        auto* radio = child<QRadioButton>(dialog, "preferCentre");
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2)); // on its circle
        click(dialog->importButton());
        REQUIRE(waitFor(dialog->job()));
        CHECK(*headquarters->db().queryText(title) == QLatin1String("Titlu la centru"));
        CHECK(dialog->resultText().contains(QStringLiteral("Package 2 of CR-BV")));
    }
    SECTION("headquarters'")
    {
        auto* radio = child<QRadioButton>(dialog, "preferHeadquarters");
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        click(dialog->importButton());
        REQUIRE(waitFor(dialog->job()));
        CHECK(*headquarters->db().queryText(title) == QLatin1String("Titlu la sediu"));
        CHECK(dialog->resultText().contains(QStringLiteral("Kept as headquarters had them: 1")));
    }
    CHECK(packageImports(headquarters.store()) == 2);
    CHECK_FALSE(child<QGroupBox>(dialog, "conflictsBox")->isVisible());
}

TEST_CASE("the package actions are enabled only for the roles the storage layer permits", "[gui][package][security]")
{
    TempStore s;
    importSmall(s.store());
    SECTION("an analyst may neither send nor bring in a package")
    {
        auto analyst = openAs(s, QStringLiteral("mihai"), {QStringLiteral("analyst")}, QString());
        MainWindow window(*analyst);
        CHECK_FALSE(action(window, "actionExportPackage")->isEnabled());
        CHECK_FALSE(action(window, "actionImportPackage")->isEnabled());
        CHECK(window.fileMenu()->exportPackage() == nullptr);
        CHECK(window.fileMenu()->importPackage() == nullptr);
        CHECK(action(window, "actionHqKeys")->isEnabled()); // as `package keygen`: no store, no role
    }
    SECTION("an operator sends only their own centre's package")
    {
        auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, kBv);
        MainWindow window(*op);
        REQUIRE(action(window, "actionExportPackage")->isEnabled());
        CHECK(ExportPackageDialog::centres(*op) == QStringList{kBv});
        CHECK(action(window, "actionImportPackage")->isEnabled() == PackageImport(*op).permits(kBv).ok());
    }
}
