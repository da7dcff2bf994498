#include "ResetPasswordDialog.h"

#include "gui/common/Appearance.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/NewPassword.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/services/UserService.h"
#include "ui_ResetPasswordDialog.h"

#include <QApplication>
#include <QPushButton>

namespace reper {

ResetPasswordDialog::ResetPasswordDialog(Store& store, const QString& userName, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(userName)
    , m_purpose(purpose)
    , m_ui(std::make_unique<Ui::ResetPasswordDialog>())
{
    m_ui->setupUi(this);
    ButtonTexts::apply(m_ui->buttons);
    if (purpose == Purpose::Enable) {
        setWindowTitle(tr("Enable %1 again").arg(userName));
        m_ui->intro->setText(tr("%1 becomes active again, with the rights they had. Give them this temporary password "
                                "in person; they must choose their own the next time they sign in.")
                                 .arg(userName));
        m_reset = m_ui->buttons->addButton(tr("&Enable again"), QDialogButtonBox::AcceptRole);
    } else {
        setWindowTitle(tr("Reset the password of %1").arg(userName));
        m_ui->intro->setText(tr("%1's password stops working now. Give them this temporary password in person; they "
                                "must choose their own the next time they sign in. Their lockout, if any, ends.")
                                 .arg(userName));
        m_reset = m_ui->buttons->addButton(tr("&Reset the password"), QDialogButtonBox::AcceptRole);
    }
    m_ui->hint->setStyleSheet(Appearance::quietTextStyle(this));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reset, &QPushButton::clicked, this, &ResetPasswordDialog::reset);
    connect(m_ui->password, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    connect(m_ui->repeat, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    validate();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::validate()
{
    const auto problem = NewPassword::problem(m_ui->password->text(), m_ui->repeat->text(), m_name);
    m_ui->hint->setText(problem.value_or(QString()));
    m_reset->setEnabled(!problem);
}

bool ResetPasswordDialog::reset()
{
    if (!m_reset->isEnabled())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id seals the new slot
    UserService users(m_store);
    const Status s = m_purpose == Purpose::Enable ? users.enable(m_name, m_ui->password->text())
                                                  : users.resetPassword(m_name, m_ui->password->text());
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    accept();
    return true;
}

} // namespace reper
