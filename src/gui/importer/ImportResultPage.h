#pragma once
// Import, step 3 (ui/ImportResultPage.ui): the import itself, with progress and Cancel, then what
// each file added.
#include "gui/common/AsyncTask.h"
#include "importer/Importer.h"

#include <QPointer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class ImportResultPage;
}

namespace reper {

class Job;
class Store;

class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportResultPage(Store& store, QWidget* parent = nullptr);
    ~ImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return !m_job.isNull(); }
    void cancel();
    const ImportReport& report() const { return m_report; }

Q_SIGNALS:
    void finished(bool written);

private:
    void show(const ImportReport& report);
    Store& m_store;
    std::unique_ptr<Ui::ImportResultPage> m_ui;
    QPointer<Job> m_job;
    ImportReport m_report;
    bool m_done = false;
};

} // namespace reper
