#pragma once
// What the window shows while locked (ui/LockScreen.ui): only the user's name and a password field.
// The password is checked by the store (Store::reauthenticate: the user's key slot, with lockout
// and the audit trail).
#include <QWidget>
#include <memory>

namespace Ui {
class LockScreen;
}

namespace reper {

class Store;

class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(Store& store, QWidget* parent = nullptr);
    ~LockScreen() override;

    void prepare(); // clears the field and takes the focus
    bool tryUnlock(const QString& password);

Q_SIGNALS:
    void unlocked();

private:
    Store& m_store;
    std::unique_ptr<Ui::LockScreen> m_ui;
};

} // namespace reper
