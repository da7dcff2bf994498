#include "RestoreDialog.h"

#include "gui/common/ButtonTexts.h"
#include "gui/common/FileDialogs.h"
#include "gui/shell/ExitBackup.h"
#include "ui_RestoreDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace reper {

RestoreDialog::RestoreDialog(const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Restore from a backup"));
    ButtonTexts::apply(m_ui->buttons);
    m_restore = m_ui->buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_ui->userName->setText(user);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("Choose a backup"), ExitBackup::folder(),
                                                   tr("Reper store (*.reper *.store *.bak);;All files (*)"));
        if (!path.isEmpty())
            setBackup(path);
    });
    for (QLineEdit* e : {m_ui->file, m_ui->userName, m_ui->password})
        connect(e, &QLineEdit::textChanged, this, &RestoreDialog::validate);
    validate();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::setBackup(const QString& path) { m_ui->file->setText(QDir::toNativeSeparators(path)); }

RestoreRequest RestoreDialog::request() const
{
    return {QDir::fromNativeSeparators(m_ui->file->text().trimmed()), m_ui->userName->text().trimmed(),
            m_ui->password->text()};
}

void RestoreDialog::validate()
{
    const RestoreRequest r = request();
    m_restore->setEnabled(QFileInfo::exists(r.backup) && !r.user.isEmpty() && !r.password.isEmpty());
}

} // namespace reper
