#include "ChangePasswordDialog.h"

#include "ButtonTexts.h"
#include "MessageBanner.h"
#include "Store.h"
#include "UserService.h"
#include "ui_ChangePasswordDialog.h"

#include <QPushButton>

namespace reper {

ChangePasswordDialog::ChangePasswordDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Choose your password"));
    ButtonTexts::apply(m_ui->buttons);
    m_change = m_ui->buttons->addButton(tr("&Change the password"), QDialogButtonBox::AcceptRole);
    m_ui->hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(m_ui->password, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_ui->repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    validate();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::validate()
{
    const QString password = m_ui->password->text();
    const auto problem = UserService::passwordProblem(password, m_store.user().name);
    QString hint;
    if (password.isEmpty())
        hint = tr("At least %1 characters; a sentence of a few words is best.").arg(UserService::MinPasswordLength);
    else if (problem)
        hint = *problem;
    else if (m_ui->repeat->text() != password)
        hint = tr("Type the same password twice.");
    m_ui->hint->setText(hint);
    m_change->setEnabled(!password.isEmpty() && !problem && m_ui->repeat->text() == password);
}

bool ChangePasswordDialog::change()
{
    if (!m_change->isEnabled())
        return false;
    if (auto s = UserService(m_store).changeOwnPassword(m_ui->password->text()); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    accept();
    return true;
}

} // namespace reper
