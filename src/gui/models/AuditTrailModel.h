#pragma once
// The entries of the audit trail a filter chose, one per row: number, local time, user, action in
// words, record, centre and the detail summed up. The rows come whole from AuditTrail::list (the
// panel asks for the newest few thousand at most); sorting is by Qt::UserRole through a proxy, the
// time by the entry's number. Copyable as tab-separated text.
#include "storage/audit/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace reper {

class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        SeqColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordColumn,
        CenterColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditTrailModel(QObject* parent = nullptr);
    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }
    // The rows (in the order given) as tab-separated text with a header line.
    QString toText(const QList<int>& rows) const;
    // "yyyy-MM-ddTHH:mm:ssZ" as local "dd.MM.yyyy HH:mm".
    static QString localTime(const QString& at);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QList<AuditEntry> m_entries;
    QStringList m_details; // summed up once per entry: the view asks for them on every paint
};

} // namespace reper
