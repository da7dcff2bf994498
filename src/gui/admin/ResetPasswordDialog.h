#pragma once
// Administration → Users → Reset the password, or Enable again (ui/ResetPasswordDialog.ui): the
// administrator gives another user a temporary password, typed twice, as `reper-cli user reset` and
// `user enable` ask for it. The old password stops working (or a disabled user is active again), the
// user gets a new signing key and must choose their own password at first use
// (UserService::resetPassword / enable, audited). Refusals show in the dialog's banner.
#include <QDialog>
#include <memory>

namespace Ui {
class ResetPasswordDialog;
}

class QPushButton;

namespace reper {

class Store;

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Reset, Enable };
    ResetPasswordDialog(Store& store, const QString& userName, Purpose purpose = Purpose::Reset,
                        QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    QPushButton* resetButton() const { return m_reset; }
    const QString& userName() const { return m_name; }
    bool reset();

private:
    void validate();
    Store& m_store;
    QString m_name;
    Purpose m_purpose;
    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    QPushButton* m_reset;
};

} // namespace reper
