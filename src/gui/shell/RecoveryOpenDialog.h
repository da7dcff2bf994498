#pragma once
// Opening a store with the recovery key (ui/RecoveryOpenDialog.ui), as `reper-cli recover` does and
// through the same storage functions (Store::openWithRecoveryKey, UserService::recover): the key
// (a mistyped one is told beside the field), a user of the store and a new password; the user gets
// a new key slot, the audit trail records the recovery, and the store is then opened as that user.
#include <QDialog>
#include <memory>

namespace Ui {
class RecoveryOpenDialog;
}

class QPushButton;

namespace reper {

class Clock;
class Store;

class RecoveryOpenDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryOpenDialog(const QString& storePath, const Clock& clock, QWidget* parent = nullptr);
    ~RecoveryOpenDialog() override;

    void setKey(const QString& key);
    void setUser(const QString& user);
    void setPassword(const QString& password); // both fields
    QString keyHint() const;
    QString bannerText() const;
    QPushButton* openButton() const { return m_open; }
    // Recovers and opens; false (with the reason shown) when it could not.
    bool recover();
    QString userName() const;
    std::unique_ptr<Store> takeStore();

private:
    void validate();
    QString m_path;
    const Clock& m_clock;
    std::unique_ptr<Ui::RecoveryOpenDialog> m_ui;
    QPushButton* m_open;
    std::unique_ptr<Store> m_store;
};

} // namespace reper
