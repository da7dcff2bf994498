#pragma once
// A user signed in with a temporary password chooses their own (ui/ChangePasswordDialog.ui),
// through UserService::changeOwnPassword; until then the store refuses everything else.
#include <QDialog>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

class QPushButton;

namespace reper {

class Store;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Store& store, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;
    QPushButton* changeButton() const { return m_change; }
    bool change();

private:
    void validate();
    Store& m_store;
    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    QPushButton* m_change;
};

} // namespace reper
