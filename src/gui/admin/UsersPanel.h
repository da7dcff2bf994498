#pragma once
// Administration → Users (ui/UsersPanel.ui): everyone who may open the store — name, roles, centre,
// state (active, disabled, locked out until …) and whether their password is a temporary one —
// and, for administrators (AccessPolicy::canManageUsers), adding a user, resetting a password,
// disabling a user (then offering a new store key: they knew the old one), enabling one again, a new
// store key at any time (RekeyService), and handing the centres' identity keys to their first users
// with the recovery key (HandOverKeysDialog). Everything goes through the storage services, so each
// action is in the audit trail. Users are never deleted.
#include "gui/widgets/MessageBanner.h"

#include <QWidget>
#include <memory>

namespace Ui {
class UsersPanel;
}

class QPushButton;
class QTableWidget;

namespace reper {

class AddUserDialog;
class HandOverKeysDialog;
class ResetPasswordDialog;
class Store;

class UsersPanel : public QWidget
{
    Q_OBJECT
public:
    enum Columns { NameColumn, RolesColumn, CenterColumn, StateColumn, PasswordColumn, ColumnCount };

    explicit UsersPanel(Store& store, QWidget* parent = nullptr);
    ~UsersPanel() override;

    void refresh();
    QTableWidget* table() const;
    QPushButton* addButton() const;
    QPushButton* resetButton() const;
    QPushButton* disableButton() const;
    QPushButton* enableButton() const;
    QPushButton* rekeyButton() const;
    QPushButton* handOverButton() const;
    bool selectUser(const QString& name);
    QString selectedUser() const;

    // The actions behind the buttons; the dialogs are window-modal (open()) and returned for tests.
    AddUserDialog* addUser();
    ResetPasswordDialog* resetPassword();
    ResetPasswordDialog* enableUser();
    bool disableUser();
    // After a question: a new store key, sealed to the users who may still open the store.
    bool rekeyStore();
    HandOverKeysDialog* handOverKeys();

Q_SIGNALS:
    // What happened or went wrong, for the page's banner.
    void message(const QString& text, reper::MessageBanner::Kind kind);
    // A user was added, reset or disabled (the audit trail has new entries).
    void usersChanged();

private:
    void updateButtons();
    bool runRekey();
    Store& m_store;
    std::unique_ptr<Ui::UsersPanel> m_ui;
    bool m_manage;
};

} // namespace reper
