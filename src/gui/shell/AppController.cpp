#include "AppController.h"

#include "core/Logging.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/StartDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/services/BackupService.h"

#include <QApplication>
#include <QTimer>

namespace reper {

AppController::AppController(std::unique_ptr<Store> store, const Clock& clock, QObject* parent)
    : AppController(std::move(store), clock, MainWindow::ModuleCount, parent)
{
}

AppController::AppController(std::unique_ptr<Store> store, const Clock& clock, MainWindow::Module start,
                             QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(std::move(store))
{
    createWindow(start);
}

MainWindow* AppController::window() const { return m_window.data(); }

AppController::~AppController() { delete m_window; }

void AppController::createWindow(MainWindow::Module start)
{
    m_window = new MainWindow(*m_store, start);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // Both replace the window that asks: done once its signal has returned.
    connect(m_window, &MainWindow::languageChangeRequested, this,
            [this](Language language) { QTimer::singleShot(0, this, [this, language] { switchLanguage(language); }); });
    connect(m_window, &MainWindow::restoreRequested, this, [this](const RestoreRequest& request) {
        QTimer::singleShot(0, this, [this, request] { restore(request); });
    });
    connect(m_window, &MainWindow::openStoreRequested, this, [this](const QString& path, const QString& user) {
        QTimer::singleShot(0, this, [this, path, user] { openStore(path, user); });
    });
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_window)
            Q_EMIT finished();
    });
}

void AppController::showWindow() { m_window->show(); }

void AppController::switchLanguage(Language language)
{
    UiLanguage::install(language);
    UiLanguage::save(language);
    MainWindow* old = m_window;
    old->setBackupOnExit(false);
    const QByteArray geometry = old->saveGeometry();
    const auto module = old->currentModule();
    m_window = nullptr;
    createWindow();
    m_window->restoreGeometry(geometry);
    m_window->showModule(module);
    m_window->show();
    old->close();
}

bool AppController::openStore(const QString& path, const QString& user)
{
    MainWindow* old = m_window;
    old->setBackupOnExit(false);
    m_window = nullptr;
    old->close();
    delete old;
    m_store.reset();
    StartDialog start(m_clock);
    start.setStorePath(path);
    start.setUserName(user);
    if (start.exec() != QDialog::Accepted) {
        Q_EMIT finished();
        return false;
    }
    m_store = start.takeStore();
    createWindow();
    m_window->show();
    return true;
}

bool AppController::restore(const RestoreRequest& request)
{
    const QString path = m_store->path();
    MainWindow* old = m_window;
    old->setBackupOnExit(false);
    m_window = nullptr;
    old->close();
    delete old;
    m_store.reset(); // no connection may be open during a restore
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = BackupService::restore(request.backup, path, request.user, request.password);
    QApplication::restoreOverrideCursor();
    QString message;
    if (s) {
        message = tr("The backup was restored; the store of before is kept beside it. Sign in with a password valid in "
                     "the backup.");
    } else {
        Logging::logger("gui")->warn("restore failed: {}", s.error().detail.toStdString());
        message = tr("Nothing was restored: %1").arg(s.error().message);
    }
    // Open again (the restored store, or the one that was there).
    StartDialog start(m_clock);
    start.setStorePath(path);
    start.banner()->showMessage(message, s ? MessageBanner::Kind::Success : MessageBanner::Kind::Error);
    if (start.exec() != QDialog::Accepted) {
        Q_EMIT finished();
        return s.ok();
    }
    m_store = start.takeStore();
    createWindow();
    m_window->show();
    return s.ok();
}

} // namespace reper
