#pragma once
// The case-load tab of the Reports page (issue 10 §7): a coordinator picks a scope they coordinate
// and a period, clicks Show and sees the open cases per case worker with their overdue deadlines, the
// cases opened and closed, the days to the first contact and the follow-ups met on time; then saves
// it as PDF, XLSX, CSV or text — the same figures (CaseLoadRepository), document (CaseLoadDocument)
// and audit entry (ReportAudit) as reper-cli report caseload. Counted in the background (StoreJob).
#include "core/CaseLoadFigures.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace reper {

class CodeComboBox;
class Job;
class MessageBanner;
class OptionalDateEdit;
class ProgressPanel;
class Store;

class CaseLoadForm : public QWidget
{
    Q_OBJECT
public:
    explicit CaseLoadForm(Store& store, QWidget* parent = nullptr);

    // Whether the user coordinates any scope (the tab is shown only then).
    static bool offered(Store& store);

    std::optional<Scope> scope() const; // none when the user coordinates nothing
    QDate from() const;
    QDate to() const;
    // Counts the chosen scope and period in the background and shows the report; the job, or nullptr.
    Job* generate();
    bool isBusy() const { return !m_job.isNull(); }
    bool hasReport() const { return m_figures.has_value(); }
    QString previewText() const;
    // Writes the report shown in `format` to `path` (asked for when empty).
    bool saveAs(ReportFormat format, const QString& path);

private:
    ReportOptions options() const;
    void showDocument();
    void updateButtons();

    Store& m_store;
    CodeComboBox* m_scope;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QPushButton* m_show;
    MessageBanner* m_banner;
    ProgressPanel* m_progress;
    QTextBrowser* m_preview;
    QComboBox* m_format;
    QPushButton* m_save;
    std::optional<CaseLoadFigures> m_figures;
    ReportOptions m_madeWith;
    QPointer<Job> m_job;
};

} // namespace reper
