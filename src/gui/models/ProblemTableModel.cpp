#include "ProblemTableModel.h"

namespace reper {

ProblemTableModel::ProblemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProblemTableModel::setProblems(const QList<ImportProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

QString ProblemTableModel::toText(const QList<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        if (row < 0 || row >= m_problems.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << data(index(row, c)).toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ProblemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}
int ProblemTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProblemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size() || index.column() >= ColumnCount)
        return {};
    const ImportProblem& p = m_problems[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileColumn: return p.file;
        case LineColumn: return p.line > 0 ? QString::number(p.line) : QString();
        case ColumnColumn: return p.column;
        case MessageColumn: return p.message;
        default: return {};
        }
    }
    if (role == Qt::UserRole) // sort key
        return index.column() == LineColumn ? QVariant(p.line) : data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

} // namespace reper
