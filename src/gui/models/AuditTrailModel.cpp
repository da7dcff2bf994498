#include "AuditTrailModel.h"

#include "gui/common/AuditLabels.h"

#include <QDateTime>

namespace reper {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    m_details.clear();
    m_details.reserve(entries.size());
    for (const AuditEntry& e : entries)
        m_details << AuditLabels::details(e.detail);
    endResetModel();
}

QString AuditTrailModel::localTime(const QString& at)
{
    const QDateTime t = QDateTime::fromString(at, Qt::ISODate); // "…Z": UTC
    if (!t.isValid())
        return at;
    return t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString AuditTrailModel::toText(const QList<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << text(row, c)
                         .replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int AuditTrailModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AuditTrailModel::text(int row, int column) const
{
    const AuditEntry& e = m_entries[row];
    switch (column) {
    case SeqColumn: return QString::number(e.seq);
    case TimeColumn: return localTime(e.at);
    case UserColumn: return e.userName;
    case ActionColumn: return AuditLabels::action(e.action);
    case RecordColumn: return AuditLabels::record(e);
    case CenterColumn: return e.center;
    case DetailsColumn: return m_details[row];
    default: return {};
    }
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const AuditEntry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole: return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn || index.column() == RecordColumn)
            return text(index.row(), index.column());
        if (index.column() == ActionColumn)
            return e.action;
        return {};
    case Qt::UserRole: // sort key: the trail's own order for the number and the time
        if (index.column() == SeqColumn || index.column() == TimeColumn)
            return e.seq;
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("No.");
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case RecordColumn: return tr("Record");
    case CenterColumn: return tr("Centre");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

} // namespace reper
