#include "ImportCheckPage.h"

#include "gui/common/AsyncTask.h"
#include "gui/common/Labels.h"
#include "gui/importer/ImportRun.h"
#include "gui/importer/ImportWizard.h"
#include "gui/models/ProblemTableModel.h"
#include "gui/widgets/ProgressPanel.h"
#include "ui_ImportCheckPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QUrl>

namespace reper {

ImportCheckPage::ImportCheckPage(Store& store, QWidget* parent)
    : QWizardPage(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ImportCheckPage>())
    , m_model(new ProblemTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Check the files"));
    setCommitPage(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_ui->problems->setModel(m_sorted);
    m_ui->problems->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->problems->horizontalHeader()->resizeSection(ProblemTableModel::FileColumn, 190);
    m_ui->problems->horizontalHeader()->resizeSection(ProblemTableModel::LineColumn, 60);
    m_ui->problems->horizontalHeader()->resizeSection(ProblemTableModel::ColumnColumn, 150);
    m_ui->problems->installEventFilter(this);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ImportCheckPage::check);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (int r = 0; r < m_sorted->rowCount(); ++r)
            rows << m_sorted->mapToSource(m_sorted->index(r, 0)).row();
        QApplication::clipboard()->setText(m_model->toText(rows));
    });
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, [this] {
        if (auto* w = qobject_cast<ImportWizard*>(wizard()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(w->folder()));
    });
}

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage() { check(); }

void ImportCheckPage::cleanupPage() { cancel(); }

void ImportCheckPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ImportCheckPage::isComplete() const { return m_done && !m_job && m_report.ok() && m_report.rows() > 0; }

Job* ImportCheckPage::check()
{
    auto* w = qobject_cast<ImportWizard*>(wizard());
    if (!w || m_job)
        return nullptr;
    m_done = false;
    m_model->setProblems({});
    m_ui->summary->setText(tr("Checking every row; nothing is written…"));
    m_ui->recheckButton->setEnabled(false);
    Q_EMIT completeChanged();
    m_job = ImportRun::start(this, m_store, w->folder(), true, [this](const ImportReport& report) {
        m_job = nullptr;
        show(report);
        m_ui->recheckButton->setEnabled(true);
        Q_EMIT completeChanged();
        Q_EMIT checked();
    });
    m_ui->progress->track(m_job, tr("Checking…"));
    return m_job;
}

void ImportCheckPage::show(const ImportReport& report)
{
    m_report = report;
    m_done = true;
    m_model->setProblems(report.problems);
    m_ui->problems->setVisible(!report.problems.isEmpty());
    // Whole messages, on several lines when long (a few hundred rows are measured at most).
    m_ui->problems->setWordWrap(report.problems.size() <= 500);
    if (report.problems.size() <= 500)
        m_ui->problems->resizeRowsToContents();
    m_ui->copyButton->setEnabled(!report.problems.isEmpty());
    QString text;
    if (report.cancelled)
        text = tr("The check was stopped. Nothing was written.");
    else if (!report.failure.isEmpty())
        text = tr("The check could not be done: %1").arg(report.failure);
    else if (!report.problems.isEmpty())
        text = tr("%n problem(s) found in %1 rows; nothing was written. Correct the files at the lines shown (the "
                  "header is line 1), save them, and press \"Check again\".",
                  "", int(report.problems.size()))
                   .arg(Labels::count(report.rows()));
    else
        text = tr("%1 rows checked, no problem found: %2 new records, %3 already present. Press \"Import\" to write "
                  "them.")
                   .arg(Labels::count(report.rows()), Labels::count(report.added()),
                        Labels::count(report.rows() - report.added()));
    if (!report.notes.isEmpty())
        text += QLatin1Char('\n') + report.notes.join(QLatin1Char('\n'));
    m_ui->summary->setText(text);
}

QString ImportCheckPage::copySelection() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->problems->selectionModel()->selectedRows();
    for (const QModelIndex& i : selected)
        rows << m_sorted->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return m_model->toText(rows);
}

bool ImportCheckPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->problems && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(copySelection());
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

} // namespace reper
