#include "DataQualityPage.h"

#include "core/Clock.h"
#include "gui/common/AuditLabels.h"
#include "gui/common/Labels.h"
#include "gui/common/StoreJob.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordDialogs.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/repositories/VictimRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

namespace reper {

namespace {

std::optional<FormKind> formOf(const QString& kind)
{
    if (kind == QLatin1String("identification"))
        return FormKind::Identification;
    if (kind == QLatin1String("assistance"))
        return FormKind::Assistance;
    if (kind == QLatin1String("repatriation"))
        return FormKind::Repatriation;
    if (kind == QLatin1String("judicial"))
        return FormKind::Judicial;
    if (kind == QLatin1String("prevention_activity"))
        return FormKind::Prevention;
    return std::nullopt;
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

} // namespace

DataQualityPage::DataQualityPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_scope(new QLabel(this))
    , m_year(new QComboBox(this))
    , m_check(new QPushButton(tr("Check a&gain"), this))
    , m_open(new QPushButton(tr("&Open the record"), this))
    , m_status(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Data quality"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("What closing the year would find, record by record. Open a line, correct the "
                                "record and save: the line goes once the record is right."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* bar = new QHBoxLayout;
    m_scope->setTextFormat(Qt::PlainText);
    bar->addWidget(m_scope);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setObjectName(QStringLiteral("year"));
    const int thisYear = store.clock().today().year();
    for (int y = thisYear; y >= thisYear - 2; --y)
        m_year->addItem(QString::number(y), y);
    bar->addSpacing(12);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addStretch(1);
    m_check->setObjectName(QStringLiteral("checkAgain"));
    m_check->setToolTip(tr("Check again (F5)"));
    m_open->setObjectName(QStringLiteral("openRecord"));
    bar->addWidget(m_check);
    bar->addWidget(m_open);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model->setHorizontalHeaderLabels({tr("Severity"), tr("Problem"), tr("Record"), tr("Victim code")});
    m_view->setObjectName(QStringLiteral("findings"));
    m_view->setAccessibleName(tr("Records to correct"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    header->resizeSection(SeverityColumn, 110);
    header->resizeSection(RecordColumn, 170);
    header->resizeSection(VictimColumn, 150);
    layout->addWidget(m_view, 1);

    connect(m_check, &QPushButton::clicked, this, &DataQualityPage::refresh);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_year, &QComboBox::currentIndexChanged, this, &DataQualityPage::refresh);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openRow(i.row()); });
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openRow(m_view->currentIndex().row()); });
    auto* enter2 = new QShortcut(QKeySequence(Qt::Key_Enter), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter2, &QShortcut::activated, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DataQualityPage::updateButtons);
    m_scope->setText(tr("Scope: %1")
                         .arg(store.access().isNational() ? tr("national")
                                                          : Labels::center(store.reference(), store.user().center)));
    updateButtons();
}

RecordDialog* DataQualityPage::lastDialog() const { return m_lastDialog.data(); }

Job* DataQualityPage::runningJob() const { return m_job.data(); }

int DataQualityPage::year() const { return m_year->currentData().toInt(); }

void DataQualityPage::activate() { refresh(); }

void DataQualityPage::refresh()
{
    if (m_job) {
        m_again = true; // checked again when this check ends: a save happened meanwhile
        return;
    }
    const Scope scope = m_store.access().scope();
    if (!m_store.access().canCloseYear(scope))
        return;
    const int y = year();
    m_again = false;
    m_status->setText(tr("Checking the records of %1…").arg(y));
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        // No "today": whether the year is over matters for closing it, not for correcting records.
        [y, scope](Store& connection, JobControl&) { return DataQualityRepository(connection).check(y, scope, {}); },
        [this, y](Result<QList<QualityFinding>>& findings) {
            m_job = nullptr;
            if (m_again || y != year()) {
                refresh();
                return;
            }
            if (!findings) {
                m_status->clear();
                m_banner->showMessage(findings.error().message, MessageBanner::Kind::Error);
                return;
            }
            m_banner->clear();
            display(*findings);
        });
    updateButtons();
}

void DataQualityPage::display(const QList<QualityFinding>& findings)
{
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    qint64 total = 0;
    int cut = 0;
    for (const QualityFinding& f : findings) {
        total += f.count;
        cut += int(f.count) - f.records.size();
        const QString severity = f.isBlocking() ? tr("Blocking") : tr("Warning");
        for (const QualityRecord& r : f.records) {
            QString record = r.kind == QLatin1String("victims")
                ? tr("victims")
                : tr("%1 #%2").arg(AuditLabels::recordType(r.kind)).arg(r.id);
            m_model->appendRow({cell(severity), cell(f.message), cell(record), cell(r.victimCode)});
            m_rows << r;
        }
    }
    if (total == 0)
        m_status->setText(tr("No problems found in %1: nothing to correct.").arg(year()));
    else if (cut > 0)
        m_status->setText(
            tr("%n problem(s) found in %1; the first %2 are listed.", "", int(total)).arg(year()).arg(m_rows.size()));
    else
        m_status->setText(tr("%n problem(s) found in %1.", "", int(total)).arg(year()));
    updateButtons();
}

void DataQualityPage::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool openable
        = row >= 0 && row < m_rows.size() && (formOf(m_rows[row].kind) || !m_rows[row].groupCodes.isEmpty());
    m_open->setEnabled(openable);
    m_check->setEnabled(!m_job);
}

void DataQualityPage::openRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QualityRecord r = m_rows[row];
    if (const auto form = formOf(r.kind)) {
        QString error;
        RecordDialog* dialog = RecordDialogs::open(m_store, *form, r.id, this, {}, &error);
        if (!dialog) {
            m_banner->showMessage(error, MessageBanner::Kind::Error);
            return;
        }
        m_lastDialog = dialog;
        const auto changed = [this] {
            refresh();
            Q_EMIT recordsChanged();
        };
        connect(dialog, &RecordDialog::saved, this, changed);
        connect(dialog, &RecordDialog::removed, this, changed);
        return;
    }
    if (r.groupCodes.isEmpty())
        return;
    auto id = VictimRepository(m_store).idByCode(r.groupCodes.first());
    if (!id || !*id) {
        m_banner->showMessage(id ? tr("The victim is no longer in the store.") : id.error().message,
                              MessageBanner::Kind::Error);
        return;
    }
    Q_EMIT victimRequested(**id);
}

} // namespace reper
