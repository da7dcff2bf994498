#pragma once
// Everything recorded about one victim in one list, newest first: identifications, assistance,
// repatriations and support in criminal proceedings, each with its dates, centre and a summary.
#include "storage/repositories/VictimEditor.h"

#include <QAbstractTableModel>

namespace reper {

class ReferenceRepository;

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { DateColumn, KindColumn, CenterColumn, SummaryColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KindRole };

    TimelineModel(const ReferenceRepository& reference, QObject* parent = nullptr);

    void setEntries(const QList<TimelineEntry>& entries);
    const TimelineEntry* entryAt(int row) const;
    static QString kindName(TimelineEntry::Kind kind);
    QString summary(const TimelineEntry& e) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ReferenceRepository& m_reference;
    QList<TimelineEntry> m_entries;
};

} // namespace reper
