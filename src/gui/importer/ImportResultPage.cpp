#include "ImportResultPage.h"

#include "gui/common/AsyncTask.h"
#include "gui/common/Labels.h"
#include "gui/importer/ImportRun.h"
#include "gui/importer/ImportWizard.h"
#include "gui/widgets/ProgressPanel.h"
#include "ui_ImportResultPage.h"

#include <QHeaderView>

namespace reper {

ImportResultPage::ImportResultPage(Store& store, QWidget* parent)
    : QWizardPage(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ImportResultPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Import"));
    setFinalPage(true);
    m_ui->counts->hide();
}

ImportResultPage::~ImportResultPage() = default;

bool ImportResultPage::isComplete() const { return m_done && !m_job; }

void ImportResultPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportResultPage::initializePage()
{
    auto* w = qobject_cast<ImportWizard*>(wizard());
    if (!w)
        return;
    m_done = false;
    m_ui->summary->setText(tr("Importing, all or nothing…"));
    m_job = ImportRun::start(this, m_store, w->folder(), false, [this](const ImportReport& report) {
        m_job = nullptr;
        show(report);
        Q_EMIT completeChanged();
        Q_EMIT finished(report.written);
    });
    m_ui->progress->track(m_job, tr("Importing…"));
}

void ImportResultPage::show(const ImportReport& report)
{
    m_report = report;
    m_done = true;
    if (report.written) {
        m_ui->summary->setText(tr("Imported %1 rows: %2 new records, %3 were already present.")
                                   .arg(Labels::count(report.rows()), Labels::count(report.added()),
                                        Labels::count(report.rows() - report.added())));
    } else if (report.cancelled) {
        m_ui->summary->setText(tr("The import was stopped. Nothing was written."));
    } else if (!report.failure.isEmpty()) {
        m_ui->summary->setText(tr("The import failed and nothing was written: %1").arg(report.failure));
    } else {
        m_ui->summary->setText(tr("The files changed since the check: %n problem(s). Nothing was written; go through "
                                  "the import again.",
                                  "", int(report.problems.size())));
    }
    m_ui->counts->setVisible(report.written);
    m_ui->counts->clear();
    m_ui->counts->setColumnCount(4);
    m_ui->counts->setHorizontalHeaderLabels({tr("File"), tr("Rows"), tr("New"), tr("Already present")});
    m_ui->counts->setRowCount(int(report.files.size()));
    for (int r = 0; r < report.files.size(); ++r) {
        const ImportFileCounts& f = report.files[r];
        const QStringList cells = {f.file, Labels::count(f.rows), Labels::count(f.added), Labels::count(f.present)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->counts->setItem(r, c, item);
        }
    }
    m_ui->counts->horizontalHeader()->setStretchLastSection(true);
    m_ui->counts->resizeColumnsToContents();
}

} // namespace reper
