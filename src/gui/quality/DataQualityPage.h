#pragma once
// The data-quality page (issue 10 §6): the checks that closing a year runs
// (DataQualityRepository::check), as a live list a coordinator works through all year — one line
// per record (or group of victims) behind each finding, blocking ones first. A line opens the record
// to fix (double-click, Enter or Open); the list is checked again, in the background (StoreJob), when
// the page is shown, after a save from it and whenever the window reports changed records. Who has
// the page and what it covers: decisions.md C9.
#include "gui/shell/ModulePage.h"
#include "storage/figures/DataQualityRepository.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace reper {

class Job;
class MessageBanner;
class RecordDialog;
class Store;

class DataQualityPage : public ModulePage
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, ProblemColumn, RecordColumn, VictimColumn, ColumnCount };

    explicit DataQualityPage(Store& store, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    QComboBox* yearBox() const { return m_year; }
    // The check running (nullptr when none): tests wait for it.
    Job* runningJob() const;
    // The dialog opened last from the page.
    RecordDialog* lastDialog() const;
    int year() const;
    // Opens the record of a line: its dialog, or (a group of victims) the first victim's page.
    void openRow(int row);

    void activate() override;
    void refresh() override;

Q_SIGNALS:
    // A victim's page is to be opened (a line about a group of victims).
    void victimRequested(qint64 victimId);

private:
    void display(const QList<QualityFinding>& findings);
    void updateButtons();

    Store& m_store;
    QStandardItemModel* m_model;
    QLabel* m_scope;
    QComboBox* m_year;
    QPushButton* m_check;
    QPushButton* m_open;
    QLabel* m_status;
    MessageBanner* m_banner;
    QTableView* m_view;
    QPointer<Job> m_job;
    QPointer<RecordDialog> m_lastDialog;
    QList<QualityRecord> m_rows;
    bool m_again = false;
};

} // namespace reper
