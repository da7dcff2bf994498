#include "ExportVictimsDialog.h"

#include "core/AccessPolicy.h"
#include "core/platform/Platform.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/FileDialogs.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/services/VictimExport.h"
#include "ui_ExportVictimsDialog.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>

namespace reper {

ExportVictimsDialog::ExportVictimsDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ExportVictimsDialog>())
{
    m_ui->setupUi(this);
    ButtonTexts::apply(m_ui->buttons);
    m_export = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);

    const AccessPolicy access = store.access();
    m_ui->center->addItem(tr("Every centre I may see"), QString());
    for (const Center& c : store.reference().centers())
        if (access.canReadRecords(c.code))
            m_ui->center->addItem(QStringLiteral("%1 %2").arg(c.code, c.seat), c.code);
    // Identity may leave only with a coordinator of the victims' own centre, for that centre.
    const QString own = access.user().center;
    m_mayExportIdentity = !own.isEmpty() && access.canExportIdentity(own);
    m_ui->withIdentity->setEnabled(m_mayExportIdentity);
    m_ui->identityNote->setText(
        m_mayExportIdentity
            ? tr("Identity is written only for the victims of %1, and only when both boxes are ticked. The audit "
                 "trail records the export with the victims' codes.")
                  .arg(own)
            : tr("Only a coordinator of the victims' own centre may export their identity; this file will have "
                 "the identity columns empty."));
    m_ui->path->setText(QDir::home().filePath(QStringLiteral("victims.csv")));

    // Wrapped labels get their height only once the width is known.
    m_ui->identityNote->setMinimumHeight(m_ui->identityNote->heightForWidth(minimumWidth() - 40));
    adjustSize();

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportVictimsDialog::exportNow);
    connect(m_ui->browse, &QPushButton::clicked, this, &ExportVictimsDialog::chooseFile);
    connect(m_ui->path, &QLineEdit::textChanged, this, &ExportVictimsDialog::validate);
    connect(m_ui->withIdentity, &QCheckBox::toggled, this, [this](bool on) {
        if (on) // identity is for the own centre only: the choice follows
            setCenter(m_store.access().user().center);
        m_ui->center->setEnabled(!on);
        validate();
    });
    connect(m_ui->confirmed, &QCheckBox::toggled, this, &ExportVictimsDialog::validate);
    validate();
}

ExportVictimsDialog::~ExportVictimsDialog() = default;

void ExportVictimsDialog::setPath(const QString& path) { m_ui->path->setText(QDir::toNativeSeparators(path)); }

void ExportVictimsDialog::setCenter(const QString& center)
{
    const int index = m_ui->center->findData(center);
    if (index >= 0)
        m_ui->center->setCurrentIndex(index);
}

void ExportVictimsDialog::chooseFile()
{
    const QString path
        = FileDialogs::saveFile(this, tr("Export the victims"), m_ui->path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setPath(path);
}

void ExportVictimsDialog::validate()
{
    const bool identity = m_ui->withIdentity->isChecked();
    m_ui->confirmed->setEnabled(identity);
    if (!identity && m_ui->confirmed->isChecked())
        m_ui->confirmed->setChecked(false);
    m_export->setEnabled(!m_ui->path->text().trimmed().isEmpty() && (!identity || m_ui->confirmed->isChecked()));
}

bool ExportVictimsDialog::exportNow()
{
    if (!m_export->isEnabled())
        return false;
    const QString path = QDir::fromNativeSeparators(m_ui->path->text().trimmed());
    VictimExportRequest request;
    request.center = m_ui->center->currentData().toString();
    request.withIdentity = m_ui->withIdentity->isChecked();
    request.confirmed = m_ui->confirmed->isChecked();
    request.destination = path;
    auto result = VictimExport(m_store).run(request);
    if (!result) {
        m_ui->banner->showMessage(result.error().message, MessageBanner::Kind::Error);
        return false;
    }
    // Written atomically with mode 0600, like the store's own files.
    if (auto s = writeFileAtomically(path, VictimExport::csv(*result)); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_summary = (result->identity ? tr("Identifications exported: %1 (victims: %2), with identity, to %3.")
                                  : tr("Identifications exported: %1 (victims: %2), to %3."))
                    .arg(result->rows.size())
                    .arg(result->victims)
                    .arg(QDir::toNativeSeparators(path));
    accept();
    return true;
}

} // namespace reper
