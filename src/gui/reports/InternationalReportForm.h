#pragma once
// The international tab of the Reports page (ui/InternationalReportForm.ui): the tables owed to
// Eurostat, GRETA and SDG 16.2.2 for a year and a scope the user may see, in the internal or the
// public edition, shown in the window or saved in any format — through the same functions as
// reper-cli report international, with the same audit entry (ReportAudit) — and the k-anonymised
// CTDC case file, as reper-cli export ctdc makes it (docs/international.md). The records are read
// in the background (StoreJob), with Cancel.
#include "core/InternationalFacts.h"
#include "gui/widgets/MessageBanner.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class InternationalReportForm;
}

namespace reper {

class Job;
class Store;

class InternationalReportForm : public QWidget
{
    Q_OBJECT
public:
    explicit InternationalReportForm(Store& store, QWidget* parent = nullptr);
    ~InternationalReportForm() override;

    void setChoice(int year, const Scope& scope, Edition edition = Edition::Internal);
    int year() const;
    std::optional<Scope> scope() const; // none when the user may see no figures

    // Reads the year's records in the background and shows the tables; the job, or nullptr.
    Job* generate();
    bool isBusy() const { return !m_job.isNull(); }
    bool hasReport() const { return m_data.has_value(); }
    QString previewText() const;
    // Writes the tables in `format` to `path` (asked for when empty).
    bool saveAs(ReportFormat format, const QString& path);
    // Writes the CTDC case file of the chosen year and scope with group size `k` to `path` (asked
    // for when empty); false when it may not or could not be written (said in the banner).
    bool exportCaseFile(int k, const QString& path);

private:
    ReportOptions options() const;
    void showDocument();
    void updateButtons();
    QString chosenCenter() const; // empty for national

    Store& m_store;
    std::unique_ptr<Ui::InternationalReportForm> m_ui;
    std::optional<InternationalData> m_data;
    ReportOptions m_madeWith;
    Scope m_madeScope;
    QPointer<Job> m_job;
};

} // namespace reper
