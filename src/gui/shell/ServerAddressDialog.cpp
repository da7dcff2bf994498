#include "ServerAddressDialog.h"

#include "gui/common/ButtonTexts.h"
#include "storage/engine/postgres/PgUrl.h"
#include "ui_ServerAddressDialog.h"

#include <QPushButton>

namespace reper {

ServerAddressDialog::ServerAddressDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerAddressDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Connect to a server"));
    ButtonTexts::apply(m_ui->buttons);
    m_use = m_ui->buttons->addButton(tr("&Use this server"), QDialogButtonBox::AcceptRole);
    m_use->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->host, &QLineEdit::textChanged, this, &ServerAddressDialog::update);
    connect(m_ui->database, &QLineEdit::textChanged, this, &ServerAddressDialog::update);
    connect(m_ui->port, &QSpinBox::valueChanged, this, &ServerAddressDialog::update);
    connect(m_ui->verify, &QCheckBox::toggled, this, &ServerAddressDialog::update);
    update();
}

ServerAddressDialog::~ServerAddressDialog() = default;

QString ServerAddressDialog::address() const { return m_address; }
bool ServerAddressDialog::insecure() const { return !m_ui->verify->isChecked(); }
QString ServerAddressDialog::hint() const { return m_ui->hint->text(); }

void ServerAddressDialog::setAddress(const QString& address)
{
    auto url = PgUrl::parse(address, true);
    if (!url || url->hosts().isEmpty())
        return;
    QStringList names;
    for (const PgUrl::Host& h : url->hosts())
        names << h.name;
    m_ui->host->setText(names.join(QLatin1Char(',')));
    m_ui->port->setValue(url->hosts().first().port ? url->hosts().first().port : 5432);
    m_ui->database->setText(url->database());
    const QString mode = url->sslMode();
    m_ui->verify->setChecked(url->isLocal() || mode.startsWith(QLatin1String("verify")));
}

void ServerAddressDialog::update()
{
    m_address.clear();
    m_use->setEnabled(false);
    QStringList hosts;
    for (const QString& h : m_ui->host->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        hosts << h.trimmed() + QLatin1Char(':') + QString::number(m_ui->port->value());
    if (hosts.isEmpty() || m_ui->database->text().trimmed().isEmpty()) {
        m_ui->address->clear();
        m_ui->hint->setText(tr("Type the server's name and its database."));
        return;
    }
    QString text = QStringLiteral("postgresql://") + hosts.join(QLatin1Char(',')) + QLatin1Char('/')
        + m_ui->database->text().trimmed();
    if (!m_ui->verify->isChecked())
        text += QStringLiteral("?sslmode=require");
    auto url = PgUrl::parse(text, insecure());
    if (!url) {
        m_ui->address->clear();
        m_ui->hint->setText(url.error().message);
        return;
    }
    m_address = url->text();
    m_ui->address->setText(m_address);
    m_ui->address->setCursorPosition(0);
    if (url->isLocal())
        m_ui->hint->setText(tr("This computer: nothing leaves it, so no certificate is needed."));
    else if (insecure())
        m_ui->hint->setText(tr("The connection is encrypted, but nobody checks that it goes to your server: anyone "
                               "on the way could read and change what is sent. Untick the box only on a network "
                               "your administrator says is private."));
    else
        m_ui->hint->setText(tr("The connection is encrypted and the server's certificate is checked."));
    m_use->setEnabled(true);
}

} // namespace reper
