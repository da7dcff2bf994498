#include "AuditPanel.h"

#include "gui/common/AuditLabels.h"
#include "gui/common/Labels.h"
#include "gui/common/StoreJob.h"
#include "gui/models/AuditTrailModel.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/services/UserService.h"
#include "ui_AuditPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

namespace reper {

AuditPanel::AuditPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::AuditPanel>())
    , m_model(new AuditTrailModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_ui->entries->setModel(m_sorted);
    m_ui->entries->verticalHeader()->hide();
    m_ui->entries->horizontalHeader()->setStretchLastSection(true);
    m_ui->entries->sortByColumn(AuditTrailModel::TimeColumn, Qt::DescendingOrder); // newest first
    m_ui->entries->installEventFilter(this);
    m_ui->verifyOutput->hide();
    m_ui->recordFilter->setPlaceholderText(tr("victim code, user, record no."));
    m_ui->actionFilter->addItem(tr("All actions"), QString());
    auto actions = AuditLabels::actions();
    std::sort(actions.begin(), actions.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    for (const auto& [code, words] : actions)
        m_ui->actionFilter->addItem(words, code);
    fillUsers();

    const auto changed = [this] {
        if (!m_quiet)
            reload();
    };
    connect(m_ui->userFilter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->actionFilter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->recordFilter, &QLineEdit::editingFinished, this, [this, changed] {
        if (m_ui->recordFilter->text().trimmed() != m_appliedRecord)
            changed();
    });
    connect(m_ui->fromDate, &OptionalDateEdit::valueChanged, this, changed);
    connect(m_ui->toDate, &OptionalDateEdit::valueChanged, this, changed);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &AuditPanel::clearFilters);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPanel::verify);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(copySelection()); });
}

AuditPanel::~AuditPanel() = default;

QTableView* AuditPanel::table() const { return m_ui->entries; }

void AuditPanel::fillUsers()
{
    const QString current = m_ui->userFilter->currentData().toString();
    const bool quiet = std::exchange(m_quiet, true);
    m_ui->userFilter->clear();
    m_ui->userFilter->addItem(tr("All users"), QString());
    if (auto users = UserService(m_store).list())
        for (const UserInfo& u : *users)
            m_ui->userFilter->addItem(u.user.name, u.user.name);
    m_ui->userFilter->setCurrentIndex(std::max(0, m_ui->userFilter->findData(current)));
    m_quiet = quiet;
}

void AuditPanel::refresh()
{
    fillUsers();
    reload();
}

AuditFilter AuditPanel::filter() const
{
    AuditFilter f;
    f.user = m_ui->userFilter->currentData().toString();
    f.action = m_ui->actionFilter->currentData().toString();
    f.record = m_ui->recordFilter->text().trimmed();
    f.from = m_ui->fromDate->value();
    f.to = m_ui->toDate->value();
    return f;
}

void AuditPanel::setUserFilter(const QString& user)
{
    m_ui->userFilter->setCurrentIndex(std::max(0, m_ui->userFilter->findData(user)));
}

void AuditPanel::setActionFilter(const QString& action)
{
    m_ui->actionFilter->setCurrentIndex(std::max(0, m_ui->actionFilter->findData(action)));
}

void AuditPanel::setRecordFilter(const QString& record)
{
    m_ui->recordFilter->setText(record);
    reload();
}

void AuditPanel::setPeriod(const QDate& from, const QDate& to)
{
    m_quiet = true;
    m_ui->fromDate->setValue(from);
    m_ui->toDate->setValue(to);
    m_quiet = false;
    reload();
}

void AuditPanel::clearFilters()
{
    m_quiet = true;
    m_ui->userFilter->setCurrentIndex(0);
    m_ui->actionFilter->setCurrentIndex(0);
    m_ui->recordFilter->clear();
    m_ui->fromDate->clearValue();
    m_ui->toDate->clearValue();
    m_quiet = false;
    reload();
}

void AuditPanel::reload()
{
    AuditFilter f = filter();
    m_appliedRecord = f.record;
    f.limit = Limit + 1; // one more than shown says whether there are more
    auto entries = m_store.audit().list(f);
    if (!entries) {
        m_model->setEntries({});
        m_truncated = false;
        m_ui->summary->setText(entries.error().message);
        Q_EMIT message(entries.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_truncated = entries->size() > Limit;
    if (m_truncated)
        entries->removeFirst(); // oldest first: the one over the limit is the oldest
    m_model->setEntries(*entries);
    m_ui->entries->resizeColumnsToContents();
    m_ui->entries->horizontalHeader()->resizeSection(AuditTrailModel::DetailsColumn, 300);
    m_ui->summary->setText(summary());
}

QString AuditPanel::summary() const
{
    if (m_truncated)
        return tr("Showing the latest %1 entries; there are more. Narrow the filter (user, action, record or period) "
                  "to see older ones.")
            .arg(Labels::count(Limit));
    return tr("%n entry(ies).", "", m_model->rowCount());
}

Job* AuditPanel::verify()
{
    if (!m_store.access().canReadAudit())
        return nullptr;
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyOutput->show();
    m_ui->verifyOutput->setPlainText(tr("Checking…"));
    Job* job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::No,
        [](Store& connection, JobControl&) { return AuditVerifier(connection).verify(); },
        [this](Result<AuditVerifyReport>& verified) {
            AuditVerifyReport report;
            if (verified) {
                report = *verified;
            } else {
                report.ok = false;
                report.lines << QStringLiteral("FAILED: ") + verified.error().message;
            }
            m_ui->verifyButton->setEnabled(true);
            QStringList lines = report.lines;
            for (const QString& notice : report.notices)
                lines << tr("notice: %1").arg(notice);
            m_ui->verifyOutput->setPlainText(lines.join(QLatin1Char('\n')));
            if (report.ok)
                Q_EMIT message(tr("The audit trail passed every check (%n entries, head %1).", "", int(report.entries))
                                   .arg(report.head.text()),
                               MessageBanner::Kind::Success);
            else
                Q_EMIT message(tr("The audit trail failed a check: the lines below say which. Keep the store as it "
                                  "is and compare it with the last backup."),
                               MessageBanner::Kind::Error);
        });
    m_ui->verifyProgress->track(job, tr("Verifying the audit trail…"));
    m_ui->verifyProgress->cancelButton()->hide(); // one pass over the trail; it does not stop half way
    return job;
}

QString AuditPanel::verifyText() const { return m_ui->verifyOutput->toPlainText(); }

QString AuditPanel::copySelection() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->entries->selectionModel()->selectedRows();
    for (const QModelIndex& i : selected)
        rows << i.row();
    std::sort(rows.begin(), rows.end()); // in the order shown
    QList<int> source;
    for (int r : rows)
        source << m_sorted->mapToSource(m_sorted->index(r, 0)).row();
    return m_model->toText(source);
}

bool AuditPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->entries && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(copySelection());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reper
