#include "ScreenshotTour.h"

#include "core/Clock.h"
#include "core/platform/Platform.h"
#include "generator/DataGenerator.h"
#include "gui/admin/AddUserDialog.h"
#include "gui/admin/AdminPage.h"
#include "gui/admin/AuditPanel.h"
#include "gui/admin/UsersPanel.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordForm.h"
#include "gui/home/HomePage.h"
#include "gui/importer/ImportCheckPage.h"
#include "gui/importer/ImportWizard.h"
#include "gui/lists/ListModule.h"
#include "gui/lists/RecordListPage.h"
#include "gui/models/TimelineModel.h"
#include "gui/package/ImportPackageDialog.h"
#include "gui/reports/ExplainDialog.h"
#include "gui/reports/InternationalReportForm.h"
#include "gui/reports/ReportForm.h"
#include "gui/reports/ReportsPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/NewStoreDialog.h"
#include "gui/shell/RecoveryKeyDialog.h"
#include "gui/shell/RecoveryOpenDialog.h"
#include "gui/shell/StartDialog.h"
#include "gui/victims/ExportVictimsDialog.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "importer/Importer.h"
#include "storage/Store.h"
#include "storage/package/HqKeys.h"
#include "storage/package/PackageExport.h"
#include "storage/services/UserService.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace reper {

namespace {

void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void waitFor(Job* job)
{
    if (!job)
        return;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
    settle();
}

class Shooter
{
public:
    explicit Shooter(const QString& folder)
        : m_dir(folder)
    {
    }
    bool shoot(QWidget* w, const QString& name)
    {
        settle();
        const QString path
            = m_dir.filePath(QStringLiteral("%1-%2.png").arg(UiLanguage::code(UiLanguage::current()), name));
        const bool ok = w->grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        m_ok = m_ok && ok;
        return ok;
    }
    bool ok() const { return m_ok; }

private:
    QDir m_dir;
    bool m_ok = true;
};

// A copy of the generated folder with a few typical mistakes, for the import wizard's picture.
void writeFolderWithMistakes(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : {QStringLiteral("victims.csv"), QStringLiteral("assistance.csv")}) {
        QFile in(QDir(from).filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        lines = lines.mid(0, 40);
        if (name == QLatin1String("victims.csv") && lines.size() > 12) {
            lines[5].replace(QRegularExpression(QStringLiteral(",(\\d{4})-(\\d{2})-(\\d{2}),")),
                             QStringLiteral(",2023-02-30,"));
            lines[9].replace(QStringLiteral(",RO,"), QStringLiteral(",ROU,"));
        }
        if (name == QLatin1String("assistance.csv") && lines.size() > 8)
            lines[7].replace(QRegularExpression(QStringLiteral(",(shelter|medical|psychological|legal|social),")),
                             QStringLiteral(",cazare la hotel,"));
        QFile out(QDir(to).filePath(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(lines.join(QLatin1Char('\n')).toUtf8());
    }
}

// File → Import a centre package: a package of CR-BV made by a second store from the same folder,
// sealed to headquarters' keys made here, imported into a third, empty store — headquarters' (the
// window's store has CR-BV's records already, with the same codes).
void shootPackageImport(MainWindow& window, const QString& csv, QTemporaryDir& tmp, Shooter& shooter)
{
    const QString password = QStringLiteral("parola cheii sediului");
    auto keys = HqKeys::generate(password);
    auto centre = Store::create(tmp.filePath(QStringLiteral("centru-bv.reper")), QStringLiteral("dan"),
                                QStringLiteral("o parolă lungă de test"), SystemClock::instance());
    if (!keys || !centre || !Importer(*centre->store).run(csv, false).ok()) {
        std::fprintf(stderr, "package: the centre's store could not be made\n");
        return;
    }
    const QString keyPath = tmp.filePath(QStringLiteral("HQ.key"));
    const QString packagePath = tmp.filePath(QStringLiteral("CR-BV-1.reperpkg"));
    if (!writeFileAtomically(keyPath, keys->secretFile))
        return;
    auto made = PackageExport(*centre->store).run(QStringLiteral("CR-BV"), keys->key, [&](const QByteArray& file) {
        return writeFileAtomically(packagePath, file);
    });
    auto hq = Store::create(tmp.filePath(QStringLiteral("sediu.reper")), QStringLiteral("ana"),
                            QStringLiteral("o parolă lungă de test"), SystemClock::instance());
    if (!made || !hq) {
        std::fprintf(stderr, "package: %s\n", qPrintable((made ? hq.error() : made.error()).message));
        return;
    }
    auto dialog = std::make_unique<ImportPackageDialog>(*hq->store, &window); // gone before headquarters' store
    dialog->show();
    dialog->setPackage(QStringLiteral("/media/usb/CR-BV-1.reperpkg"));
    dialog->setKey(QStringLiteral("/home/ana/sediu/HQ.key"));
    if (auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("password")))
        field->setText(password);
    dialog->adjustSize();
    shooter.shoot(dialog.get(), QStringLiteral("20-import-package"));
    dialog->setPackage(packagePath);
    dialog->setKey(keyPath);
    MessageBox::clearShown();
    waitFor(dialog->importNow());
    if (dialog->resultText().isEmpty())
        std::fprintf(stderr, "package import: %s\n", qPrintable(MessageBox::shown().join(QLatin1Char(' '))));
    dialog->setPackage(QStringLiteral("/media/usb/CR-BV-1.reperpkg"));
    dialog->setKey(QStringLiteral("/home/ana/sediu/HQ.key"));
    dialog->adjustSize();
    shooter.shoot(dialog.get(), QStringLiteral("20-import-package-result"));
    dialog->reject();
}

} // namespace

bool ScreenshotTour::run(const QString& folder)
{
    QDir().mkpath(folder);
    MessageBox::setQuiet(true);
    FileDialogs::setQuiet(true);
    QTemporaryDir tmp;
    // Settings of its own: the pictures show the defaults, and the user's settings stay untouched.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("config")));
    const QString csv = tmp.filePath(QStringLiteral("csv"));
    GeneratorOptions options;
    const int year = QDate::currentDate().year();
    options.firstYear = year - 6; // six whole years, up to last year: nothing dated after today
    options.years = 6;
    options.scale = 0.25;
    std::printf("generating synthetic data…\n");
    if (auto s = DataGenerator().write(csv, options); !s) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(s.error().message));
        return false;
    }
    Shooter shooter(folder);

    // The start dialog and a new store with its recovery key.
    StartDialog start(SystemClock::instance());
    start.setStorePath(tmp.filePath(QStringLiteral("centru.reper")));
    start.resize(620, start.sizeHint().height());
    start.show();
    shooter.shoot(&start, QStringLiteral("01-start"));
    const QString storePath = tmp.filePath(QStringLiteral("demo.reper"));
    auto created = Store::create(storePath, QStringLiteral("ana"), QStringLiteral("o parolă lungă de test"),
                                 SystemClock::instance());
    if (!created) {
        std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
        return false;
    }
    {
        RecoveryKeyDialog key(created->recoveryKey, storePath);
        key.show();
        shooter.shoot(&key, QStringLiteral("02-recovery-key"));
    }
    {
        // Opening with the recovery key, one group mistyped: the field says so as it is typed.
        RecoveryOpenDialog recovery(storePath, SystemClock::instance());
        QString mistyped = created->recoveryKey;
        mistyped.chop(1);
        recovery.setKey(mistyped);
        recovery.setUser(QStringLiteral("ana"));
        recovery.show();
        shooter.shoot(&recovery, QStringLiteral("02-open-with-recovery-key"));
    }
    start.hide();
    Store& store = *created->store;
    std::printf("importing…\n");
    const ImportReport imported = Importer(store).run(csv, false);
    if (!imported.ok()) {
        std::fprintf(stderr, "import: %s\n",
                     qPrintable(imported.problems.isEmpty() ? imported.failure : imported.problems.first().toString()));
        return false;
    }

    MainWindow window(store);
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    if (auto* home = qobject_cast<HomePage*>(window.module(MainWindow::Home)))
        home->setYear(year - 1);
    window.showModule(MainWindow::Home);
    shooter.shoot(&window, QStringLiteral("03-home"));

    window.showModule(MainWindow::Victims);
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    shooter.shoot(&window, QStringLiteral("04-victims"));
    {
        ExportVictimsDialog exporting(store, &window);
        exporting.setPath(QStringLiteral("/home/ana/victime-2025.csv"));
        exporting.show();
        shooter.shoot(&exporting, QStringLiteral("04-export-victims"));
    }
    // Part of a code there is, in lower case: the search ignores case.
    const QString someCode = victims->list()->model()->data(victims->list()->model()->index(3, 0)).toString();
    victims->list()->searchBox()->setText(someCode.left(5).toLower());
    victims->list()->applyFilter();
    shooter.shoot(&window, QStringLiteral("05-victims-search"));
    victims->list()->searchBox()->clear();
    victims->list()->applyFilter();
    if (const RecordId first = victims->list()->model()->idAt(0)) {
        victims->openVictim(first);
        shooter.shoot(&window, QStringLiteral("06-victim-page"));
        int identification = 0;
        for (int r = 0; r < victims->victimPage()->timeline()->rowCount(); ++r)
            if (victims->victimPage()->timeline()->entryAt(r)->kind == TimelineEntry::Kind::Identification)
                identification = r;
        if (RecordDialog* d = victims->victimPage()->openEntry(identification)) {
            d->adjustSize();
            shooter.shoot(d, QStringLiteral("07-identification"));
            d->form()->setModified(false);
            d->reject();
        }
        if (RecordDialog* d = victims->victimPage()->addRecord(FormKind::Assistance)) {
            d->adjustSize();
            if (auto* from = d->findChild<OptionalDateEdit*>(QStringLiteral("startDate")))
                from->setValue(QDate(year - 1, 5, 10));
            if (auto* end = d->findChild<OptionalDateEdit*>(QStringLiteral("endDate")))
                end->setValue(QDate(year - 1, 4, 30));
            d->form()->hints().touchAll();
            Q_EMIT d->form()->changed();
            shooter.shoot(d, QStringLiteral("08-assistance-invalid"));
            d->form()->setModified(false);
            d->reject();
        }
        victims->showList();
    }

    const QList<QPair<MainWindow::Module, QString>> modules = {
        {MainWindow::Assistance, QStringLiteral("09-assistance")},
        {MainWindow::Repatriations, QStringLiteral("10-repatriations")},
        {MainWindow::Judicial, QStringLiteral("11-judicial")},
        {MainWindow::Prevention, QStringLiteral("12-prevention")},
        {MainWindow::Cooperation, QStringLiteral("13-cooperation")},
    };
    for (const auto& [module, name] : modules) {
        window.showModule(module);
        shooter.shoot(&window, name);
    }
    if (auto* prevention = qobject_cast<ListModule*>(window.module(MainWindow::Prevention))) {
        window.showModule(MainWindow::Prevention);
        if (RecordDialog* d
            = prevention->openRecord(ListKind::Prevention, prevention->page(ListKind::Prevention)->model()->idAt(0))) {
            d->adjustSize();
            shooter.shoot(d, QStringLiteral("14-prevention-activity"));
            d->reject();
        }
    }
    window.showModule(MainWindow::Reports);
    if (auto* page = qobject_cast<ReportsPage*>(window.module(MainWindow::Reports))) {
        ReportForm* reports = page->form();
        reports->setChoice(year - 1, Scope::national());
        waitFor(reports->generate());
        shooter.shoot(&window, QStringLiteral("15-reports"));
        if (ExplainDialog* explain = reports->explainFigure()) {
            explain->setFigure(QStringLiteral("victims_repatriated"));
            shooter.shoot(explain, QStringLiteral("15-explain"));
            explain->close();
        }
        InternationalReportForm* international = page->international();
        page->tabs()->setCurrentIndex(1);
        international->setChoice(year - 1, Scope::national());
        waitFor(international->generate());
        shooter.shoot(&window, QStringLiteral("15-international"));
        page->tabs()->setCurrentIndex(0);
    }
    // Two more (synthetic) users, one of them disabled, so the users and the trail have something to show.
    {
        UserService users(store);
        const QString temporary = QStringLiteral("o parolă temporară de test");
        (void)users.add(QStringLiteral("ioana.bv"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"), temporary);
        (void)users.add(QStringLiteral("mihai.analist"), {QStringLiteral("analyst")}, QString(), temporary);
        (void)users.add(QStringLiteral("radu.is"), {QStringLiteral("operator")}, QStringLiteral("CR-IS"), temporary);
        (void)users.disable(QStringLiteral("radu.is"));
    }
    window.showModule(MainWindow::Admin);
    if (auto* admin = qobject_cast<AdminPage*>(window.module(MainWindow::Admin))) {
        admin->refresh();
        waitFor(admin->verify());
        shooter.shoot(&window, QStringLiteral("16-administration"));
        if (UsersPanel* users = admin->usersPanel()) {
            admin->showTab(users);
            users->selectUser(QStringLiteral("ioana.bv"));
            shooter.shoot(&window, QStringLiteral("16-administration-users"));
            if (AddUserDialog* add = users->addUser()) {
                if (auto* name = add->findChild<QLineEdit*>(QStringLiteral("name")))
                    name->setText(QStringLiteral("elena.cj"));
                add->setCenter(QStringLiteral("CR-CJ"));
                add->adjustSize();
                shooter.shoot(add, QStringLiteral("16-administration-add-user"));
                add->reject();
            }
        }
        if (AuditPanel* audit = admin->auditPanel()) {
            admin->showTab(audit);
            waitFor(audit->verify());
            shooter.shoot(&window, QStringLiteral("16-administration-audit"));
        }
    }

    // The import wizard with a folder that has mistakes.
    const QString wrong = tmp.filePath(QStringLiteral("with-mistakes"));
    writeFolderWithMistakes(csv, wrong);
    ImportWizard* wizard = window.openImport();
    wizard->setFolder(wrong);
    shooter.shoot(wizard, QStringLiteral("17-import-folder"));
    wizard->next();
    QEventLoop loop;
    QObject::connect(wizard->checkPage(), &ImportCheckPage::checked, &loop, &QEventLoop::quit);
    if (wizard->checkPage()->isRunning())
        loop.exec();
    shooter.shoot(wizard, QStringLiteral("18-import-problems"));
    wizard->reject();

    shootPackageImport(window, csv, tmp, shooter);

    window.lock();
    shooter.shoot(&window, QStringLiteral("19-locked"));
    window.close();
    return shooter.ok();
}

} // namespace reper
