#pragma once
// Asks which backup to restore and a user name and password valid in that backup
// (ui/RestoreDialog.ui). The restore itself happens once the store is closed.
#include <QDialog>
#include <memory>

namespace Ui {
class RestoreDialog;
}

class QPushButton;

namespace reper {

struct RestoreRequest
{
    QString backup;
    QString user;
    QString password;
};

class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString& user, QWidget* parent = nullptr);
    ~RestoreDialog() override;
    RestoreRequest request() const;
    void setBackup(const QString& path);
    QPushButton* restoreButton() const { return m_restore; }

private:
    void validate();
    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QPushButton* m_restore;
};

} // namespace reper
