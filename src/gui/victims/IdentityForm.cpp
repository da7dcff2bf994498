#include "IdentityForm.h"

#include "ui_IdentityForm.h"

namespace reper {

IdentityForm::IdentityForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IdentityForm>())
{
    m_ui->setupUi(this);
    m_ui->cnp->setPlaceholderText(tr("13 digits"));
    m_ui->cnp->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(m_ui->openButton, &QPushButton::clicked, this, &IdentityForm::openRequested);
    setOpen(false);
}

void IdentityForm::setOpen(bool open)
{
    m_open = open;
    m_ui->openButton->setVisible(!open);
    m_ui->fields->setVisible(open);
}

IdentityForm::~IdentityForm() = default;

void IdentityForm::setIdentity(const VictimIdentity& identity)
{
    m_ui->lastName->setText(identity.lastName);
    m_ui->firstName->setText(identity.firstName);
    m_ui->cnp->setText(identity.cnp);
    m_ui->address->setText(identity.address);
    m_ui->phone->setText(identity.phone);
    m_ui->notes->setPlainText(identity.notes);
}

VictimIdentity IdentityForm::identity() const
{
    VictimIdentity i;
    i.lastName = m_ui->lastName->text().trimmed();
    i.firstName = m_ui->firstName->text().trimmed();
    i.cnp = m_ui->cnp->text().trimmed();
    i.address = m_ui->address->text().trimmed();
    i.phone = m_ui->phone->text().trimmed();
    i.notes = m_ui->notes->toPlainText().trimmed();
    return i;
}

QList<QPair<QString, QWidget*>> IdentityForm::editors() const
{
    return {{QStringLiteral("last_name"), m_ui->lastName},
            {QStringLiteral("first_name"), m_ui->firstName},
            {QStringLiteral("cnp"), m_ui->cnp},
            {QStringLiteral("address"), m_ui->address},
            {QStringLiteral("phone"), m_ui->phone},
            {QStringLiteral("notes"), m_ui->notes}};
}

} // namespace reper
