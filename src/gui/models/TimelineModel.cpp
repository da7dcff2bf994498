#include "TimelineModel.h"

#include "gui/common/Appearance.h"
#include "gui/common/Labels.h"
#include "storage/repositories/ReferenceRepository.h"

#include <QApplication>
#include <QBrush>
#include <QColor>

namespace reper {

TimelineModel::TimelineModel(const ReferenceRepository& reference, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{
}

void TimelineModel::setEntries(const QList<TimelineEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const TimelineEntry* TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

QString TimelineModel::kindName(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Identification: return tr("Identification");
    case TimelineEntry::Kind::Assistance: return tr("Assistance");
    case TimelineEntry::Kind::Repatriation: return tr("Repatriation");
    case TimelineEntry::Kind::Judicial: return tr("Criminal proceedings");
    case TimelineEntry::Kind::MonitoringContact: return tr("Monitoring contact");
    }
    return {};
}

QString TimelineModel::summary(const TimelineEntry& e) const
{
    const QString a = e.codes.value(0);
    const QString b = e.codes.value(1);
    const QString c = e.codes.value(2);
    switch (e.kind) {
    case TimelineEntry::Kind::Identification: {
        QString s = Labels::code(QStringLiteral("mnir_status"), a) + QStringLiteral(", ")
            + Labels::code(QStringLiteral("exploitation"), b) + QStringLiteral(", ")
            + Labels::code(QStringLiteral("scope"), c);
        if (e.endDate.isValid())
            s += QStringLiteral("; ") + tr("identified on %1").arg(Labels::date(e.endDate));
        return s;
    }
    case TimelineEntry::Kind::Assistance:
        return tr("%1 (%2), %3")
            .arg(Labels::code(QStringLiteral("service"), a), Labels::code(QStringLiteral("provider"), b),
                 e.endDate.isValid() ? tr("until %1").arg(Labels::date(e.endDate)) : tr("ongoing"));
    case TimelineEntry::Kind::Repatriation: {
        QString s = tr("from %1, %2").arg(Labels::country(b), Labels::code(QStringLiteral("repatriation_status"), a));
        if (e.endDate.isValid())
            s += QStringLiteral("; ") + tr("arrived on %1").arg(Labels::date(e.endDate));
        return s;
    }
    case TimelineEntry::Kind::Judicial:
        return tr("case %1, %2, %3")
            .arg(c, Labels::code(QStringLiteral("judicial_body"), b),
                 Labels::code(QStringLiteral("judicial_stage"), a));
    case TimelineEntry::Kind::MonitoringContact: {
        QString s = Labels::code(QStringLiteral("contact_kind"), a);
        if (!b.isEmpty())
            s += QStringLiteral(", ") + b;
        if (e.endDate.isValid())
            s += QStringLiteral("; ") + tr("next contact on %1").arg(Labels::date(e.endDate));
        return s;
    }
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int TimelineModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const TimelineEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn: return Labels::date(e.date);
        case KindColumn: return kindName(e.kind);
        case SummaryColumn: return summary(e);
        case CenterColumn: return Labels::centerSeat(m_reference, e.center);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return summary(e);
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        static const QColor colors[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x44, 0xad),
                                        QColor(0xa0, 0x52, 0x2d), QColor(0x00, 0x79, 0x6b)};
        const QPalette p = QApplication::palette();
        return QBrush(Appearance::readable(colors[int(e.kind)], p.color(QPalette::Base), p.color(QPalette::Text)));
    }
    if (role == IdRole)
        return e.id;
    if (role == KindRole)
        return int(e.kind);
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case KindColumn: return tr("Record");
    case SummaryColumn: return tr("Details");
    case CenterColumn: return tr("Centre");
    default: return {};
    }
}

} // namespace reper
