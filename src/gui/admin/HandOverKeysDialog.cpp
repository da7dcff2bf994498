#include "HandOverKeysDialog.h"

#include "gui/common/ButtonTexts.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/keys/RecoveryKey.h"
#include "ui_HandOverKeysDialog.h"

#include <QApplication>
#include <QPushButton>

namespace reper {

HandOverKeysDialog::HandOverKeysDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::HandOverKeysDialog>())
{
    m_ui->setupUi(this);
    ButtonTexts::apply(m_ui->buttons);
    m_handOver = m_ui->buttons->addButton(tr("&Hand over"), QDialogButtonBox::AcceptRole);
    m_ui->hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_handOver, &QPushButton::clicked, this, &HandOverKeysDialog::handOver);
    connect(m_ui->recoveryKey, &QLineEdit::textChanged, this, &HandOverKeysDialog::validate);
    validate();
}

HandOverKeysDialog::~HandOverKeysDialog() { m_ui->recoveryKey->clear(); }

QString HandOverKeysDialog::hint() const { return m_ui->hint->text(); }

void HandOverKeysDialog::validate()
{
    const QString typed = m_ui->recoveryKey->text();
    const auto decoded = RecoveryKey::decode(typed);
    m_ui->hint->setText(typed.isEmpty() || decoded ? QString() : decoded.error().message);
    m_handOver->setEnabled(!typed.isEmpty() && decoded.ok());
}

bool HandOverKeysDialog::handOver()
{
    if (!m_handOver->isEnabled())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor); // the audit trail is verified first
    auto handed = IdentityGrants(m_store).handOverWithRecoveryKey(m_ui->recoveryKey->text());
    QApplication::restoreOverrideCursor();
    if (!handed) {
        m_ui->banner->showMessage(handed.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_granted = handed->granted;
    m_waiting = handed->waiting;
    m_ui->recoveryKey->clear();
    accept();
    return true;
}

} // namespace reper
