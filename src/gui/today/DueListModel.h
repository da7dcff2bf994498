#pragma once
// The lines of the work list ("Astăzi", issue 10 §4) as a tree of three groups — overdue, due
// today, due this week —, each group a row with its count and the deadlines under it: the victim
// code, what is due in the rule's words, the date, how long ago or in how many days, the case
// worker and the centre.
#include "core/Deadlines.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDate>

namespace reper {

class DueListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { VictimColumn, WhatColumn, DueColumn, WhenColumn, WorkerColumn, CenterColumn, ColumnCount };
    enum Group { OverdueGroup, TodayGroup, WeekGroup, GroupCount };
    enum Roles { KeyRole = Qt::UserRole + 1, VictimIdRole };

    explicit DueListModel(QObject* parent = nullptr);

    // The items as DueItems::list gives them (overdue first); those beyond the week are left out.
    void setItems(const QList<DueItem>& items, const QDate& today);
    // The deadline of a line; nullptr for a group's row.
    const DueItem* itemAt(const QModelIndex& index) const;
    QModelIndex groupIndex(Group group) const { return index(int(group), 0); }
    int count(Group group) const { return int(m_groups[group].size()); }
    // "5 days overdue", "today", "in 3 days".
    static QString whenText(const DueItem& item, const QDate& today);
    static QString groupTitle(Group group);
    void setOverdueColour(const QColor& colour) { m_overdueColour = colour; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(Group group, int column, int role) const;
    QVariant itemData(const DueItem& item, Group group, int column, int role) const;

    QList<DueItem> m_groups[GroupCount];
    QDate m_today;
    QColor m_overdueColour;
};

} // namespace reper
