#include "AddUserDialog.h"

#include "core/AccessPolicy.h"
#include "gui/common/Appearance.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/Labels.h"
#include "gui/common/NewPassword.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/services/UserService.h"
#include "ui_AddUserDialog.h"

#include <QApplication>
#include <QPushButton>

namespace reper {

AddUserDialog::AddUserDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::AddUserDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add a user"));
    ButtonTexts::apply(m_ui->buttons);
    m_add = m_ui->buttons->addButton(tr("&Add the user"), QDialogButtonBox::AcceptRole);
    m_ui->hint->setStyleSheet(Appearance::quietTextStyle(this));
    for (const QString& r : AccessPolicy::knownRoles())
        m_ui->role->addItem(Labels::role(r), r);
    m_ui->center->addItem(tr("National (no centre)"), QString());
    for (const Center& c : store.reference().centers())
        m_ui->center->addItem(Labels::center(store.reference(), c.code), c.code);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AddUserDialog::add);
    for (QLineEdit* edit : {m_ui->name, m_ui->password, m_ui->repeat})
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    connect(m_ui->role, &QComboBox::currentIndexChanged, this, &AddUserDialog::validate);
    connect(m_ui->center, &QComboBox::currentIndexChanged, this, &AddUserDialog::validate);
    validate();
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::setRole(const QString& role) { m_ui->role->setCurrentIndex(m_ui->role->findData(role)); }
void AddUserDialog::setCenter(const QString& center) { m_ui->center->setCurrentIndex(m_ui->center->findData(center)); }
QString AddUserDialog::userName() const { return m_ui->name->text(); }
QString AddUserDialog::role() const { return m_ui->role->currentData().toString(); }
QString AddUserDialog::center() const { return m_ui->center->currentData().toString(); }

void AddUserDialog::validate()
{
    const QString name = m_ui->name->text();
    const QString password = m_ui->password->text();
    std::optional<QString> problem;
    if (name.trimmed().isEmpty())
        problem = tr("Type the user name (letters, digits; no spaces at either end).");
    else if (role() == QLatin1String("operator") && center().isEmpty())
        problem = tr("An operator works for one centre: choose it.");
    else if (auto roles = UserService(m_store).rolesProblem({role()}, center()))
        problem = roles;
    else
        problem = NewPassword::problem(password, m_ui->repeat->text(), name);
    m_ui->hint->setText(problem.value_or(QString()));
    m_add->setEnabled(!problem);
}

bool AddUserDialog::add()
{
    if (!m_add->isEnabled())
        return false;
    // Sealing the key slot runs Argon2id (a moment): the window waits with a busy cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = UserService(m_store).add(m_ui->name->text(), {role()}, center(), m_ui->password->text());
    QApplication::restoreOverrideCursor();
    if (!added) {
        m_ui->banner->showMessage(added.error().message, MessageBanner::Kind::Error);
        return false;
    }
    accept();
    return true;
}

} // namespace reper
