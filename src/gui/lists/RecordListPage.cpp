#include "RecordListPage.h"

#include "core/Clock.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/forms/RecordDialogs.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "ui_RecordListPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

namespace reper {

RecordListPage::RecordListPage(Store& store, ListKind kind, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::RecordListPage>())
    , m_model(new RecordListModel(store, kind, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("list_") + ListSpecs::of(kind).table.section(QLatin1Char(' '), 0, 0));
    m_ui->table->setModel(m_model);
    m_ui->table->installEventFilter(this);
    m_ui->search->installEventFilter(this);
    m_ui->search->setPlaceholderText(kind == ListKind::Victims ? tr("Search by victim code or name (Ctrl+F)")
                                                               : tr("Search (Ctrl+F)"));
    m_ui->newButton->setToolTip(tr("New record (Ctrl+N)"));
    // What a screen reader says on reaching the search box and the list.
    m_ui->search->setAccessibleName(tr("Search: %1").arg(Labels::kindTitle(kind)));
    m_ui->table->setAccessibleName(Labels::kindTitle(kind));
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &RecordListPage::applyFilter);
    connect(m_ui->search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_ui->search, &QLineEdit::returnPressed, this, &RecordListPage::applyFilter);
    connect(m_model, &RecordListModel::totalChanged, this, &RecordListPage::updateCount);
    connect(m_model, &RecordListModel::failed, this,
            [this](const QString& message) { m_ui->banner->showMessage(message, MessageBanner::Kind::Error); });
    connect(m_ui->table, &QTableView::doubleClicked, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &RecordListPage::newRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &RecordListPage::openCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RecordListPage::deleteSelected);
    m_remover
        = [this](RecordId id) { return RecordDialogs::remove(m_store, RecordDialogs::formKind(this->kind()), id); };
    setUpFilters();
    setUpHeader();
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateButtons);
    updateButtons();
}

RecordListPage::~RecordListPage() = default;

void RecordListPage::addButton(QPushButton* button)
{
    // Beside the count under the list: the filter bar already takes the width of a 1280-pixel window.
    if (!m_extraButtons) {
        const int at = m_ui->pageLayout->indexOf(m_ui->countLabel);
        m_ui->pageLayout->removeWidget(m_ui->countLabel);
        m_extraButtons = new QHBoxLayout;
        m_extraButtons->addWidget(m_ui->countLabel, 1);
        m_ui->pageLayout->insertLayout(at, m_extraButtons);
    }
    m_extraButtons->addWidget(button);
}

QTableView* RecordListPage::table() const { return m_ui->table; }
QLineEdit* RecordListPage::searchBox() const { return m_ui->search; }

QString RecordListPage::settingsKey() const
{
    return QStringLiteral("lists/%1/").arg(m_model->spec().table.section(QLatin1Char(' '), 0, 0));
}

void RecordListPage::setUpFilters()
{
    const int thisYear = m_store.clock().today().year();
    m_ui->year->addItem(tr("All years"), 0);
    for (int y = thisYear; y >= thisYear - 20; --y)
        m_ui->year->addItem(QString::number(y), y);
    QList<QPair<QString, QString>> centers;
    const AccessPolicy access = m_store.access();
    for (const Center& c : m_store.reference().centers())
        if (access.canReadRecords(c.code))
            centers << qMakePair(c.code, Labels::center(m_store.reference(), c.code));
    m_ui->center->setItems(centers, tr("All centres"));
    const bool oneCenter = centers.size() <= 1;
    m_ui->center->setVisible(!oneCenter);
    m_ui->centerLabel->setVisible(!oneCenter);
    const ListSpec& spec = m_model->spec();
    if (spec.statusList.isEmpty()) {
        m_ui->status->hide();
        m_ui->statusLabel->hide();
    } else {
        m_ui->status->setList(spec.statusList, tr("Any"));
        // As wide as most of its labels, not the longest ("cu furnizorul de servicii"): the filter row
        // of every list then fits beside the side bar at 1280 pixels; the open list shows them whole.
        m_ui->status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_ui->status->setMinimumContentsLength(9);
        m_ui->statusLabel->setText(Labels::statusTitle(spec.kind) + QLatin1Char(':'));
    }
    for (QComboBox* box : {static_cast<QComboBox*>(m_ui->year), static_cast<QComboBox*>(m_ui->center),
                           static_cast<QComboBox*>(m_ui->status)})
        connect(box, &QComboBox::currentIndexChanged, this, &RecordListPage::applyFilter);
}

void RecordListPage::setUpHeader()
{
    QHeaderView* header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setMinimumSectionSize(60);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    const ListSpec& spec = m_model->spec();
    const QByteArray state = QSettings().value(settingsKey() + QStringLiteral("header")).toByteArray();
    const bool restored = !state.isEmpty() && header->restoreState(state);
    if (!restored) {
        header->setSortIndicator(spec.defaultSortColumn,
                                 spec.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu menu(this);
        menu.addSection(tr("Columns"));
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, this, [this, header, c](bool on) {
                header->setSectionHidden(c, !on);
                saveHeader();
            });
        }
        menu.exec(header->mapToGlobal(at));
    });
    connect(header, &QHeaderView::sectionResized, this, &RecordListPage::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &RecordListPage::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordListPage::saveHeader);
    // Read the first page in the remembered (or the list's default) order. The view sorts only
    // when the indicator changes, so the model is asked directly.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (!restored)
        fitColumns();
}

void RecordListPage::fitColumns()
{
    // As wide as the title and the values of the first page need, within reason; the user's own
    // widths are remembered from then on.
    QHeaderView* header = m_ui->table->horizontalHeader();
    const QFontMetrics values(m_ui->table->font());
    const QFontMetrics titles(header->font());
    const int rows = qMin(m_model->rowCount(), 250);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = titles.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < rows; ++r)
            width = qMax(width, values.horizontalAdvance(m_model->data(m_model->index(r, c)).toString()) + 16);
        header->resizeSection(c, qBound(70, width, 380));
    }
}

void RecordListPage::saveHeader()
{
    QSettings().setValue(settingsKey() + QStringLiteral("header"), m_ui->table->horizontalHeader()->saveState());
}

void RecordListPage::applyFilter()
{
    m_searchDelay.stop();
    ListFilter f;
    f.search = m_ui->search->text().trimmed();
    f.year = m_ui->year->currentData().toInt();
    f.center = m_ui->center->code();
    f.status = m_ui->status->code();
    const RecordId keep = selectedId();
    m_ui->banner->clear();
    if (!f.search.isEmpty() && f.search != m_model->filter().search) {
        if (auto s = RecordListQuery(m_store, kind()).recordIdentitySearch(f); !s) {
            m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
            return;
        }
    }
    m_model->setFilter(f);
    if (keep)
        select(keep);
}

void RecordListPage::setFilterValues(int year, const QString& center, const QString& status)
{
    const QSignalBlocker b1(m_ui->year);
    const QSignalBlocker b2(m_ui->center);
    const QSignalBlocker b3(m_ui->status);
    m_ui->year->setCurrentIndex(qMax(0, m_ui->year->findData(year)));
    m_ui->center->setCode(center);
    m_ui->status->setCode(status);
    applyFilter();
}

void RecordListPage::refresh()
{
    const RecordId keep = selectedId();
    m_model->refresh();
    if (keep)
        select(keep);
}

void RecordListPage::focusSearch()
{
    m_ui->search->setFocus(Qt::ShortcutFocusReason);
    m_ui->search->selectAll();
}

RecordId RecordListPage::selectedId() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void RecordListPage::select(RecordId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_ui->table->selectRow(row);
    m_ui->table->scrollTo(m_model->index(row, 0));
}

bool RecordListPage::canCreate() const
{
    const AccessPolicy access = m_store.access();
    for (const Center& c : m_store.reference().centers())
        if (access.canWriteRecords(c.code))
            return true;
    return false;
}

void RecordListPage::updateCount(qint64 total)
{
    if (total < 0) {
        m_ui->countLabel->clear();
        return;
    }
    m_ui->countLabel->setText(tr("%n record(s)", "", int(qMin<qint64>(total, INT_MAX))));
}

void RecordListPage::updateButtons()
{
    const RecordId id = selectedId();
    m_ui->newButton->setEnabled(canCreate());
    m_ui->openButton->setEnabled(id != 0);
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    const QString center = rows.isEmpty() ? QString() : m_model->centerAt(rows.first().row());
    m_ui->deleteButton->setEnabled(id != 0 && m_store.access().canWriteRecords(center));
}

void RecordListPage::openCurrent()
{
    const RecordId id = selectedId();
    if (id)
        Q_EMIT openRequested(id);
}

void RecordListPage::deleteSelected()
{
    const RecordId id = selectedId();
    if (!id || !m_ui->deleteButton->isEnabled())
        return;
    const QString what = m_model->kind() == ListKind::Victims
        ? tr("Delete this victim and everything recorded about them? This cannot be undone.")
        : tr("Delete this record (%1)? This cannot be undone.").arg(Labels::recordTitle(m_model->kind()));
    if (!MessageBox::confirm(this, tr("Delete record"), what, tr("Delete")))
        return;
    if (auto s = m_remover(id); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_ui->banner->showMessage(tr("The record was deleted."), MessageBanner::Kind::Success);
    refresh();
    Q_EMIT changed();
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_ui->table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
        if (watched == m_ui->table && key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
        if (watched == m_ui->search && key->key() == Qt::Key_Down) {
            m_ui->table->setFocus();
            if (!m_ui->table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_ui->table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reper
