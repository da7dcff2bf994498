#pragma once
// Administration → Audit trail (ui/AuditPanel.ui), for administrators (AccessPolicy::canReadAudit):
// the entries chosen by user, action, record and period, newest first and sortable; at most the
// newest `Limit` of them, with a note to narrow the filter when there are more. "Verify the trail"
// runs AuditVerifier off the UI thread on a connection of its own; Ctrl+C copies the selected rows
// as tab-separated text.
#include "gui/widgets/MessageBanner.h"
#include "storage/audit/AuditEntry.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AuditPanel;
}

class QSortFilterProxyModel;
class QTableView;

namespace reper {

class AuditTrailModel;
class Job;
class Store;

class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Limit = 1000;

    explicit AuditPanel(Store& store, QWidget* parent = nullptr);
    ~AuditPanel() override;

    // Reads the users of the filter and the entries again.
    void refresh();
    // Reads the entries of the current filter.
    void reload();
    AuditFilter filter() const;
    // Chooses a filter value by its code ("" for all), as picking it in the list does.
    void setUserFilter(const QString& user);
    void setActionFilter(const QString& action);
    void setRecordFilter(const QString& record);
    void setPeriod(const QDate& from, const QDate& to);
    void clearFilters();
    bool isTruncated() const { return m_truncated; }
    QString summary() const;

    Job* verify();
    QString verifyText() const;

    AuditTrailModel* model() const { return m_model; }
    QSortFilterProxyModel* sortedModel() const { return m_sorted; }
    QTableView* table() const;
    QString copySelection() const; // what Ctrl+C puts on the clipboard

Q_SIGNALS:
    void message(const QString& text, reper::MessageBanner::Kind kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillUsers();
    Store& m_store;
    std::unique_ptr<Ui::AuditPanel> m_ui;
    AuditTrailModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QString m_appliedRecord;
    bool m_truncated = false;
    bool m_quiet = false; // while several filters change at once
};

} // namespace reper
