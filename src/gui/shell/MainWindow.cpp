#include "MainWindow.h"

#include "core/AppPaths.h"
#include "core/Version.h"
#include "gui/admin/AdminPage.h"
#include "gui/common/Appearance.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/home/DemoStoreDialog.h"
#include "gui/home/EmptyStorePanel.h"
#include "gui/home/HomePage.h"
#include "gui/importer/ImportWizard.h"
#include "gui/lists/ListModule.h"
#include "gui/quality/DataQualityPage.h"
#include "gui/reports/ReportsPage.h"
#include "gui/shell/ChangeWatcher.h"
#include "gui/shell/ExitBackup.h"
#include "gui/shell/FileMenu.h"
#include "gui/shell/GuideDialog.h"
#include "gui/shell/IdleLock.h"
#include "gui/shell/LockScreen.h"
#include "gui/shell/ModuleCatalog.h"
#include "gui/shell/SideBarDelegate.h"
#include "gui/today/TodayPage.h"
#include "gui/victims/ExportVictimsDialog.h"
#include "gui/victims/VictimsModule.h"
#include "storage/Store.h"
#include "storage/figures/TrendQuery.h"
#include "storage/keys/SecuritySession.h"
#include "storage/services/RecordsExport.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QUrl>

namespace reper {

MainWindow::MainWindow(Store& store, QWidget* parent)
    : MainWindow(store, ModuleCount, parent)
{
}

MainWindow::MainWindow(Store& store, Module start, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_lock(new LockScreen(store, this))
{
    m_ui->setupUi(this);
    setCentralWidget(m_ui->lockStack);
    m_ui->lockStack->addWidget(m_lock);
    // A server's address holds no password (PgUrl::text).
    setWindowTitle(
        tr("Reper — %1").arg(SecuritySession::onServer(store) ? store.path() : QFileInfo(store.path()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/reper.svg")));
    m_ui->modules->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); border-right: 1px solid palette(mid); padding-top: 6px; }"
        "QListWidget::item { padding: 7px 6px; }"));
    for (int i = 0; i < ModuleCount; ++i)
        m_pages << nullptr;
    setUpModules();
    setUpActions();
    updateStatus();
    // On a server, what other users commit shows here within seconds (nothing to watch on a file).
    m_changes = new ChangeWatcher(store, this);
    connect(m_changes, &ChangeWatcher::changed, this, &MainWindow::othersChanged);
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::unlock);
    m_idle = new IdleLock(this);
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_backupOnExit = ExitBackup::enabled();
    showModule(start != ModuleCount && hasModule(start) ? start : startModule());
}

MainWindow::~MainWindow() = default;

QListWidget* MainWindow::moduleList() const { return m_ui->modules; }

bool MainWindow::hasModule(Module module) const { return m_rowModule.contains(module); }

void MainWindow::setUpModules()
{
    for (int i = 0; i < ModuleCount; ++i) {
        const auto m = Module(i);
        if (!ModuleCatalog::shown(m, m_store))
            continue;
        auto* item = new QListWidgetItem(QIcon(ModuleCatalog::icon(m)), ModuleCatalog::title(m), m_ui->modules);
        item->setData(Qt::UserRole, i);
        m_rowModule << m;
    }
    m_ui->modules->setItemDelegate(new SideBarDelegate(m_ui->modules));
    connect(m_ui->modules, &QListWidget::currentRowChanged, this, &MainWindow::onModuleRowChanged);
}

MainWindow::Module MainWindow::startModule() const
{
    // A case worker starts on the work list; in a store with nothing recorded in their scope, on
    // Home, which then says what to do first.
    if (!hasModule(Today))
        return Home;
    auto any = TrendQuery(m_store).hasRecords(m_store.user().center);
    return any && *any ? Today : Home;
}

int MainWindow::badge(Module m) const
{
    const int row = m_rowModule.indexOf(m);
    return row < 0 ? 0 : m_ui->modules->item(row)->data(SideBarDelegate::BadgeRole).toInt();
}

void MainWindow::setBadge(Module m, int count)
{
    const int row = m_rowModule.indexOf(m);
    if (row < 0)
        return;
    SideBarDelegate::setBadge(m_ui->modules->item(row), count);
}

void MainWindow::openDue(const DueItem& item)
{
    if (auto* victims = qobject_cast<VictimsModule*>(module(Victims)); victims && showModule(Victims))
        victims->openVictim(item.victimId, m_store.access().canWriteRecords(item.center));
}

ModulePage* MainWindow::module(Module m)
{
    if (!hasModule(m))
        return nullptr;
    if (m_pages[m])
        return m_pages[m];
    ModulePage* page = nullptr;
    switch (m) {
    case Home: {
        auto* home = new HomePage(m_store, this);
        connect(home->emptyPanel(), &EmptyStorePanel::addVictimRequested, this, [this] {
            if (showModule(Victims))
                m_pages[Victims]->newRecord();
        });
        connect(home->emptyPanel(), &EmptyStorePanel::importRequested, this, &MainWindow::openImport);
        connect(home->emptyPanel(), &EmptyStorePanel::demoRequested, this, &MainWindow::tryDemo);
        page = home;
        break;
    }
    case Today: {
        auto* today = new TodayPage(m_store, this);
        connect(today, &TodayPage::openRequested, this, &MainWindow::openDue);
        connect(today, &TodayPage::overdueCountChanged, this, [this](int n) { setBadge(Today, n); });
        page = today;
        break;
    }
    case Victims: page = new VictimsModule(m_store, this); break;
    case Assistance: page = new ListModule(m_store, {ListKind::Assistance, ListKind::MonitoringContacts}, this); break;
    case Repatriations: page = new ListModule(m_store, {ListKind::Repatriations}, this); break;
    case Judicial: page = new ListModule(m_store, {ListKind::Judicial}, this); break;
    case Prevention: page = new ListModule(m_store, {ListKind::Prevention, ListKind::Campaigns}, this); break;
    case Cooperation:
        page = new ListModule(m_store,
                              {ListKind::Protocols, ListKind::ActionPlans, ListKind::TeamMeetings, ListKind::Trainings,
                               ListKind::Events, ListKind::FundedProjects},
                              this);
        break;
    case Reports: page = new ReportsPage(m_store, this); break;
    case Quality: {
        auto* quality = new DataQualityPage(m_store, this);
        connect(quality, &DataQualityPage::victimRequested, this, [this](qint64 id) {
            if (auto* victims = qobject_cast<VictimsModule*>(module(Victims)); victims && showModule(Victims))
                victims->openVictim(id);
        });
        page = quality;
        break;
    }
    case Admin: {
        auto* admin = new AdminPage(m_store, this);
        connect(admin, &AdminPage::backupRequested, this, &MainWindow::backUpNow);
        connect(admin, &AdminPage::restoreRequested, this, &MainWindow::restoreFromBackup);
        connect(admin, &AdminPage::importRequested, this, &MainWindow::openImport);
        page = admin;
        break;
    }
    case ModuleCount: break;
    }
    page->setObjectName(QStringLiteral("module%1").arg(int(m)));
    connect(page, &ModulePage::recordsChanged, this, &MainWindow::recordsChanged);
    // In a scroll area: at a large scale (QT_SCALE_FACTOR=2 on a full-HD screen) a page wider or
    // taller than the room left scrolls instead of pushing the window off the screen.
    auto* scroll = new QScrollArea(m_ui->pages);
    scroll->setObjectName(QStringLiteral("scroll%1").arg(int(m)));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    m_ui->pages->addWidget(scroll);
    m_pages[m] = page;
    return page;
}

void MainWindow::recordsChanged()
{
    if (auto* home = qobject_cast<HomePage*>(m_pages[Home].data()))
        home->refresh();
    if (ModulePage* today = module(Today)) // built if need be: its badge is in the side bar
        today->refresh();
    if (ModulePage* quality = m_pages[Quality]) // once shown, its list follows the records
        quality->refresh();
}

void MainWindow::othersChanged()
{
    // After other users' commits or an import: every page shown so far reads again (a page with unsaved changes keeps
    // them: ModulePage), and the work list's badge is counted even before its page is first shown.
    module(Today);
    for (ModulePage* p : std::as_const(m_pages))
        if (p)
            p->refresh();
}

MainWindow::Module MainWindow::currentModule() const
{
    return m_currentRow >= 0 && m_currentRow < m_rowModule.size() ? m_rowModule[m_currentRow] : Home;
}

bool MainWindow::showModule(Module m)
{
    const int row = m_rowModule.indexOf(m);
    if (row < 0)
        return false;
    m_ui->modules->setCurrentRow(row);
    return m_currentRow == row;
}

void MainWindow::onModuleRowChanged(int row)
{
    if (row == m_currentRow || row < 0)
        return;
    if (m_currentRow >= 0) {
        ModulePage* old = m_pages[m_rowModule[m_currentRow]];
        if (old && !old->confirmLeave()) {
            const QSignalBlocker block(m_ui->modules);
            m_ui->modules->setCurrentRow(m_currentRow);
            return;
        }
    }
    m_currentRow = row;
    ModulePage* page = module(m_rowModule[row]);
    m_ui->pages->setCurrentWidget(page->parentWidget()->parentWidget()); // its scroll area (viewport, area)
    page->activate();
}

void MainWindow::setUpActions()
{
    const auto current = [this] { return m_pages[currentModule()].data(); };
    connect(m_ui->actionNew, &QAction::triggered, this, [current] {
        if (ModulePage* p = current())
            p->newRecord();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [current] {
        if (ModulePage* p = current())
            p->focusSearch();
    });
    connect(m_ui->actionSave, &QAction::triggered, this, [current] {
        if (ModulePage* p = current())
            p->save();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [current] {
        if (ModulePage* p = current())
            p->refresh();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [current] {
        if (ModulePage* p = current())
            p->cancel();
    });
    m_file = new FileMenu(*this, *m_ui);
    connect(m_ui->actionGuide, &QAction::triggered, this, &MainWindow::showGuide);
    connect(m_ui->actionLogFolder, &QAction::triggered, this, [] {
        QDir().mkpath(AppPaths::logDir());
        QDesktopServices::openUrl(QUrl::fromLocalFile(AppPaths::logDir()));
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        MessageBox::information(this, tr("About Reper"),
                                tr("Reper %1 — case monitoring and the annual bilanț of the regional centres of the "
                                   "National Agency against Trafficking in Persons.")
                                    .arg(QString::fromLatin1(programVersion())));
    });
    // High contrast: the palette changes and the window is built again in it (as for a language).
    m_ui->actionHighContrast->setChecked(Appearance::highContrast());
    connect(m_ui->actionHighContrast, &QAction::toggled, this, [this](bool on) {
        Appearance::setHighContrast(on);
        Q_EMIT languageChangeRequested(UiLanguage::current());
    });
    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->actionRomanian);
    languages->addAction(m_ui->actionEnglish);
    (UiLanguage::current() == Language::English ? m_ui->actionEnglish : m_ui->actionRomanian)->setChecked(true);
    const auto choose = [this](Language language) {
        if (language == UiLanguage::current())
            return;
        if (ModulePage* p = m_pages[currentModule()]; p && !p->confirmLeave()) {
            (UiLanguage::current() == Language::English ? m_ui->actionEnglish : m_ui->actionRomanian)->setChecked(true);
            return;
        }
        Q_EMIT languageChangeRequested(language);
    };
    connect(m_ui->actionRomanian, &QAction::triggered, this, [choose] { choose(Language::Romanian); });
    connect(m_ui->actionEnglish, &QAction::triggered, this, [choose] { choose(Language::English); });
}

void MainWindow::updateStatus()
{
    const StoreUser& u = m_store.user();
    const QString roles = Labels::roles(u.roles);
    const QString scope = u.center.isEmpty() ? tr("national") : Labels::center(m_store.reference(), u.center);
    auto* label
        = new QLabel(tr("%1 · %2 · %3 · %4").arg(u.name, roles, scope, QFileInfo(m_store.path()).fileName()), this);
    statusBar()->addPermanentWidget(label);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Every other window of ours (record dialogs, wizard) is hidden too, and shown again after.
    m_hiddenWhileLocked.clear();
    const auto ours = [this](QWidget* w) {
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (p == this)
                return true;
        return false;
    };
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != this && w->isVisible() && ours(w)) {
            m_hiddenWhileLocked << w;
            w->hide();
        }
    m_ui->lockStack->setCurrentWidget(m_lock);
    menuBar()->setEnabled(false);
    m_lock->prepare();
}

bool MainWindow::isLocked() const { return m_ui->lockStack->currentWidget() == m_lock; }

void MainWindow::unlock()
{
    m_ui->lockStack->setCurrentWidget(m_ui->workArea);
    menuBar()->setEnabled(true);
    for (const QPointer<QWidget>& w : m_hiddenWhileLocked)
        if (w)
            w->show();
    m_hiddenWhileLocked.clear();
}

DemoStoreDialog* MainWindow::tryDemo()
{
    auto* dialog = new DemoStoreDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &DemoStoreDialog::openRequested, this, &MainWindow::openStoreRequested);
    dialog->open();
    return dialog;
}

ImportWizard* MainWindow::openImport()
{
    auto* wizard = new ImportWizard(m_store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::othersChanged); // every page shown reads again
    wizard->open();
    return wizard;
}

void MainWindow::backUpNow()
{
    if (auto* admin = qobject_cast<AdminPage*>(module(Admin))) {
        showModule(Admin);
        admin->backUpTo(QString());
    }
}

void MainWindow::restoreFromBackup()
{
    if (auto* admin = qobject_cast<AdminPage*>(module(Admin))) {
        showModule(Admin);
        if (const auto request = admin->askRestore()) {
            if (!closeOpenDialogs())
                return;
            Q_EMIT restoreRequested(*request);
        }
    }
}

void MainWindow::showGuide()
{
    auto* guide = new GuideDialog(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

bool MainWindow::closeOpenDialogs()
{
    for (QDialog* d : findChildren<QDialog*>())
        if (d->isVisible() && !d->close())
            return false;
    return true;
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!isLocked()) {
        if (!closeOpenDialogs()) {
            event->ignore();
            return;
        }
        for (ModulePage* p : m_pages)
            if (p && !p->confirmLeave()) {
                event->ignore();
                return;
            }
    }
    if (Job::running() > 0) {
        if (!MessageBox::confirm(this, tr("Work in progress"),
                                 tr("An import, report or backup is still running. Stop it and quit?"),
                                 tr("Stop and quit"))) {
            event->ignore();
            return;
        }
        for (Job* job : findChildren<Job*>())
            job->cancel();
        qDeleteAll(findChildren<Job*>()); // each waits for its work to stop
    }
    saveLayout();
    // Backups are for the users the store lets take them (AccessPolicy::canBackup).
    if (m_backupOnExit && !m_closing && m_store.access().canBackup() && !SecuritySession::onServer(m_store)) {
        m_closing = true;
        hide();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto copy = ExitBackup::run(m_store, ExitBackup::folder(), ExitBackup::keep());
        QApplication::restoreOverrideCursor();
        if (copy)
            m_lastBackup = *copy;
        else
            MessageBox::warning(nullptr, tr("Backup"), tr("The backup on exit failed: %1").arg(copy.error().message));
    }
    event->accept();
}

} // namespace reper
