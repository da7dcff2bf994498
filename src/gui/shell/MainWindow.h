#pragma once
// The main window (ui/MainWindow.ui): the modules as a side list — Home, Today (the work list, with
// its badge of overdue deadlines; the first page of a user with case work), Victims, Assistance,
// Repatriations, Criminal proceedings, Prevention, Cooperation, Reports, Data quality (coordinators), Administration —
// each module's page built the first time it is shown, the menus and shortcuts (Ctrl+N, Ctrl+F, Ctrl+S, Esc, F5,
// Ctrl+L), the lock, and on closing the unsaved-changes question and the backup on exit. The window title never names a
// person: only the store's file.
#include "core/Codes.h"
#include "gui/admin/RestoreDialog.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

class QListWidget;

namespace reper {

class DemoStoreDialog;
class ChangeWatcher;
class FileMenu;
class ImportWizard;
class IdleLock;
class Job;
class LockScreen;
class ModulePage;
class Store;
struct DueItem;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Module {
        Home,
        Today,
        Victims,
        Assistance,
        Repatriations,
        Judicial,
        Prevention,
        Cooperation,
        Reports,
        Quality,
        Admin,
        ModuleCount
    };

    // Opens on the user's start module: the work list for a case worker with records, else Home.
    explicit MainWindow(Store& store, QWidget* parent = nullptr);
    // Opens on `start` (if the user has it; ModuleCount: the start module) and builds no other
    // page: the window is ready as soon as that one page is (reper --exit-when-ready measures the
    // start up to the home page).
    MainWindow(Store& store, Module start, QWidget* parent = nullptr);
    ~MainWindow() override;

    Store& store() { return m_store; }
    bool hasModule(Module module) const;
    // The module's page, built if needed; nullptr when the user may not use that module.
    ModulePage* module(Module module);
    bool showModule(Module module);
    Module currentModule() const;
    QListWidget* moduleList() const;
    // The number on a module's entry in the side bar (0: none).
    int badge(Module module) const;
    // Opens the victim's record where a deadline of the work list is met: the victim's page and,
    // for a user who may write there, a new monitoring contact.
    void openDue(const DueItem& item);

    void lock();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lock; }
    IdleLock* idleLock() const { return m_idle; }
    ImportWizard* openImport();
    // Home → Try the demo data…: the dialog that makes a separate demo store.
    DemoStoreDialog* tryDemo();
    // The File menu's actions (exports, centre packages; FileMenu).
    FileMenu* fileMenu() const { return m_file; }
    ChangeWatcher* changeWatcher() const { return m_changes; }
    void backUpNow();
    void restoreFromBackup();
    void setBackupOnExit(bool on) { m_backupOnExit = on; }
    QString lastBackup() const { return m_lastBackup; }

Q_SIGNALS:
    void languageChangeRequested(Language language);
    // A backup is to replace the store: the window closes, the store is restored and opened again.
    void restoreRequested(const reper::RestoreRequest& request);
    // Another store is to be opened (the demo store): the window and this store close, and the start
    // dialog opens on that one.
    void openStoreRequested(const QString& path, const QString& user);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpModules();
    void setUpActions();
    void updateStatus();
    void unlock();
    void saveLayout();
    void onModuleRowChanged(int row);
    bool closeOpenDialogs();
    void recordsChanged();
    void othersChanged();
    void setBadge(Module module, int count);
    Module startModule() const;
    void showGuide();

    Store& m_store;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QList<QPointer<ModulePage>> m_pages;
    QList<Module> m_rowModule; // the module shown at each row of the side list
    LockScreen* m_lock;
    IdleLock* m_idle = nullptr;
    FileMenu* m_file = nullptr;
    ChangeWatcher* m_changes = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    int m_currentRow = -1;
    bool m_backupOnExit = true;
    bool m_closing = false;
    QString m_lastBackup;
};

} // namespace reper
