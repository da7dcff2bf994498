#include "AdminPage.h"

#include "AsyncTask.h"
#include "BackupService.h"
#include "ExitBackup.h"
#include "FileDialogs.h"
#include "Labels.h"
#include "MessageBanner.h"
#include "ProgressPanel.h"
#include "Store.h"
#include "UserService.h"
#include "ui_AdminPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QUrl>

namespace reper {

AdminPage::AdminPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::AdminPage>())
{
    m_ui->setupUi(this);
    const bool admin = store.access().canAdminister();
    const bool backups = store.access().canBackup();
    m_ui->path->setText(QDir::toNativeSeparators(store.path()));
    const StoreUser& u = store.user();
    m_ui->user->setText(u.center.isEmpty() ? tr("%1 (national)").arg(u.name)
                                           : tr("%1 (%2)").arg(u.name, Labels::center(store.reference(), u.center)));
    m_ui->backupButton->setEnabled(backups);
    m_ui->restoreButton->setEnabled(admin);
    m_ui->verifyButton->setEnabled(admin);
    m_ui->backupOnExit->setEnabled(backups);
    m_ui->keep->setEnabled(backups);
    m_ui->backupOnExit->setChecked(ExitBackup::enabled());
    m_ui->keep->setValue(ExitBackup::keep());
    m_ui->usersGroup->setVisible(admin);
    if (!admin)
        m_ui->banner->showMessage(tr("Backups, restores and the users are for administrators."),
                                  MessageBanner::Kind::Information);
    connect(m_ui->backupButton, &QPushButton::clicked, this, &AdminPage::backupRequested);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &AdminPage::restoreRequested);
    connect(m_ui->importButton, &QPushButton::clicked, this, &AdminPage::importRequested);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AdminPage::verify);
    connect(m_ui->backupOnExit, &QCheckBox::toggled, this, [](bool on) { ExitBackup::setEnabled(on); });
    connect(m_ui->keep, &QSpinBox::valueChanged, this, [this](int n) {
        ExitBackup::setKeep(n);
        showBackups();
    });
    connect(m_ui->openBackups, &QPushButton::clicked, this, [] {
        QDir().mkpath(ExitBackup::folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(ExitBackup::folder()));
    });
}

AdminPage::~AdminPage() = default;

void AdminPage::activate() { refresh(); }

void AdminPage::refresh()
{
    showBackups();
    if (m_store.access().canAdminister())
        showUsers();
}

void AdminPage::showBackups()
{
    const QStringList copies = ExitBackup::copies(m_store.path(), ExitBackup::folder());
    QString text = tr("Copies are kept in %1.").arg(QDir::toNativeSeparators(ExitBackup::folder()));
    if (!copies.isEmpty())
        text += QLatin1Char(' ') + tr("The latest: %1 (%n copies in all).", "", int(copies.size()))
                                      .arg(QFileInfo(copies.first()).fileName());
    m_ui->backupsInfo->setText(text);
}

void AdminPage::showUsers()
{
    auto users = UserService(m_store).list();
    m_ui->users->clear();
    m_ui->users->setColumnCount(4);
    m_ui->users->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Centre"), tr("State")});
    m_ui->users->verticalHeader()->hide();
    m_ui->users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->users->horizontalHeader()->setStretchLastSection(true);
    if (!users) {
        m_ui->usersNote->setText(users.error().message);
        return;
    }
    m_ui->users->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const UserInfo& info = (*users)[row];
        QString state = info.user.disabled ? tr("disabled") : (info.locked ? tr("locked out") : tr("active"));
        if (info.mustChangePassword)
            state += QStringLiteral(", ") + tr("temporary password");
        const QStringList cells = {info.user.name, Labels::roles(info.user.roles),
                                   info.user.center.isEmpty() ? tr("national") : info.user.center, state};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->users->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_ui->users->resizeColumnsToContents();
    m_ui->usersNote->setText(tr("Users are added, reset and disabled with reper-cli user (see the guide)."));
}

Job* AdminPage::backUpTo(const QString& chosen)
{
    if (!m_store.access().canBackup())
        return nullptr;
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggested = QDir(QDir::homePath()).filePath(
            QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-')
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QStringLiteral(".reper"));
        path = FileDialogs::saveFile(this, tr("Back up the store"), suggested, tr("Reper store (*.reper)"));
        if (path.isEmpty())
            return nullptr;
    }
    m_ui->backupButton->setEnabled(false);
    Store& store = m_store;
    Job* job = AsyncTask::run(
        this,
        [&store, path](JobControl& control) -> Status {
            auto connection = Store::openAnotherConnection(store);
            if (!connection)
                return connection.error();
            // Progress in thousandths of the pages; Cancel stops between steps and leaves no file.
            BackupSteps steps;
            steps.pages = [&control](qint64 done, qint64 total) {
                control.setProgress(total > 0 ? done * 1000 / total : 0);
            };
            steps.stop = [&control] { return control.cancelled(); };
            return BackupService::backup(**connection, path, &steps);
        },
        [this, path](Status& s) {
            m_ui->backupButton->setEnabled(true);
            if (s)
                m_ui->banner->showMessage(tr("The backup was written to %1 (with its key file %2.keys beside it).")
                                              .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()),
                                          MessageBanner::Kind::Success);
            else if (s.error().cancelled)
                m_ui->banner->showMessage(tr("Backup cancelled: nothing was written."), MessageBanner::Kind::Information);
            else
                m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
            showBackups();
        });
    m_ui->progress->track(job, tr("Backing up…"), 1000, ProgressPanel::Count::Thousandths);
    return job;
}

Job* AdminPage::verify()
{
    if (!m_store.access().canAdminister())
        return nullptr;
    m_ui->verifyOutput->setPlainText(tr("Checking…"));
    Store& store = m_store;
    Job* job = AsyncTask::run(
        this,
        [&store](JobControl&) -> VerifyReport {
            auto connection = Store::openAnotherConnection(store);
            if (!connection)
                return VerifyReport{false, {QStringLiteral("FAILED: ") + connection.error().message}};
            return BackupService::verify(**connection);
        },
        [this](VerifyReport& report) {
            m_ui->verifyOutput->setPlainText(report.lines.join(QLatin1Char('\n')));
            m_ui->banner->showMessage(report.ok ? tr("The store passed every check.")
                                                : tr("A check failed: restore the last good backup and tell the administrator."),
                                      report.ok ? MessageBanner::Kind::Success : MessageBanner::Kind::Error);
        });
    m_ui->progress->track(job, tr("Checking the store…"));
    m_ui->progress->cancelButton()->hide();
    return job;
}

std::optional<RestoreRequest> AdminPage::askRestore()
{
    if (!m_store.access().canAdminister())
        return std::nullopt;
    RestoreDialog dialog(m_store.user().name, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

} // namespace reper
