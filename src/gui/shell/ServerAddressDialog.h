#pragma once
// Connect to a server… (ui/ServerAddressDialog.ui): the server's name (a standby after a comma),
// port and database become a postgresql:// address, checked as reper-cli checks one (PgUrl): the
// certificate is verified unless the user unticks it, which a remote server allows only as
// --insecure does. The address never holds a password.
#include <QDialog>
#include <memory>

namespace Ui {
class ServerAddressDialog;
}

class QPushButton;

namespace reper {

class ServerAddressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerAddressDialog(QWidget* parent = nullptr);
    ~ServerAddressDialog() override;

    // Fills the fields from an address (one chosen before); nothing for an address it cannot read.
    void setAddress(const QString& address);
    // The address as shown and saved: postgresql://HOST[:PORT]/DATABASE[?sslmode=…].
    QString address() const;
    // The user chose not to verify the certificate (the --insecure of the command line).
    bool insecure() const;
    QString hint() const;
    QPushButton* useButton() const { return m_use; }

private:
    void update();
    std::unique_ptr<Ui::ServerAddressDialog> m_ui;
    QPushButton* m_use;
    QString m_address;
};

} // namespace reper
