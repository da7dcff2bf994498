#pragma once
// Administration → Users → Add a user (ui/AddUserDialog.ui): name, role, centre (or national) and
// the temporary password the administrator gives them, typed twice, as `reper-cli user add` asks
// for it. The user is added through UserService (audited); until they choose their own password
// they may do nothing else. What UserService refuses is shown in the dialog's banner.
#include <QDialog>
#include <memory>

namespace Ui {
class AddUserDialog;
}

class QPushButton;

namespace reper {

class Store;

class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(Store& store, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    QPushButton* addButton() const { return m_add; }
    // Chooses a role (operator, …) and a centre (CR-XX, empty for national) by code.
    void setRole(const QString& role);
    void setCenter(const QString& center);
    QString userName() const;
    bool add();

private:
    void validate();
    QString role() const;
    QString center() const;
    Store& m_store;
    std::unique_ptr<Ui::AddUserDialog> m_ui;
    QPushButton* m_add;
};

} // namespace reper
