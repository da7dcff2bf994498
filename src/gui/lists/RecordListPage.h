#pragma once
// One list of records (ui/RecordListPage.ui): a search box that ignores case and diacritics,
// filters by year, centre and status, the table (lazy, sorted in SQL, chosen columns and widths
// remembered), and New / Open / Delete. Double-click or Enter opens a record.
#include "gui/models/RecordListModel.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class RecordListPage;
}

class QTableView;
class QLineEdit;

class QHBoxLayout;
class QPushButton;

namespace reper {

class Store;

class RecordListPage : public QWidget
{
    Q_OBJECT
public:
    RecordListPage(Store& store, ListKind kind, QWidget* parent = nullptr);
    ~RecordListPage() override;

    ListKind kind() const { return m_model->kind(); }
    RecordListModel* model() const { return m_model; }
    QTableView* table() const;
    QLineEdit* searchBox() const;

    // How a record of this list is removed (after the user confirmed).
    void setRemover(std::function<Status(RecordId)> remover) { m_remover = std::move(remover); }
    // A button of the module's own (Victims → Duplicates…), placed under the list beside the count.
    void addButton(QPushButton* button);

    void focusSearch();
    // Applies the search text and filters now (typing applies them after a short pause).
    void applyFilter();
    void refresh();
    RecordId selectedId() const;
    void select(RecordId id);
    bool canCreate() const;
    void deleteSelected();
    void setFilterValues(int year, const QString& center, const QString& status);

Q_SIGNALS:
    void openRequested(RecordId id);
    void newRequested();
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpFilters();
    void setUpHeader();
    void saveHeader();
    void fitColumns();
    void updateCount(qint64 total);
    void updateButtons();
    void openCurrent();
    QString settingsKey() const;

    Store& m_store;
    std::unique_ptr<Ui::RecordListPage> m_ui;
    QHBoxLayout* m_extraButtons = nullptr;
    RecordListModel* m_model;
    QTimer m_searchDelay;
    std::function<Status(RecordId)> m_remover;
};

} // namespace reper
