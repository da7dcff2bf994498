#include "DueListModel.h"

#include "gui/common/Labels.h"

#include <QFont>

namespace reper {

namespace {

// A group's row has internal id 0; a line's is its group + 1.
constexpr quintptr kGroupRow = 0;

} // namespace

DueListModel::DueListModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void DueListModel::setItems(const QList<DueItem>& items, const QDate& today)
{
    beginResetModel();
    m_today = today;
    for (auto& g : m_groups)
        g.clear();
    for (const DueItem& item : items) {
        switch (dueBucket(item, today)) {
        case DueBucket::Overdue: m_groups[OverdueGroup] << item; break;
        case DueBucket::Today: m_groups[TodayGroup] << item; break;
        case DueBucket::ThisWeek: m_groups[WeekGroup] << item; break;
        case DueBucket::Later: break;
        }
    }
    endResetModel();
}

const DueItem* DueListModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const auto& group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

QString DueListModel::whenText(const DueItem& item, const QDate& today)
{
    const qint64 days = today.daysTo(item.due);
    if (days < 0)
        return tr("%n day(s) overdue", "", int(-days));
    if (days == 0)
        return tr("today");
    return tr("in %n day(s)", "", int(days));
}

QString DueListModel::groupTitle(Group group)
{
    switch (group) {
    case OverdueGroup: return tr("Overdue");
    case TodayGroup: return tr("Due today");
    case WeekGroup: return tr("Due this week");
    case GroupCount: break;
    }
    return {};
}

QModelIndex DueListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DueListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int DueListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return int(m_groups[parent.row()].size());
}

int DueListModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(Group(index.row()), index.column(), role);
    const DueItem* item = itemAt(index);
    return item ? itemData(*item, Group(index.internalId() - 1), index.column(), role) : QVariant();
}

QVariant DueListModel::groupData(Group group, int column, int role) const
{
    if (column != 0)
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return tr("%1 (%2)").arg(groupTitle(group)).arg(count(group));
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && group == OverdueGroup && count(group) > 0 && m_overdueColour.isValid())
        return m_overdueColour;
    return {};
}

QVariant DueListModel::itemData(const DueItem& item, Group group, int column, int role) const
{
    if (role == KeyRole)
        return item.key();
    if (role == VictimIdRole)
        return item.victimId;
    if (role == Qt::ForegroundRole && group == OverdueGroup && column == WhenColumn && m_overdueColour.isValid())
        return m_overdueColour;
    if (role == Qt::ToolTipRole)
        return tr("%1 for %2, due on %3, counted from %4.")
            .arg(item.what(), item.victimCode, Labels::date(item.due), Labels::date(item.since));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case VictimColumn: return item.victimCode;
    case WhatColumn: return item.what();
    case DueColumn: return Labels::date(item.due);
    case WhenColumn: return whenText(item, m_today);
    case WorkerColumn: return item.workerName.isEmpty() ? tr("nobody") : item.workerName;
    case CenterColumn: return item.center;
    default: break;
    }
    return {};
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VictimColumn: return tr("Victim");
    case WhatColumn: return tr("What is due");
    case DueColumn: return tr("Due on");
    case WhenColumn: return tr("When");
    case WorkerColumn: return tr("Case worker");
    case CenterColumn: return tr("Centre");
    default: break;
    }
    return {};
}

} // namespace reper
