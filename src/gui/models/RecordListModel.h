#pragma once
// A list of records for a table view: rows come from RecordListQuery a page at a time as the view
// scrolls (canFetchMore/fetchMore), filtering and sorting happen in SQL, and values are shown as
// the window names them (labels, dd.MM.yyyy, grouped numbers).
#include "storage/lists/RecordListQuery.h"

#include <QAbstractTableModel>
#include <memory>

namespace reper {

class Store;

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, CenterRole, RawRole };
    static constexpr int kPageSize = 250;

    // Empty until refresh(), setFilter() or sort() reads the first page.
    RecordListModel(Store& store, ListKind kind, QObject* parent = nullptr);
    ~RecordListModel() override;

    ListKind kind() const { return m_query->spec().kind; }
    const ListSpec& spec() const { return m_query->spec(); }
    const ListFilter& filter() const { return m_filter; }
    void setFilter(const ListFilter& filter);
    // Reads again from the first page, keeping the filter and the order.
    void refresh();

    qint64 totalCount() const { return m_total; } // rows matching the filter, -1 when unknown
    QString errorText() const { return m_error; }
    RecordId idAt(int row) const;
    QString centerAt(int row) const;
    int rowOf(RecordId id) const; // -1 when not loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalChanged(qint64 total);
    void failed(const QString& message);

private:
    void reload();
    Store& m_store;
    std::unique_ptr<RecordListQuery> m_query;
    ListFilter m_filter;
    ListSort m_sort;
    QList<ListRow> m_rows;
    bool m_more = false;
    qint64 m_total = -1;
    bool m_manyMatch = false;
    QString m_error;
};

} // namespace reper
