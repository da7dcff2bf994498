#include "ExportPackageDialog.h"

#include "core/platform/Platform.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/JobOutcome.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PathField.h"
#include "gui/common/StoreJob.h"
#include "gui/widgets/ProgressPanel.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/package/PackageImport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

ExportPackageDialog::ExportPackageDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_center(new QComboBox(this))
    , m_hqKey(new PathField(PathField::Kind::OpenFile, tr("&Browse…"), QStringLiteral("hqKey"),
                            QStringLiteral("browseKey"), this))
    , m_output(new PathField(PathField::Kind::SaveFile, tr("B&rowse…"), QStringLiteral("output"),
                             QStringLiteral("browseOutput"), this))
    , m_progress(new ProgressPanel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Export a centre package"));
    m_center->setObjectName(QStringLiteral("center"));
    m_hqKey->setChooser(tr("Choose headquarters' public key"), tr("Headquarters' public key (*.pub);;All files (*)"));
    m_output->setChooser(tr("Save the centre package"), tr("Centre packages (*.reperpkg)"));
    m_output->setStart([this] {
        return QDir::home().filePath(QStringLiteral("%1.reperpkg").arg(m_center->currentData().toString()));
    });
    m_progress->setObjectName(QStringLiteral("progress"));
    m_result->setObjectName(QStringLiteral("result"));
    for (const QString& code : centres(store))
        m_center->addItem(Labels::center(store.reference(), code), code);

    auto* intro = new QLabel(tr("Every record of the centre, with the deletions since the last package, for the "
                                "headquarters whose public key (HQ.pub) you choose. The file is signed with your key "
                                "and only that headquarters can open it."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Centre:"), m_center);
    form->addRow(tr("Headquarters' &public key (HQ.pub):"), m_hqKey);
    form->addRow(tr("&Save the package as:"), m_output);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_hqKey, &PathField::changed, this, &ExportPackageDialog::validate);
    connect(m_output, &PathField::changed, this, &ExportPackageDialog::validate);
    validate();
}

QStringList ExportPackageDialog::centres(Store& store)
{
    QStringList out;
    for (const Center& c : store.reference().centers())
        if (PackageExport(store).permits(c.code))
            out << c.code;
    return out;
}

void ExportPackageDialog::setCenter(const QString& center)
{
    if (const int i = m_center->findData(center); i >= 0)
        m_center->setCurrentIndex(i);
}

void ExportPackageDialog::setHqKey(const QString& path) { m_hqKey->setPath(path); }

void ExportPackageDialog::setOutput(const QString& path) { m_output->setPath(path); }

QString ExportPackageDialog::resultText() const { return m_result->isVisible() ? m_result->text() : QString(); }

void ExportPackageDialog::validate()
{
    m_export->setEnabled(m_center->count() > 0 && !m_hqKey->isEmpty() && !m_output->isEmpty() && !m_job);
}

Job* ExportPackageDialog::exportNow()
{
    if (!m_export->isEnabled())
        return nullptr;
    const QString center = m_center->currentData().toString();
    const QString keyPath = m_hqKey->path();
    const QString path = m_output->path();
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, windowTitle(),
                            tr("%1 exists: a package is never written over another file. Choose a new name.")
                                .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, windowTitle(), tr("Cannot read %1.").arg(QDir::toNativeSeparators(keyPath)));
        return nullptr;
    }
    auto hq = HqKeys::readPublic(keyFile.readAll());
    if (!hq) {
        MessageBox::warning(this, windowTitle(), hq.error().message);
        return nullptr;
    }
    m_result->hide();
    // The package is recorded in the transaction the file is written in: Cancel leaves neither.
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [center, key = *hq, path](Store& connection, JobControl&) {
            return PackageExport(connection).run(center, key, [&path](const QByteArray& file) {
                return writeFileAtomically(path, file);
            });
        },
        [this, path](Result<PackageExportResult>& made) { finish(made, path); });
    m_progress->track(m_job, tr("Making the package…"));
    validate();
    return m_job;
}

void ExportPackageDialog::finish(Result<PackageExportResult>& made, const QString& path)
{
    m_job = nullptr;
    validate();
    if (!JobOutcome::succeeded(this, windowTitle(), made))
        return;
    QStringList lines;
    lines << tr("Package %1 of %2 was written to %3: %4 records, %5 deletions.")
                 .arg(made->sequence)
                 .arg(made->center, QDir::toNativeSeparators(path))
                 .arg(made->records)
                 .arg(made->deletions);
    lines << (made->identityCarried ? tr("With the identity of %n victim(s).", "", made->identities)
                                    : tr("Without the victims' identity: you may not read the names of %1 or do not "
                                         "hold its key; headquarters keeps the identity it has.")
                                          .arg(made->center));
    if (made->merges > 0)
        lines << tr("With %n merge(s) of two victim codes into one person.", "", made->merges);
    lines << tr("Signed with your key %1.").arg(PackageImport::fingerprintOf(m_store.audit().signer().publicKey()));
    lines << tr("SHA-256 %1").arg(QString::fromLatin1(made->contentHash.toHex()));
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->show();
}

} // namespace reper
