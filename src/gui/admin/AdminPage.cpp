#include "AdminPage.h"

#include "gui/admin/AuditPanel.h"
#include "gui/admin/UsersPanel.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Labels.h"
#include "gui/common/StoreJob.h"
#include "gui/shell/ExitBackup.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/ProgressPanel.h"
#include "storage/Store.h"
#include "storage/keys/SecuritySession.h"
#include "storage/services/BackupService.h"
#include "ui_AdminPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace reper {

AdminPage::AdminPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::AdminPage>())
{
    m_ui->setupUi(this);
    // A store on a server is backed up, restored and checked by PostgreSQL's own tools
    // (docs/server.md §6, decisions V13): those buttons are for a local file.
    const bool onServer = SecuritySession::onServer(store);
    const bool admin = store.access().canAdminister() && !onServer;
    const bool backups = store.access().canBackup() && !onServer;
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
    const auto toBanner
        = [this](const QString& text, MessageBanner::Kind kind) { m_ui->banner->showMessage(text, kind); };
    if (store.access().canManageUsers()) {
        m_users = new UsersPanel(store, this);
        m_ui->tabs->addTab(m_users, tr("&Users"));
        connect(m_users, &UsersPanel::message, this, toBanner);
    }
    if (store.access().canReadAudit()) {
        m_audit = new AuditPanel(store, this);
        m_ui->tabs->addTab(m_audit, tr("&Audit trail"));
        connect(m_audit, &AuditPanel::message, this, toBanner);
        if (m_users)
            connect(m_users, &UsersPanel::usersChanged, m_audit, &AuditPanel::refresh);
    }
    if (onServer)
        m_ui->banner->showMessage(tr("This store is on a server: its administrator backs it up and restores it with "
                                     "PostgreSQL's own tools (pg_dump, pg_basebackup)."),
                                  MessageBanner::Kind::Information);
    else if (!admin)
        m_ui->banner->showMessage(tr("Backups, restores, the users and the audit trail are for administrators."),
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
    if (m_users)
        m_users->refresh();
    if (m_audit)
        m_audit->refresh();
}

QString AdminPage::bannerText() const { return m_ui->banner->text(); }

void AdminPage::showTab(QWidget* panel)
{
    if (const int i = m_ui->tabs->indexOf(panel); i >= 0)
        m_ui->tabs->setCurrentIndex(i);
}

void AdminPage::showBackups()
{
    const QStringList copies = ExitBackup::copies(m_store.path(), ExitBackup::folder());
    QString text = tr("Copies are kept in %1.").arg(QDir::toNativeSeparators(ExitBackup::folder()));
    if (!copies.isEmpty())
        text += QLatin1Char(' ')
            + tr("The latest: %1 (%n copies in all).", "", int(copies.size()))
                  .arg(QFileInfo(copies.first()).fileName());
    m_ui->backupsInfo->setText(text);
}

Job* AdminPage::backUpTo(const QString& chosen)
{
    if (!m_store.access().canBackup())
        return nullptr;
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggested = QDir(QDir::homePath())
                                      .filePath(QFileInfo(m_store.path()).completeBaseName() + QLatin1Char('-')
                                                + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
                                                + QStringLiteral(".reper"));
        path = FileDialogs::saveFile(this, tr("Back up the store"), suggested, tr("Reper store (*.reper)"));
        if (path.isEmpty())
            return nullptr;
    }
    m_ui->backupButton->setEnabled(false);
    // Cancel stops between steps of pages (never inside one) and leaves no file.
    Job* job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::No,
        [path](Store& connection, JobControl& control) -> Status {
            // Progress in thousandths of the pages.
            BackupSteps steps;
            steps.pages
                = [&control](qint64 done, qint64 total) { control.setProgress(total > 0 ? done * 1000 / total : 0); };
            steps.stop = [&control] { return control.cancelled(); };
            return BackupService::backup(connection, path, &steps);
        },
        [this, path](Status& s) {
            m_ui->backupButton->setEnabled(true);
            if (s)
                m_ui->banner->showMessage(tr("The backup was written to %1 (with its key file %2.keys beside it).")
                                              .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()),
                                          MessageBanner::Kind::Success);
            else if (s.error().cancelled)
                m_ui->banner->showMessage(tr("Backup cancelled: nothing was written."),
                                          MessageBanner::Kind::Information);
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
    Job* job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::No,
        [](Store& connection, JobControl&) { return BackupService::verify(connection); },
        [this](Result<VerifyReport>& verified) {
            const VerifyReport report
                = verified ? *verified : VerifyReport{false, {QStringLiteral("FAILED: ") + verified.error().message}};
            m_ui->verifyOutput->setPlainText(report.lines.join(QLatin1Char('\n')));
            m_ui->banner->showMessage(
                report.ok ? tr("The store passed every check.")
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
