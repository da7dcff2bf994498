#include "RecordListModel.h"

#include "core/Logging.h"
#include "gui/common/Labels.h"
#include "gui/common/UiLanguage.h"
#include "storage/Store.h"

namespace reper {

RecordListModel::RecordListModel(Store& store, ListKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(std::make_unique<RecordListQuery>(store, kind))
{
    m_sort.language = UiLanguage::current();
}

RecordListModel::~RecordListModel() = default;

void RecordListModel::setFilter(const ListFilter& filter)
{
    m_filter = filter;
    reload();
}

void RecordListModel::refresh() { reload(); }

void RecordListModel::reload()
{
    m_error.clear();
    auto total = m_query->count(m_filter);
    m_manyMatch = total && *total >= RecordListQuery::kManyMatches;
    auto first = m_query->page(m_filter, m_sort, 0, kPageSize, m_manyMatch);
    // The first page is read inside the reset, and more is offered only once it is over: a view
    // (or the model tester) asking for more while the reset is being announced would otherwise
    // insert rows in the middle of it.
    beginResetModel();
    m_more = false;
    m_rows = first ? *first : QList<ListRow>();
    endResetModel();
    m_more = first && first->size() == kPageSize;
    m_total = total ? *total : -1;
    for (const Error* e : {total ? nullptr : &total.error(), first ? nullptr : &first.error()})
        if (e) {
            m_error = e->message;
            Logging::logger("gui")->error("list query failed: {}", e->detail.toStdString());
        }
    Q_EMIT totalChanged(m_total);
    if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
}

RecordId RecordListModel::idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }

QString RecordListModel::centerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].center : QString();
}

int RecordListModel::rowOf(RecordId id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_query->spec().columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const ListRow& row = m_rows[index.row()];
    const ListColumn& column = m_query->spec().columns[index.column()];
    const QVariant& value = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole: return Labels::displayValue(m_store.reference(), column, value);
    case Qt::ToolTipRole:
        if (column.type == ValueType::Center)
            return Labels::center(m_store.reference(), value.toString());
        return {};
    case Qt::TextAlignmentRole:
        if (column.type == ValueType::Count || column.type == ValueType::Year)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole: return row.id;
    case CenterRole: return row.center;
    case RawRole: return value;
    default: return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return Labels::columnTitle(m_query->spec().columns[section].name);
    return {};
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && m_more; }

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto page = m_query->page(m_filter, m_sort, m_rows.size(), kPageSize, m_manyMatch);
    if (!page) {
        m_more = false;
        m_error = page.error().message;
        Logging::logger("gui")->error("list page failed: {}", page.error().detail.toStdString());
        Q_EMIT failed(m_error);
        return;
    }
    m_more = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sort.column = column;
    m_sort.descending = order == Qt::DescendingOrder;
    m_sort.language = UiLanguage::current();
    reload();
}

} // namespace reper
