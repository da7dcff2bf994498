#include "NewStoreDialog.h"

#include "core/AppPaths.h"
#include "gui/common/Appearance.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/NewPassword.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/UserService.h"
#include "ui_NewStoreDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace reper {

NewStoreDialog::NewStoreDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::NewStoreDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New store"));
    ButtonTexts::apply(m_ui->buttons);
    m_create = m_ui->buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    m_ui->path->setText(QDir::toNativeSeparators(AppPaths::defaultStorePath()));
    m_ui->passwordHint->setStyleSheet(Appearance::quietTextStyle(this));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewStoreDialog::create);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path
            = FileDialogs::saveFile(this, tr("New store"), m_ui->path->text(), tr("Reper store (*.reper *.store)"));
        if (!path.isEmpty())
            m_ui->path->setText(QDir::toNativeSeparators(path));
    });
    for (QLineEdit* e : {m_ui->path, m_ui->adminName, m_ui->password, m_ui->repeat})
        connect(e, &QLineEdit::textChanged, this, &NewStoreDialog::validate);
    validate();
}

NewStoreDialog::~NewStoreDialog() = default;

std::unique_ptr<Store> NewStoreDialog::takeStore() { return std::move(m_store); }

QString NewStoreDialog::path() const { return QDir::fromNativeSeparators(m_ui->path->text().trimmed()); }

QString NewStoreDialog::adminName() const { return m_ui->adminName->text().trimmed(); }

void NewStoreDialog::validate()
{
    QString hint;
    bool ok = !path().isEmpty() && !adminName().isEmpty();
    if (const auto problem = NewPassword::problem(m_ui->password->text(), m_ui->repeat->text(), adminName())) {
        hint = *problem;
        ok = false;
    } else {
        hint = tr("The passwords agree.");
    }
    if (QFileInfo::exists(path()) || QFileInfo::exists(KeyFile::pathFor(path()))) {
        hint = tr("A file of that name exists already; choose another.");
        ok = false;
    }
    m_ui->passwordHint->setText(hint);
    m_create->setEnabled(ok);
}

void NewStoreDialog::create()
{
    if (!m_create->isEnabled())
        return;
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = Store::create(path(), adminName(), m_ui->password->text(), m_clock);
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_ui->banner->showMessage(created.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_store = std::move(created->store);
    m_recoveryKey = created->recoveryKey;
    m_ui->password->clear();
    m_ui->repeat->clear();
    Q_EMIT this->created();
    accept();
}

} // namespace reper
