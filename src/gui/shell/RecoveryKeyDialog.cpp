#include "RecoveryKeyDialog.h"

#include "core/platform/Platform.h"
#include "gui/common/FileDialogs.h"
#include "gui/widgets/MessageBanner.h"
#include "ui_RecoveryKeyDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace reper {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryKeyDialog>())
    , m_key(recoveryKey)
    , m_storePath(storePath)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Recovery key"));
    QFont heading = m_ui->heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->heading->setFont(heading);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.35);
    mono.setBold(true);
    m_ui->key->setFont(mono);
    // Whole groups on each line (seven of the fourteen), never a group cut in two: the label does not
    // wrap, so the dialog is never narrower than a line. Its own dark text on the pale paper, whatever
    // the palette (a high-contrast one has light text).
    const QStringList groups = m_key.split(QLatin1Char('-'));
    QStringList lines;
    for (int i = 0; i < groups.size(); i += kGroupsPerLine)
        lines << groups.mid(i, kGroupsPerLine).join(QLatin1Char('-'));
    m_ui->key->setWordWrap(false);
    m_ui->key->setText(lines.join(QStringLiteral("-\n")));
    m_ui->key->setAccessibleName(tr("Recovery key"));
    m_ui->key->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; color: #1a1a1a; border: 1px solid #e0c060; padding: 12px; }"));
    m_ui->instruction->setStyleSheet(QStringLiteral("font-weight: bold;"));
    connect(m_ui->confirmed, &QCheckBox::toggled, m_ui->continueButton, &QPushButton::setEnabled);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString suggested
            = QDir::home().filePath(QFileInfo(m_storePath).completeBaseName() + QStringLiteral("-recovery-key.txt"));
        const QString path = FileDialogs::saveFile(this, tr("Save the recovery key"), suggested, tr("Text (*.txt)"));
        if (!path.isEmpty())
            saveTo(path);
    });
}

RecoveryKeyDialog::~RecoveryKeyDialog() = default;

QString RecoveryKeyDialog::keyText() const { return m_key; }

QStringList RecoveryKeyDialog::shownLines() const { return m_ui->key->text().split(QLatin1Char('\n')); }

void RecoveryKeyDialog::reject()
{
    if (m_ui->confirmed->isChecked())
        QDialog::reject();
}

QString RecoveryKeyDialog::sheet() const
{
    return tr("Reper — recovery key") + QStringLiteral("\n\n") + tr("Store: %1").arg(QFileInfo(m_storePath).fileName())
        + QStringLiteral("\n")
        + tr("Created: %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")))
        + QStringLiteral("\n\n") + m_key + QStringLiteral("\n\n")
        + tr("With this key and the store file the records can be opened even if the key file is lost or every "
             "password is forgotten (reper-cli recover). Keep it locked away, offline.")
        + QStringLiteral("\n");
}

bool RecoveryKeyDialog::saveTo(const QString& path)
{
    if (auto s = writeFileAtomically(path, sheet().toUtf8()); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_ui->banner->showMessage(tr("Saved to %1. Move this file to a USB stick kept locked away, and delete it from this "
                                 "computer.")
                                  .arg(QDir::toNativeSeparators(path)),
                              MessageBanner::Kind::Warning);
    return true;
}

void RecoveryKeyDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(12);
    doc.setDefaultFont(font);
    doc.setPlainText(sheet());
    doc.print(&printer);
    m_ui->banner->showMessage(tr("Sent to the printer."), MessageBanner::Kind::Success);
}

} // namespace reper
