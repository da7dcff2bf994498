#include "FileMenu.h"

#include "core/AccessPolicy.h"
#include "gui/package/ExportPackageDialog.h"
#include "gui/package/HqKeysDialog.h"
#include "gui/package/ImportPackageDialog.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/ModulePage.h"
#include "gui/victims/ExportAllDialog.h"
#include "gui/victims/ExportVictimsDialog.h"
#include "storage/Store.h"
#include "storage/keys/SecuritySession.h"
#include "ui_MainWindow.h"

#include <QStatusBar>

namespace reper {

FileMenu::FileMenu(MainWindow& window, Ui::MainWindow& ui)
    : QObject(&window)
    , m_window(window)
    , m_store(window.store())
    , m_ui(ui)
{
    connect(m_ui.actionLock, &QAction::triggered, &m_window, &MainWindow::lock);
    connect(m_ui.actionQuit, &QAction::triggered, &m_window, &QWidget::close);
    connect(m_ui.actionImport, &QAction::triggered, &m_window, &MainWindow::openImport);
    connect(m_ui.actionExportVictims, &QAction::triggered, this, &FileMenu::exportVictims);
    connect(m_ui.actionExportAll, &QAction::triggered, this, [this] { exportAll(); });
    connect(m_ui.actionBackup, &QAction::triggered, &m_window, &MainWindow::backUpNow);
    connect(m_ui.actionRestore, &QAction::triggered, &m_window, &MainWindow::restoreFromBackup);
    const AccessPolicy access = m_store.access();
    // On a server PostgreSQL's own tools back up and restore (decisions V13).
    const bool onServer = SecuritySession::onServer(m_store);
    if (onServer)
        m_ui.actionBackup->setEnabled(false);
    m_ui.actionRestore->setEnabled(access.canAdminister() && !onServer);
    m_ui.actionImport->setEnabled(m_window.hasModule(MainWindow::Victims)
                                  || m_window.hasModule(MainWindow::Prevention));
    m_ui.actionExportVictims->setEnabled(access.canListVictims());
    m_ui.actionExportAll->setEnabled(access.canListVictims());
    addPackageActions();
}

void FileMenu::addPackageActions()
{
    m_hqKeys = new QAction(tr("Make &headquarters' keys…"), &m_window);
    m_hqKeys->setObjectName(QStringLiteral("actionHqKeys"));
    m_exportPackage = new QAction(tr("Export a &centre package…"), &m_window);
    m_exportPackage->setObjectName(QStringLiteral("actionExportPackage"));
    m_importPackage = new QAction(tr("Import a centre &package…"), &m_window);
    m_importPackage->setObjectName(QStringLiteral("actionImportPackage"));
    // After the exports, in a group of their own.
    const QList<QAction*> actions = m_ui.menuFile->actions();
    const qsizetype after = actions.indexOf(m_ui.actionExportAll) + 1;
    QAction* before = after < actions.size() ? actions.at(after) : nullptr;
    m_ui.menuFile->insertSeparator(before);
    m_ui.menuFile->insertActions(before, {m_hqKeys, m_exportPackage, m_importPackage});
    connect(m_hqKeys, &QAction::triggered, this, &FileMenu::makeHqKeys);
    connect(m_exportPackage, &QAction::triggered, this, &FileMenu::exportPackage);
    connect(m_importPackage, &QAction::triggered, this, &FileMenu::importPackage);
    // The keys need no store and no role (as `package keygen`); the packages are the storage layer's
    // rules: PackageExport::permits and PackageImport::permits.
    // Headquarters on a server takes in the packages of centres without a connection; a package is
    // made from a centre's own local file (docs/server.md).
    const bool onServer = SecuritySession::onServer(m_store);
    m_exportPackage->setEnabled(!onServer && !ExportPackageDialog::centres(m_store).isEmpty());
    m_importPackage->setEnabled(ImportPackageDialog::permitted(m_store));
}

HqKeysDialog* FileMenu::makeHqKeys()
{
    auto* dialog = new HqKeysDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ExportPackageDialog* FileMenu::exportPackage()
{
    if (!m_exportPackage->isEnabled())
        return nullptr;
    auto* dialog = new ExportPackageDialog(m_store, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ImportPackageDialog* FileMenu::importPackage()
{
    if (!m_importPackage->isEnabled())
        return nullptr;
    auto* dialog = new ImportPackageDialog(m_store, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportPackageDialog::imported, this, [this] {
        for (ModulePage* page : m_window.findChildren<ModulePage*>())
            page->refresh();
    });
    dialog->open();
    return dialog;
}

void FileMenu::exportVictims()
{
    ExportVictimsDialog dialog(m_store, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window.statusBar()->showMessage(dialog.summary(), 15000);
}

ExportAllDialog* FileMenu::exportAll()
{
    if (!m_ui.actionExportAll->isEnabled())
        return nullptr;
    auto* dialog = new ExportAllDialog(m_store, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportAllDialog::exported, this,
            [this](const QString& summary) { m_window.statusBar()->showMessage(summary, 15000); });
    dialog->open();
    return dialog;
}

} // namespace reper
