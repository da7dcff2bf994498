#pragma once
// The Administration module (ui/AdminPage.ui): the store and who is signed in, backups (now, on
// exit with the number of copies kept, restore), the store's check, the import, and the users.
// Backups and checks run off the UI thread on a connection of their own.
#include "ModulePage.h"
#include "RestoreDialog.h"

#include <memory>
#include <optional>

namespace Ui {
class AdminPage;
}

namespace reper {

class Job;
class Store;

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

Q_SIGNALS:
    void backupRequested();
    void restoreRequested();
    void importRequested();

private:
    void showBackups();
    void showUsers();
    Store& m_store;
    std::unique_ptr<Ui::AdminPage> m_ui;
};

} // namespace reper
