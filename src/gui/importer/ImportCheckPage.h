#pragma once
// Import, step 2 (ui/ImportCheckPage.ui): the dry run. Every problem of every file in a table
// (file, line, column, message), sortable, copyable (Ctrl+C or "Copy the list"); "Check again"
// after correcting the files. Going on is possible only when no problem is left.
#include "gui/common/AsyncTask.h"
#include "importer/Importer.h"

#include <QPointer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class ImportCheckPage;
}

class QSortFilterProxyModel;

namespace reper {

class Job;
class ProblemTableModel;
class Store;

class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportCheckPage(Store& store, QWidget* parent = nullptr);
    ~ImportCheckPage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    Job* check();
    bool isRunning() const { return !m_job.isNull(); }
    void cancel();
    const ImportReport& report() const { return m_report; }
    ProblemTableModel* problems() const { return m_model; }
    QSortFilterProxyModel* sortedProblems() const { return m_sorted; }
    QString copySelection() const; // tab-separated, what Ctrl+C puts on the clipboard

Q_SIGNALS:
    void checked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const ImportReport& report);
    Store& m_store;
    std::unique_ptr<Ui::ImportCheckPage> m_ui;
    ProblemTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QPointer<Job> m_job;
    ImportReport m_report;
    bool m_done = false;
};

} // namespace reper
