#pragma once
// The problems an import found, one per row: file, line, column, message. Sortable (the line as
// a number) and copyable as tab-separated text for a spreadsheet or an e-mail.
#include "importer/ImportProblem.h"

#include <QAbstractTableModel>

namespace reper {

class ProblemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { FileColumn, LineColumn, ColumnColumn, MessageColumn, ColumnCount };

    explicit ProblemTableModel(QObject* parent = nullptr);
    void setProblems(const QList<ImportProblem>& problems);
    const QList<ImportProblem>& problems() const { return m_problems; }
    // The rows (in the order given) as tab-separated text with a header line.
    QString toText(const QList<int>& rows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace reper
