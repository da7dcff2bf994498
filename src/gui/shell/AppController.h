#pragma once
// Runs the program after the start dialog: owns the open store and the main window; rebuilds the
// window in another language; restores a backup (the window closes, the store is closed, restored
// and opened again from the start dialog); goes over to another store (the demo store).
#include "core/Codes.h"
#include "gui/admin/RestoreDialog.h"
#include "gui/shell/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace reper {

class Clock;
class Store;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(std::unique_ptr<Store> store, const Clock& clock, QObject* parent = nullptr);
    // The first window opens on `start` rather than the user's start module (ReadyProbe).
    AppController(std::unique_ptr<Store> store, const Clock& clock, MainWindow::Module start,
                  QObject* parent = nullptr);
    ~AppController() override;

    MainWindow* window() const;
    Store* store() const { return m_store.get(); }
    void showWindow();
    void switchLanguage(Language language);
    // Closes the window and the store, restores, and asks for the password again; false when
    // nothing was restored (the store is then opened again as it was).
    bool restore(const RestoreRequest& request);
    // Closes the window and the store and opens the start dialog on another store (the demo store),
    // `user` filled in; false when the user cancels it (the program then ends).
    bool openStore(const QString& path, const QString& user);

Q_SIGNALS:
    void finished();

private:
    void createWindow(MainWindow::Module start = MainWindow::ModuleCount);

    const Clock& m_clock;
    std::unique_ptr<Store> m_store;
    QPointer<MainWindow> m_window;
};

} // namespace reper
