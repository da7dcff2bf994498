#include "ExportAllDialog.h"

#include "core/AccessPolicy.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StoreJob.h"
#include "gui/widgets/ProgressPanel.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

ExportAllDialog::ExportAllDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_folder(new QLineEdit(this))
    , m_center(new QComboBox(this))
    , m_withIdentity(new QCheckBox(tr("Include &names, CNPs, addresses, phones and notes"), this))
    , m_confirmed(new QCheckBox(tr("I &confirm: this folder will hold the victims' identity"), this))
    , m_identityNote(new QLabel(this))
    , m_progress(new ProgressPanel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Export all records"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_center->setObjectName(QStringLiteral("center"));
    m_withIdentity->setObjectName(QStringLiteral("withIdentity"));
    m_confirmed->setObjectName(QStringLiteral("confirmed"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_result->setObjectName(QStringLiteral("result"));

    const AccessPolicy access = store.access();
    m_center->addItem(tr("Every centre I may see"), QString());
    for (const Center& c : store.reference().centers())
        if (access.canReadRecords(c.code))
            m_center->addItem(QStringLiteral("%1 %2").arg(c.code, c.seat), c.code);
    // Identity may leave only with a coordinator of the victims' own centre (VictimExport decides).
    const QString own = access.user().center;
    const bool mayExportIdentity = !own.isEmpty() && access.canExportIdentity(own);
    m_withIdentity->setEnabled(mayExportIdentity);
    m_identityNote->setWordWrap(true);
    m_identityNote->setText(
        mayExportIdentity ? tr("Identity is written only for the victims of %1, and only when both boxes are ticked. "
                               "The audit trail records the export with the victims' codes.")
                                .arg(own)
                          : tr("Only a coordinator of the victims' own centre may export their identity; these files "
                               "will have the identity columns empty."));

    auto* intro = new QLabel(tr("Every record you may see — victims, assistance, repatriations, proceedings, "
                                "prevention and cooperation — as the twelve CSV files of the import, into a new or "
                                "empty folder. Imported into an empty store they give the same bilanț."),
                             this);
    intro->setWordWrap(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    auto* folderRow = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(folderRow);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_folder, 1);
    rowLayout->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("C&entre:"), m_center);
    m_result->setWordWrap(true);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_withIdentity);
    layout->addWidget(m_confirmed);
    layout->addWidget(m_identityNote);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = FileDialogs::folder(this, tr("Export all records to a new or empty folder"), QDir::homePath());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_folder, &QLineEdit::textChanged, this, &ExportAllDialog::validate);
    connect(m_withIdentity, &QCheckBox::toggled, this, [this](bool on) {
        if (on) // identity is for the own centre only: the choice follows
            setCenter(m_store.access().user().center);
        m_center->setEnabled(!on);
        validate();
    });
    connect(m_confirmed, &QCheckBox::toggled, this, &ExportAllDialog::validate);
    validate();
}

void ExportAllDialog::setFolder(const QString& folder) { m_folder->setText(QDir::toNativeSeparators(folder)); }

void ExportAllDialog::setCenter(const QString& center)
{
    if (const int i = m_center->findData(center); i >= 0)
        m_center->setCurrentIndex(i);
}

void ExportAllDialog::validate()
{
    const bool identity = m_withIdentity->isChecked();
    m_confirmed->setEnabled(identity);
    if (!identity && m_confirmed->isChecked())
        m_confirmed->setChecked(false);
    m_export->setEnabled(!m_folder->text().trimmed().isEmpty() && (!identity || m_confirmed->isChecked()) && !m_job);
}

Job* ExportAllDialog::exportNow()
{
    if (!m_export->isEnabled())
        return nullptr;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    RecordsExportRequest request;
    request.center = m_center->currentData().toString();
    request.withIdentity = m_withIdentity->isChecked();
    request.confirmed = m_confirmed->isChecked();
    request.destination = folder;
    m_result->hide();
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [request](Store& connection, JobControl&) -> Result<RecordsExportResult> {
            // The folder is checked before anything is read or recorded in the trail, as the CLI does.
            if (auto s = RecordsExport::checkFolder(request.destination); !s)
                return s.error();
            auto result = RecordsExport(connection).run(request);
            if (!result)
                return result.error();
            if (auto s = RecordsExport::writeFolder(*result, request.destination); !s)
                return s.error();
            return result;
        },
        [this, folder](Result<RecordsExportResult>& result) { finish(result, folder); });
    m_progress->track(m_job, tr("Exporting the records…"));
    validate();
    return m_job;
}

void ExportAllDialog::finish(Result<RecordsExportResult>& result, const QString& folder)
{
    m_job = nullptr;
    validate();
    if (!result) {
        if (!result.error().cancelled)
            MessageBox::warning(this, windowTitle(), result.error().message);
        return;
    }
    m_summary = (result->identity
                     ? tr("Exported %n record row(s) to %1 (twelve CSV files), with identity.", "", int(result->rows()))
                     : tr("Exported %n record row(s) to %1 (twelve CSV files).", "", int(result->rows())))
                    .arg(QDir::toNativeSeparators(folder));
    m_result->setText(m_summary);
    m_result->show();
    Q_EMIT exported(m_summary);
}

} // namespace reper
