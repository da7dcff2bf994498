#include "RecoveryOpenDialog.h"

#include "core/Logging.h"
#include "gui/common/Appearance.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/NewPassword.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/services/UserService.h"
#include "ui_RecoveryOpenDialog.h"

#include <QApplication>
#include <QPushButton>

namespace reper {

RecoveryOpenDialog::RecoveryOpenDialog(const QString& storePath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_path(storePath)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::RecoveryOpenDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Open with the recovery key"));
    ButtonTexts::apply(m_ui->buttons);
    m_open = m_ui->buttons->addButton(tr("&Open the store"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    QFont mono = m_ui->recoveryKey->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->recoveryKey->setFont(mono);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &RecoveryOpenDialog::recover);
    for (QLineEdit* field : {m_ui->recoveryKey, m_ui->userName, m_ui->password, m_ui->repeat})
        connect(field, &QLineEdit::textChanged, this, &RecoveryOpenDialog::validate);
    validate();
}

RecoveryOpenDialog::~RecoveryOpenDialog() = default;

void RecoveryOpenDialog::setKey(const QString& key) { m_ui->recoveryKey->setText(key); }
void RecoveryOpenDialog::setUser(const QString& user) { m_ui->userName->setText(user); }

void RecoveryOpenDialog::setPassword(const QString& password)
{
    m_ui->password->setText(password);
    m_ui->repeat->setText(password);
}

QString RecoveryOpenDialog::keyHint() const { return m_ui->keyHint->text(); }
QString RecoveryOpenDialog::bannerText() const { return m_ui->banner->text(); }
QString RecoveryOpenDialog::userName() const { return m_ui->userName->text().trimmed(); }
std::unique_ptr<Store> RecoveryOpenDialog::takeStore() { return std::move(m_store); }

void RecoveryOpenDialog::validate()
{
    const QString key = m_ui->recoveryKey->text().trimmed();
    QString keyHint = tr("14 groups of characters, as printed when the store was made; dashes and case do not matter.");
    bool keyOk = false;
    if (!key.isEmpty()) {
        const auto decoded = RecoveryKey::decode(key);
        keyOk = decoded.ok();
        keyHint = keyOk ? QString() : decoded.error().message;
    }
    m_ui->keyHint->setText(keyHint);
    m_ui->keyHint->setStyleSheet(key.isEmpty() || keyOk ? Appearance::quietTextStyle(this)
                                                        : Appearance::problemTextStyle(this));

    const bool typed = !m_ui->password->text().isEmpty();
    const auto problem = NewPassword::problem(m_ui->password->text(), m_ui->repeat->text(), userName());
    m_ui->passwordHint->setText(problem.value_or(QString()));
    m_ui->passwordHint->setStyleSheet(!typed || !problem ? Appearance::quietTextStyle(this)
                                                         : Appearance::problemTextStyle(this));
    m_open->setEnabled(keyOk && !userName().isEmpty() && !problem);
}

bool RecoveryOpenDialog::recover()
{
    if (!m_open->isEnabled())
        return false;
    const QString user = userName();
    const QString password = m_ui->password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The same two steps as reper-cli recover: open with the key, then a new slot for the user.
    Status recovered = Status::success();
    {
        auto opened = Store::openWithRecoveryKey(m_path, m_ui->recoveryKey->text(), user, m_clock);
        if (!opened)
            recovered = opened.error();
        else
            recovered = UserService(**opened).recover(password);
    }
    std::unique_ptr<Store> store;
    if (recovered) {
        auto reopened = Store::open(m_path, user, password, m_clock);
        if (reopened)
            store = std::move(*reopened);
        else
            recovered = reopened.error();
    }
    QApplication::restoreOverrideCursor();
    if (!recovered) {
        Logging::logger("gui")->info("recovery refused: {}", recovered.error().detail.toStdString());
        m_ui->banner->showMessage(recovered.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_ui->password->clear();
    m_ui->repeat->clear();
    m_ui->recoveryKey->clear();
    m_store = std::move(store);
    accept();
    return true;
}

} // namespace reper
