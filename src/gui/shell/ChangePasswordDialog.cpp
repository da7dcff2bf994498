#include "ChangePasswordDialog.h"

#include "gui/common/Appearance.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/NewPassword.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/services/UserService.h"
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
    m_ui->hint->setStyleSheet(Appearance::quietTextStyle(this));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(m_ui->password, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    connect(m_ui->repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    validate();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::validate()
{
    const auto problem = NewPassword::problem(m_ui->password->text(), m_ui->repeat->text(), m_store.user().name);
    m_ui->hint->setText(problem.value_or(QString()));
    m_change->setEnabled(!problem);
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
