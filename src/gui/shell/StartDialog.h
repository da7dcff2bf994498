#pragma once
// Opening Reper (ui/StartDialog.ui): choose the store (the last one is remembered) or create one,
// then user name and password. Wrong passwords, missing files and stores from a newer version get
// a clear message in the banner. The language can be chosen here too.
#include "core/Codes.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class StartDialog;
}

namespace reper {

class ChangePasswordDialog;
class Clock;
class MessageBanner;
class NewStoreDialog;
class RecoveryKeyDialog;
class RecoveryOpenDialog;
class ServerAddressDialog;
class Store;

class StartDialog : public QDialog
{
    Q_OBJECT
public:
    StartDialog(const Clock& clock, QWidget* parent = nullptr);
    ~StartDialog() override;

    // The store opened (or created); null until the dialog is accepted.
    std::unique_ptr<Store> takeStore();
    void setStorePath(const QString& path);
    void setUserName(const QString& name);
    bool tryOpen();
    NewStoreDialog* newStore();
    // "Open with the recovery key…" for the chosen store; null (with a message) without one.
    RecoveryOpenDialog* openWithRecoveryKey();
    // "Server…": the address of a store on a server becomes the chosen store.
    ServerAddressDialog* chooseServer();
    // The chosen store is a server's address (postgresql://…), not a file.
    bool serverChosen() const;
    RecoveryKeyDialog* recoveryKeyDialog() const;
    ChangePasswordDialog* changePasswordDialog() const;
    MessageBanner* banner() const;

Q_SIGNALS:
    void languageChosen(Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void remember(const QString& path, const QString& user);
    QString chosenPath() const;
    bool checkChosenPath();
    // After the password: a temporary one is changed first, then the window.
    void continueSignIn();
    void fillRecent();
    void retranslate();

    const Clock& m_clock;
    std::unique_ptr<Ui::StartDialog> m_ui;
    std::unique_ptr<Store> m_store;
    QPointer<RecoveryKeyDialog> m_recovery;
    QPointer<ChangePasswordDialog> m_change;
    bool m_insecure = false; // the server's certificate is not verified (chosen in ServerAddressDialog)
};

} // namespace reper
