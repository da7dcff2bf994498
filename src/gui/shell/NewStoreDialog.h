#pragma once
// Creates a store (ui/NewStoreDialog.ui): the file, the administrator's name and a password typed
// twice (at least 8 characters). "Create" is enabled only when all is in order.
#include "core/Result.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NewStoreDialog;
}

class QPushButton;

namespace reper {

class Clock;
class Store;

class NewStoreDialog : public QDialog
{
    Q_OBJECT
public:
    NewStoreDialog(const Clock& clock, QWidget* parent = nullptr);
    ~NewStoreDialog() override;

    QPushButton* createButton() const { return m_create; }
    // After a successful create: the open store and its recovery key (taken once).
    std::unique_ptr<Store> takeStore();
    QString recoveryKey() const { return m_recoveryKey; }
    QString path() const;
    QString adminName() const;

Q_SIGNALS:
    void created();

private:
    void validate();
    void create();
    const Clock& m_clock;
    std::unique_ptr<Ui::NewStoreDialog> m_ui;
    QPushButton* m_create;
    std::unique_ptr<Store> m_store;
    QString m_recoveryKey;
};

} // namespace reper
