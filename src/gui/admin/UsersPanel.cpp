#include "UsersPanel.h"

#include "gui/admin/AddUserDialog.h"
#include "gui/admin/HandOverKeysDialog.h"
#include "gui/admin/ResetPasswordDialog.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "storage/Store.h"
#include "storage/services/RekeyService.h"
#include "storage/services/UserService.h"
#include "ui_UsersPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QTimeZone>

namespace reper {

namespace {

constexpr int NameRole = Qt::UserRole; // the user's name, on the name cell
constexpr int DisabledRole = Qt::UserRole + 1;

// "2026-01-15 12:00:00" (UTC, as the store stamps) → local "15.01.2026".
QString localDate(const QString& stamp)
{
    QDateTime t = QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        return stamp;
    t.setTimeZone(QTimeZone::utc());
    return Labels::date(t.toLocalTime().date());
}

} // namespace

UsersPanel::UsersPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::UsersPanel>())
    , m_manage(store.access().canManageUsers())
{
    m_ui->setupUi(this);
    m_ui->users->setColumnCount(ColumnCount);
    m_ui->users->setHorizontalHeaderLabels({tr("User"), tr("Roles"), tr("Centre"), tr("State"), tr("Password")});
    m_ui->users->verticalHeader()->hide();
    m_ui->users->horizontalHeader()->setStretchLastSection(true);
    for (QPushButton* b : {m_ui->addButton, m_ui->resetButton, m_ui->disableButton, m_ui->enableButton,
                           m_ui->rekeyButton, m_ui->handOverButton})
        b->setVisible(m_manage);
    m_ui->note->setText(m_manage ? tr("Users are never deleted: the audit trail keeps their names. A disabled user "
                                      "can be enabled again, with a new temporary password.")
                                 : tr("Only an administrator manages the users."));
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &UsersPanel::disableUser);
    connect(m_ui->enableButton, &QPushButton::clicked, this, &UsersPanel::enableUser);
    connect(m_ui->rekeyButton, &QPushButton::clicked, this, &UsersPanel::rekeyStore);
    connect(m_ui->handOverButton, &QPushButton::clicked, this, &UsersPanel::handOverKeys);
    connect(m_ui->users, &QTableWidget::itemSelectionChanged, this, &UsersPanel::updateButtons);
    updateButtons();
}

UsersPanel::~UsersPanel() = default;

QTableWidget* UsersPanel::table() const { return m_ui->users; }
QPushButton* UsersPanel::addButton() const { return m_ui->addButton; }
QPushButton* UsersPanel::resetButton() const { return m_ui->resetButton; }
QPushButton* UsersPanel::disableButton() const { return m_ui->disableButton; }
QPushButton* UsersPanel::enableButton() const { return m_ui->enableButton; }
QPushButton* UsersPanel::rekeyButton() const { return m_ui->rekeyButton; }
QPushButton* UsersPanel::handOverButton() const { return m_ui->handOverButton; }

void UsersPanel::refresh()
{
    const QString selected = selectedUser();
    m_ui->users->setRowCount(0);
    if (!m_manage)
        return; // UserService lists users for administrators only
    auto users = UserService(m_store).list();
    if (!users) {
        Q_EMIT message(users.error().message, MessageBanner::Kind::Error);
        updateButtons();
        return;
    }
    m_ui->users->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const UserInfo& info = (*users)[row];
        QString state = tr("active");
        if (info.user.disabled)
            state = info.user.disabledAt.isEmpty() ? tr("disabled")
                                                   : tr("disabled since %1").arg(localDate(info.user.disabledAt));
        else if (info.locked)
            state = tr("locked out until %1")
                        .arg(info.lockedUntil.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        const QString password = info.user.disabled ? QString()
            : info.mustChangePassword               ? tr("temporary: must be changed")
            : info.hasKeySlot                       ? tr("their own")
                                                    : tr("no key slot");
        const QStringList cells
            = {info.user.name, Labels::roles(info.user.roles),
               info.user.center.isEmpty() ? tr("national") : Labels::center(m_store.reference(), info.user.center),
               state, password};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (info.user.disabled)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_ui->users->setItem(row, c, item);
        }
        m_ui->users->item(row, NameColumn)->setData(NameRole, info.user.name);
        m_ui->users->item(row, NameColumn)->setData(DisabledRole, info.user.disabled);
    }
    m_ui->users->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

bool UsersPanel::selectUser(const QString& name)
{
    for (int row = 0; row < m_ui->users->rowCount(); ++row) {
        if (m_ui->users->item(row, NameColumn)->data(NameRole).toString() == name) {
            m_ui->users->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UsersPanel::selectedUser() const
{
    const auto rows = m_ui->users->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* item = m_ui->users->item(rows.first().row(), NameColumn);
    return item ? item->data(NameRole).toString() : QString();
}

void UsersPanel::updateButtons()
{
    const QString name = selectedUser();
    bool disabled = false;
    if (const auto rows = m_ui->users->selectionModel()->selectedRows(); !rows.isEmpty())
        disabled = m_ui->users->item(rows.first().row(), NameColumn)->data(DisabledRole).toBool();
    // Oneself: the password is changed from the start dialog's prompt or reper-cli user passwd, and
    // nobody disables themselves (UserService refuses both too).
    const bool other = !name.isEmpty() && name != m_store.user().name && !disabled;
    m_ui->addButton->setEnabled(m_manage);
    m_ui->resetButton->setEnabled(m_manage && other);
    m_ui->disableButton->setEnabled(m_manage && other);
    m_ui->enableButton->setEnabled(m_manage && disabled);
    m_ui->rekeyButton->setEnabled(m_manage);
    m_ui->handOverButton->setEnabled(m_manage);
}

AddUserDialog* UsersPanel::addUser()
{
    if (!m_manage)
        return nullptr;
    auto* dialog = new AddUserDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->userName();
        refresh();
        selectUser(name);
        Q_EMIT message(tr("%1 was added with the temporary password you gave. They must choose their own when they "
                          "first sign in.")
                           .arg(name),
                       MessageBanner::Kind::Success);
        Q_EMIT usersChanged();
    });
    dialog->open();
    return dialog;
}

ResetPasswordDialog* UsersPanel::resetPassword()
{
    const QString name = selectedUser();
    if (!m_manage || name.isEmpty())
        return nullptr;
    auto* dialog = new ResetPasswordDialog(m_store, name, ResetPasswordDialog::Purpose::Reset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        Q_EMIT message(tr("%1 has a new temporary password and must choose their own at first use.").arg(name),
                       MessageBanner::Kind::Success);
        Q_EMIT usersChanged();
    });
    dialog->open();
    return dialog;
}

ResetPasswordDialog* UsersPanel::enableUser()
{
    const QString name = selectedUser();
    if (!m_manage || name.isEmpty())
        return nullptr;
    auto* dialog = new ResetPasswordDialog(m_store, name, ResetPasswordDialog::Purpose::Enable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        selectUser(name);
        Q_EMIT message(tr("%1 is active again, with a temporary password to change at first use.").arg(name),
                       MessageBanner::Kind::Success);
        Q_EMIT usersChanged();
    });
    dialog->open();
    return dialog;
}

bool UsersPanel::disableUser()
{
    const QString name = selectedUser();
    if (!m_manage || name.isEmpty())
        return false;
    if (!MessageBox::confirm(this, tr("Disable a user"),
                             tr("Disable %1? Their password stops opening the store at once. The audit trail keeps "
                                "their name; they can be enabled again later, with a new temporary password.")
                                 .arg(name),
                             tr("&Disable")))
        return false;
    if (const Status s = UserService(m_store).disable(name); !s) {
        Q_EMIT message(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    refresh();
    Q_EMIT message(tr("%1 is disabled; the audit trail keeps their name.").arg(name), MessageBanner::Kind::Success);
    Q_EMIT usersChanged();
    // Their password opens nothing now, but they knew the store key: a copy of the store file would
    // still open with it. A new key takes that away (not from backups made before).
    if (MessageBox::confirm(this, tr("A new store key"),
                            tr("%1 knew the store key, which opens a copy of the store file without any password. "
                               "Give the store a new key now? Everyone else keeps their password; backups made "
                               "before still open with the old key.")
                                .arg(name),
                            tr("&New key")))
        runRekey();
    return true;
}

bool UsersPanel::rekeyStore()
{
    if (!m_manage)
        return false;
    if (!MessageBox::confirm(this, tr("A new store key"),
                             tr("Give the store a new key, after a suspected leak or when someone left? Everyone "
                                "keeps their password; backups made before still open with the old key. Nobody "
                                "else may have the store open meanwhile."),
                             tr("&New key")))
        return false;
    return runRekey();
}

bool UsersPanel::runRekey()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // every page is encrypted again
    auto report = RekeyService(m_store).rekey();
    QApplication::restoreOverrideCursor();
    if (!report) {
        Q_EMIT message(report.error().message, MessageBanner::Kind::Error);
        return false;
    }
    refresh();
    QString text = tr("The store has a new key. Backups made before still open with the old one: delete those you "
                      "no longer need.");
    if (!report->dropped.isEmpty())
        text += QLatin1Char(' ')
            + tr("These users need a password reset: %1.").arg(report->dropped.join(QStringLiteral(", ")));
    Q_EMIT message(text, report->dropped.isEmpty() ? MessageBanner::Kind::Success : MessageBanner::Kind::Warning);
    Q_EMIT usersChanged();
    return true;
}

HandOverKeysDialog* UsersPanel::handOverKeys()
{
    if (!m_manage)
        return nullptr;
    auto* dialog = new HandOverKeysDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString text = dialog->granted().isEmpty() ? tr("Nobody was waiting for a centre's key.")
                                                   : tr("The keys to the names of their centre were handed to: %1.")
                                                         .arg(dialog->granted().join(QStringLiteral(", ")));
        if (!dialog->waiting().isEmpty())
            text += QLatin1Char(' ')
                + tr("Still waiting until they choose their own password: %1.")
                      .arg(dialog->waiting().join(QStringLiteral(", ")));
        Q_EMIT message(text, MessageBanner::Kind::Success);
        Q_EMIT usersChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace reper
