#pragma once
// The Administration module (ui/AdminPage.ui), in tabs: the store and who is signed in, backups
// (now, on exit with the number of copies kept, restore), the store's check and the import; for
// administrators also the users (UsersPanel) and the audit trail (AuditPanel). Backups and checks
// run off the UI thread on a connection of their own. The panels report into the page's banner.
#include "gui/admin/RestoreDialog.h"
#include "gui/shell/ModulePage.h"

#include <memory>
#include <optional>

namespace Ui {
class AdminPage;
}

namespace reper {

class AuditPanel;
class Job;
class Store;
class UsersPanel;

class AdminPage : public ModulePage
{
    Q_OBJECT
public:
    explicit AdminPage(Store& store, QWidget* parent = nullptr);
    ~AdminPage() override;

    void activate() override;
    void refresh() override;
    // A backup to `path` (asked for when empty), in the background. Returns the job, or nullptr.
    Job* backUpTo(const QString& path);
    Job* verify();
    // Asks which backup to restore and the credentials valid in it.
    std::optional<RestoreRequest> askRestore();
    // nullptr for users who may not manage users / read the audit trail (the tab is not there).
    UsersPanel* usersPanel() const { return m_users; }
    AuditPanel* auditPanel() const { return m_audit; }
    QString bannerText() const;
    // Shows the tab of a panel (the screenshot tour, tests).
    void showTab(QWidget* panel);

Q_SIGNALS:
    void backupRequested();
    void restoreRequested();
    void importRequested();

private:
    void showBackups();
    Store& m_store;
    std::unique_ptr<Ui::AdminPage> m_ui;
    UsersPanel* m_users = nullptr;
    AuditPanel* m_audit = nullptr;
};

} // namespace reper
