#pragma once
// "Astăzi", the work list (issue 10 §4): the deadlines of the open cases the user may see (DueItems
// scopes them), in three groups — overdue, due today, due this week. A line opens the victim's
// record where the work is done (double-click, Enter or Open) or is set aside with a reason. A case
// worker sees their own cases first; a coordinator the whole centre, filterable by case worker; a
// national coordinator every centre, filterable by centre. The page reads the list again when it is
// shown and whenever records change, and tells the side bar how many deadlines are overdue.
#include "core/Deadlines.h"
#include "gui/shell/ModulePage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace reper {

class DismissDueDialog;
class DueListModel;
class MessageBanner;
class Store;

class TodayPage : public ModulePage
{
    Q_OBJECT
public:
    explicit TodayPage(Store& store, QWidget* parent = nullptr);

    DueListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QComboBox* centerFilter() const { return m_center; }
    QComboBox* workerFilter() const { return m_worker; }
    // Overdue deadlines of the user's own view (their cases; a coordinator's whole scope), whatever
    // the filters show: the side bar's badge.
    int overdueCount() const { return m_overdue; }
    // The deadline of the current line, or nullptr.
    const DueItem* currentItem() const;
    bool selectKey(const QString& key);
    // Opens the dialog that sets the current line aside (non-blocking); nullptr without a line.
    DismissDueDialog* dismissCurrent();
    void openCurrent();

    void activate() override;
    void refresh() override;
    void focusSearch() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // The victim's record is to be opened where the deadline is met.
    void openRequested(const reper::DueItem& item);
    void overdueCountChanged(int count);

private:
    void fillCenters();
    void fillWorkers();
    void applyFilters();
    void updateButtons();
    bool matchesWorker(const DueItem& item, const QVariant& worker) const;

    Store& m_store;
    DueListModel* m_model;
    QLabel* m_title;
    QLabel* m_scope;
    QComboBox* m_center;
    QComboBox* m_worker;
    QLabel* m_centerLabel;
    QTreeView* m_view;
    QLabel* m_empty;
    MessageBanner* m_banner;
    QPushButton* m_open;
    QPushButton* m_dismiss;
    QList<DueItem> m_items; // the whole scope, as DueItems gives it
    QDate m_today;
    QVariant m_defaultWorker; // invalid: everyone
    int m_overdue = 0;
};

} // namespace reper
