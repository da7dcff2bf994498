#pragma once
// Administration → Users → Hand over the centres' keys (ui/HandOverKeysDialog.ui): with the recovery
// key, each centre's identity key to its operators and coordinators who wait for it — what a new
// store's first users of a centre need (IdentityGrants::handOverWithRecoveryKey, audited; the same
// as `reper-cli hand-over-keys`). The key is typed without echo and checked as it is typed.
#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class HandOverKeysDialog;
}

class QPushButton;

namespace reper {

class Store;

class HandOverKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HandOverKeysDialog(Store& store, QWidget* parent = nullptr);
    ~HandOverKeysDialog() override;

    QPushButton* handOverButton() const { return m_handOver; }
    QString hint() const;
    bool handOver();
    // Who received a key, and who still waits (after an accepted hand-over).
    const QStringList& granted() const { return m_granted; }
    const QStringList& waiting() const { return m_waiting; }

private:
    void validate();
    Store& m_store;
    std::unique_ptr<Ui::HandOverKeysDialog> m_ui;
    QPushButton* m_handOver;
    QStringList m_granted;
    QStringList m_waiting;
};

} // namespace reper
