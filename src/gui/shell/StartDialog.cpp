#include "StartDialog.h"

#include "core/AppPaths.h"
#include "core/Logging.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBox.h"
#include "gui/common/UiLanguage.h"
#include "gui/shell/ChangePasswordDialog.h"
#include "gui/shell/NewStoreDialog.h"
#include "gui/shell/RecoveryKeyDialog.h"
#include "gui/shell/RecoveryOpenDialog.h"
#include "gui/shell/ServerAddressDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/engine/postgres/PgUrl.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/SecuritySession.h"
#include "ui_StartDialog.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

namespace reper {

StartDialog::StartDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::StartDialog>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->title->setFont(title);
    m_ui->logo->setPixmap(QIcon(QStringLiteral(":/icons/reper.svg")).pixmap(48, 48));
    m_ui->language->addItem(QStringLiteral("Română"), UiLanguage::code(Language::Romanian));
    m_ui->language->addItem(QStringLiteral("English"), UiLanguage::code(Language::English));
    m_ui->language->setCurrentIndex(UiLanguage::current() == Language::English ? 1 : 0);
    fillRecent();
    const QSettings settings;
    m_ui->userName->setText(settings.value(QStringLiteral("start/lastUser")).toString());
    connect(m_ui->openButton, &QPushButton::clicked, this, &StartDialog::tryOpen);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->newStoreButton, &QPushButton::clicked, this, &StartDialog::newStore);
    connect(m_ui->recoverButton, &QPushButton::clicked, this, &StartDialog::openWithRecoveryKey);
    connect(m_ui->serverButton, &QPushButton::clicked, this, &StartDialog::chooseServer);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::openFile(this, tr("Open a store"), QFileInfo(m_ui->storePath->currentText()).absolutePath(),
                                    tr("Reper store (*.reper *.store);;All files (*)"));
        if (!path.isEmpty())
            setStorePath(path);
    });
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, [this] {
        const Language language = UiLanguage::fromCode(m_ui->language->currentData().toString());
        UiLanguage::install(language);
        UiLanguage::save(language);
        Q_EMIT languageChosen(language);
    });
    retranslate();
    if (!m_ui->userName->text().isEmpty() && m_ui->storePath->count() > 0)
        m_ui->password->setFocus();
}

StartDialog::~StartDialog() = default;

MessageBanner* StartDialog::banner() const { return m_ui->banner; }

RecoveryKeyDialog* StartDialog::recoveryKeyDialog() const { return m_recovery.data(); }

ChangePasswordDialog* StartDialog::changePasswordDialog() const { return m_change.data(); }

std::unique_ptr<Store> StartDialog::takeStore() { return std::move(m_store); }

void StartDialog::fillRecent()
{
    QStringList recent = QSettings().value(QStringLiteral("start/recentStores")).toStringList();
    if (recent.isEmpty() && QFileInfo::exists(AppPaths::defaultStorePath()))
        recent << AppPaths::defaultStorePath();
    m_ui->storePath->clear();
    for (const QString& p : recent)
        m_ui->storePath->addItem(QDir::toNativeSeparators(p));
}

void StartDialog::setStorePath(const QString& path)
{
    const QString shown = PgUrl::looksLikeUrl(path) ? path : QDir::toNativeSeparators(path);
    const int index = m_ui->storePath->findText(shown);
    if (index >= 0)
        m_ui->storePath->setCurrentIndex(index);
    else {
        m_ui->storePath->insertItem(0, shown);
        m_ui->storePath->setCurrentIndex(0);
    }
}

void StartDialog::setUserName(const QString& name)
{
    m_ui->userName->setText(name);
    m_ui->password->setFocus();
}

void StartDialog::remember(const QString& path, const QString& user)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("start/recentStores")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("start/recentStores"), recent.mid(0, 8));
    settings.setValue(QStringLiteral("start/lastUser"), user);
}

QString StartDialog::chosenPath() const
{
    const QString text = m_ui->storePath->currentText().trimmed();
    return PgUrl::looksLikeUrl(text) ? text : QDir::fromNativeSeparators(text);
}

bool StartDialog::serverChosen() const { return PgUrl::looksLikeUrl(chosenPath()); }

ServerAddressDialog* StartDialog::chooseServer()
{
    auto* dialog = new ServerAddressDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (serverChosen())
        dialog->setAddress(chosenPath());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_insecure = dialog->insecure();
        setStorePath(dialog->address());
        m_ui->banner->clear();
        (m_ui->userName->text().isEmpty() ? m_ui->userName : m_ui->password)->setFocus();
    });
    dialog->open();
    return dialog;
}

bool StartDialog::checkChosenPath()
{
    const QString path = chosenPath();
    if (path.isEmpty()) {
        m_ui->banner->showMessage(tr("Choose a store, or create a new one."), MessageBanner::Kind::Warning);
        return false;
    }
    if (PgUrl::looksLikeUrl(path)) { // checked as reper-cli checks it: TLS rules, known parameters
        if (auto url = PgUrl::parse(path, m_insecure); !url) {
            m_ui->banner->showMessage(url.error().message, MessageBanner::Kind::Error);
            return false;
        }
        return true;
    }
    if (!QFileInfo::exists(path)) {
        m_ui->banner->showMessage(
            tr("There is no store at %1. Check the path, or create a new store.").arg(QDir::toNativeSeparators(path)),
            MessageBanner::Kind::Error);
        return false;
    }
    return true;
}

RecoveryOpenDialog* StartDialog::openWithRecoveryKey()
{
    if (!checkChosenPath())
        return nullptr;
    if (serverChosen()) { // decisions V10: there is no store key to recover
        m_ui->banner->showMessage(tr("A store on a server has no recovery key: its administrator gives a user a new "
                                     "temporary password."),
                                  MessageBanner::Kind::Information);
        return nullptr;
    }
    const QString path = chosenPath();
    auto* dialog = new RecoveryOpenDialog(path, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUser(m_ui->userName->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        m_store = dialog->takeStore();
        m_ui->userName->setText(dialog->userName());
        remember(path, dialog->userName());
        accept();
    });
    dialog->open();
    return dialog;
}

bool StartDialog::tryOpen()
{
    const QString path = chosenPath();
    const QString user = m_ui->userName->text().trimmed();
    if (!checkChosenPath())
        return false;
    if (user.isEmpty() || m_ui->password->text().isEmpty()) {
        m_ui->banner->showMessage(tr("Type your user name and password."), MessageBanner::Kind::Warning);
        (user.isEmpty() ? m_ui->userName : m_ui->password)->setFocus();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A server signs the user in as their own login role (SecuritySession::connect); the address
    // kept in the recent list is the one without a password (PgUrl::text).
    QString remembered = path;
    Result<std::unique_ptr<Store>> opened = makeError(QString());
    if (PgUrl::looksLikeUrl(path)) {
        const PgUrl url = PgUrl::parse(path, m_insecure).value(); // checkChosenPath read it
        remembered = url.text();
        opened = SecuritySession::connect(url.withUser(user), m_ui->password->text(), m_clock);
    } else {
        opened = Store::open(path, user, m_ui->password->text(), m_clock);
    }
    QApplication::restoreOverrideCursor();
    if (!opened) {
        Logging::logger("gui")->info("store not opened: {}", opened.error().detail.toStdString());
        m_ui->banner->showMessage(opened.error().message, MessageBanner::Kind::Error);
        m_ui->password->clear();
        m_ui->password->setFocus();
        return false;
    }
    m_ui->password->clear();
    remember(remembered, user);
    m_store = std::move(*opened);
    // A restore a kill had left half way was finished as the store opened: say so, once.
    if (!m_store->notices().isEmpty())
        MessageBox::information(this, tr("An interrupted restore was finished"),
                                m_store->notices().join(QLatin1Char('\n')));
    if (!m_store->newRecoveryKey().isEmpty()) {
        // The store's keys were upgraded as this administrator signed in: its new recovery key, once.
        m_recovery = new RecoveryKeyDialog(m_store->newRecoveryKey(), path, this);
        m_recovery->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_recovery, &QDialog::accepted, this, [this] {
            if (const Status s = m_store->acknowledgeRecoveryKey(); !s)
                Logging::logger("gui")->warn("the recovery key stays pending: {}", s.error().detail.toStdString());
            continueSignIn();
        });
        m_recovery->open();
        return true;
    }
    continueSignIn();
    return true;
}

void StartDialog::continueSignIn()
{
    if (m_store->mustChangePassword()) {
        // A temporary password: the user's own first, then the window.
        auto* change = new ChangePasswordDialog(*m_store, this);
        change->setAttribute(Qt::WA_DeleteOnClose);
        connect(change, &QDialog::accepted, this, &QDialog::accept);
        connect(change, &QDialog::rejected, this, [this] { m_store.reset(); });
        m_change = change;
        change->open();
        return;
    }
    accept();
}

NewStoreDialog* StartDialog::newStore()
{
    auto* dialog = new NewStoreDialog(m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewStoreDialog::created, this, [this, dialog] {
        m_store = dialog->takeStore();
        remember(dialog->path(), dialog->adminName());
        setStorePath(dialog->path());
        m_ui->userName->setText(dialog->adminName());
        m_recovery = new RecoveryKeyDialog(dialog->recoveryKey(), dialog->path(), this);
        m_recovery->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_recovery, &QDialog::accepted, this, &QDialog::accept);
        m_recovery->open();
    });
    dialog->open();
    return dialog;
}

void StartDialog::retranslate() { setWindowTitle(tr("Reper — open a store")); }

void StartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace reper
