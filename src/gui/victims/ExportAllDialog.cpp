#include "ExportAllDialog.h"

#include "core/AccessPolicy.h"
#include "core/Clock.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/JobOutcome.h"
#include "gui/common/PathField.h"
#include "gui/common/StoreJob.h"
#include "gui/widgets/ProgressPanel.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

namespace {

// The first year the year filter offers (the agency's records start after it).
constexpr int kFirstYear = 2000;

} // namespace

ExportAllDialog::ExportAllDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_folder(new PathField(PathField::Kind::Folder, tr("&Browse…"), QStringLiteral("folder"),
                             QStringLiteral("browse"), this))
    , m_center(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_withIdentity(new QCheckBox(tr("Include &names, CNPs, addresses, phones and notes"), this))
    , m_confirmed(new QCheckBox(tr("I &confirm: this folder will hold the victims' identity"), this))
    , m_identityNote(new QLabel(this))
    , m_progress(new ProgressPanel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Export all records"));
    m_folder->setChooser(tr("Export all records to a new or empty folder"));
    m_center->setObjectName(QStringLiteral("center"));
    m_year->setObjectName(QStringLiteral("year"));
    m_withIdentity->setObjectName(QStringLiteral("withIdentity"));
    m_confirmed->setObjectName(QStringLiteral("confirmed"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_result->setObjectName(QStringLiteral("result"));

    const AccessPolicy access = store.access();
    m_center->addItem(tr("Every centre I may see"), QString());
    for (const Center& c : store.reference().centers())
        if (access.canReadRecords(c.code))
            m_center->addItem(QStringLiteral("%1 %2").arg(c.code, c.seat), c.code);
    // As `export all --year Y`: the records that count in that year, with the victims and campaigns
    // they refer to (docs/decisions.md P2).
    m_year->addItem(tr("Every year"), 0);
    for (int y = m_store.clock().now().date().year(); y >= kFirstYear; --y)
        m_year->addItem(QString::number(y), y);
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
    auto* form = new QFormLayout;
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("C&entre:"), m_center);
    form->addRow(tr("&Year:"), m_year);
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
    connect(m_folder, &PathField::changed, this, &ExportAllDialog::validate);
    connect(m_withIdentity, &QCheckBox::toggled, this, [this](bool on) {
        if (on) // identity is for the own centre only: the choice follows
            setCenter(m_store.access().user().center);
        m_center->setEnabled(!on);
        validate();
    });
    connect(m_confirmed, &QCheckBox::toggled, this, &ExportAllDialog::validate);
    validate();
}

void ExportAllDialog::setFolder(const QString& folder) { m_folder->setPath(folder); }

void ExportAllDialog::setCenter(const QString& center)
{
    if (const int i = m_center->findData(center); i >= 0)
        m_center->setCurrentIndex(i);
}

void ExportAllDialog::setYear(int year)
{
    if (const int i = m_year->findData(year); i >= 0)
        m_year->setCurrentIndex(i);
}

void ExportAllDialog::validate()
{
    const bool identity = m_withIdentity->isChecked();
    m_confirmed->setEnabled(identity);
    if (!identity && m_confirmed->isChecked())
        m_confirmed->setChecked(false);
    m_export->setEnabled(!m_folder->isEmpty() && (!identity || m_confirmed->isChecked()) && !m_job);
}

Job* ExportAllDialog::exportNow()
{
    if (!m_export->isEnabled())
        return nullptr;
    const QString folder = m_folder->path();
    RecordsExportRequest request;
    request.center = m_center->currentData().toString();
    request.year = m_year->currentData().toInt();
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
    if (!JobOutcome::succeeded(this, windowTitle(), result))
        return;
    m_summary = (result->identity
                     ? tr("Exported %n record row(s) to %1 (twelve CSV files), with identity.", "", int(result->rows()))
                     : tr("Exported %n record row(s) to %1 (twelve CSV files).", "", int(result->rows())))
                    .arg(QDir::toNativeSeparators(folder));
    m_result->setText(m_summary);
    m_result->show();
    Q_EMIT exported(m_summary);
}

} // namespace reper
