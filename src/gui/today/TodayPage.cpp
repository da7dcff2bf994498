#include "TodayPage.h"

#include "core/Clock.h"
#include "gui/common/Appearance.h"
#include "gui/common/Labels.h"
#include "gui/common/UiLanguage.h"
#include "gui/today/DismissDueDialog.h"
#include "gui/today/DueListModel.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/cases/DueItems.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace reper {

TodayPage::TodayPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_model(new DueListModel(this))
    , m_title(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_center(new QComboBox(this))
    , m_worker(new QComboBox(this))
    , m_centerLabel(new QLabel(tr("C&entre:"), this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(tr("Nothing is due in the next seven days."), this))
    , m_banner(new MessageBanner(this))
    , m_open(new QPushButton(tr("&Open the record"), this))
    , m_dismiss(new QPushButton(tr("&Set aside…"), this))
{
    m_title->setObjectName(QStringLiteral("title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setWordWrap(true);
    m_scope->setStyleSheet(Appearance::quietTextStyle(this));
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setStyleSheet(Appearance::quietTextStyle(this));

    m_center->setObjectName(QStringLiteral("centerFilter"));
    m_worker->setObjectName(QStringLiteral("workerFilter"));
    m_centerLabel->setBuddy(m_center);
    auto* workerLabel = new QLabel(tr("Case &worker:"), this);
    workerLabel->setBuddy(m_worker);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_centerLabel);
    filters->addWidget(m_center);
    filters->addWidget(workerLabel);
    filters->addWidget(m_worker);
    filters->addStretch(1);

    m_view->setObjectName(QStringLiteral("dueList"));
    m_view->setAccessibleName(tr("Deadlines"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setItemsExpandable(false);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(12);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    for (int c = 0; c < DueListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DueListModel::WhatColumn, QHeaderView::Stretch);
    m_model->setOverdueColour(Appearance::problemColour(this));

    m_open->setObjectName(QStringLiteral("open"));
    m_open->setToolTip(tr("Opens the victim's record and a new monitoring contact (Enter)"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    m_dismiss->setToolTip(tr("Takes the deadline off the list, with a reason that is recorded"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scope);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    const AccessPolicy access = store.access();
    const bool coordinator = store.user().hasRole(QStringLiteral("coordinator"));
    if (!coordinator)
        m_defaultWorker = store.user().name; // a case worker: their own cases first
    if (access.isNational())
        m_scope->setText(tr("The deadlines of the open cases of every centre, by centre and case worker."));
    else if (coordinator)
        m_scope->setText(tr("The deadlines of the open cases of %1, by case worker.")
                             .arg(Labels::center(store.reference(), store.user().center)));
    else
        m_scope->setText(tr("The deadlines of your cases at %1; choose \"everyone\" for the whole centre.")
                             .arg(Labels::center(store.reference(), store.user().center)));
    fillCenters();

    connect(m_center, &QComboBox::currentIndexChanged, this, &TodayPage::applyFilters);
    connect(m_worker, &QComboBox::currentIndexChanged, this, &TodayPage::applyFilters);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model->itemAt(index))
            openCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayPage::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &TodayPage::dismissCurrent);
    m_view->installEventFilter(this); // Enter opens the line
    updateButtons();
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return ModulePage::eventFilter(watched, event);
}

void TodayPage::fillCenters()
{
    const AccessPolicy access = m_store.access();
    QStringList readable;
    for (const Center& c : m_store.reference().centers())
        if (access.canReadRecords(c.code))
            readable << c.code;
    const QSignalBlocker block(m_center);
    m_center->clear();
    m_center->addItem(tr("All centres"), QString());
    for (const QString& code : std::as_const(readable))
        m_center->addItem(Labels::center(m_store.reference(), code), code);
    const bool several = readable.size() > 1;
    m_center->setVisible(several);
    m_centerLabel->setVisible(several);
    m_view->setColumnHidden(DueListModel::CenterColumn, !several);
}

void TodayPage::fillWorkers()
{
    const QVariant current = m_worker->count() > 0 ? m_worker->currentData() : m_defaultWorker;
    QStringList names;
    bool nobody = false;
    for (const DueItem& item : std::as_const(m_items)) {
        if (item.workerName.isEmpty())
            nobody = true;
        else if (!names.contains(item.workerName))
            names << item.workerName;
    }
    if (m_defaultWorker.isValid() && !names.contains(m_defaultWorker.toString()))
        names << m_defaultWorker.toString();
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_worker);
    m_worker->clear();
    m_worker->addItem(tr("Everyone"));
    for (const QString& name : std::as_const(names))
        m_worker->addItem(name == m_store.user().name ? tr("%1 (me)").arg(name) : name, name);
    if (nobody)
        m_worker->addItem(tr("Nobody assigned"), QString());
    int index = 0;
    for (int i = 1; i < m_worker->count(); ++i)
        if (current.isValid() && m_worker->itemData(i) == current)
            index = i;
    m_worker->setCurrentIndex(index);
}

bool TodayPage::matchesWorker(const DueItem& item, const QVariant& worker) const
{
    return !worker.isValid() || item.workerName == worker.toString();
}

void TodayPage::activate() { refresh(); }

void TodayPage::refresh()
{
    m_banner->clear();
    m_today = m_store.clock().today();
    m_title->setText(tr("Today, %1").arg(UiLanguage::locale().toString(m_today, QStringLiteral("dddd d MMMM yyyy"))));
    DueQuery query;
    query.days = 7;
    query.today = m_today;
    auto items = DueItems(m_store).list(query);
    if (!items) {
        m_banner->showMessage(items.error().message, MessageBanner::Kind::Error);
        m_items.clear();
    } else {
        m_items = *items;
    }
    fillWorkers();
    int overdue = 0;
    for (const DueItem& item : std::as_const(m_items))
        if (item.due < m_today && matchesWorker(item, m_defaultWorker))
            ++overdue;
    applyFilters();
    if (overdue != m_overdue) {
        m_overdue = overdue;
        Q_EMIT overdueCountChanged(overdue);
    }
}

void TodayPage::applyFilters()
{
    const QString key = currentItem() ? currentItem()->key() : QString();
    const QString center = m_center->currentData().toString();
    const QVariant worker = m_worker->currentData();
    QList<DueItem> shown;
    for (const DueItem& item : std::as_const(m_items))
        if ((center.isEmpty() || item.center == center) && matchesWorker(item, worker))
            shown << item;
    m_model->setItems(shown, m_today);
    m_view->expandAll();
    for (int g = 0; g < DueListModel::GroupCount; ++g)
        m_view->setFirstColumnSpanned(g, QModelIndex(), true);
    m_view->setColumnHidden(DueListModel::WorkerColumn, worker.isValid() && !worker.toString().isEmpty());
    m_empty->setVisible(shown.isEmpty());
    if (key.isEmpty() || !selectKey(key)) {
        // The first line of the first group that has one.
        for (int g = 0; g < DueListModel::GroupCount; ++g)
            if (m_model->count(DueListModel::Group(g)) > 0) {
                m_view->setCurrentIndex(m_model->index(0, 0, m_model->groupIndex(DueListModel::Group(g))));
                break;
            }
    }
    updateButtons();
}

bool TodayPage::selectKey(const QString& key)
{
    for (int g = 0; g < DueListModel::GroupCount; ++g) {
        const QModelIndex group = m_model->groupIndex(DueListModel::Group(g));
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex line = m_model->index(r, 0, group);
            if (line.data(DueListModel::KeyRole).toString() == key) {
                m_view->setCurrentIndex(line);
                return true;
            }
        }
    }
    return false;
}

const DueItem* TodayPage::currentItem() const { return m_model->itemAt(m_view->currentIndex()); }

void TodayPage::updateButtons()
{
    const DueItem* item = currentItem();
    m_open->setEnabled(item != nullptr);
    m_dismiss->setEnabled(item && m_store.access().canWriteRecords(item->center));
}

void TodayPage::openCurrent()
{
    if (const DueItem* item = currentItem())
        Q_EMIT openRequested(*item);
}

DismissDueDialog* TodayPage::dismissCurrent()
{
    const DueItem* item = currentItem();
    if (!item || !m_store.access().canWriteRecords(item->center))
        return nullptr;
    auto* dialog = new DismissDueDialog(m_store, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &TodayPage::refresh);
    dialog->open();
    return dialog;
}

void TodayPage::focusSearch() { m_view->setFocus(); }

} // namespace reper
