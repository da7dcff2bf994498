#pragma once
// The report form of the Reports page (ui/ReportForm.ui): the bilanț of a year for a scope the
// user may see, in an edition (internal, public with small counts hidden, revised), shown in the
// window, printed (QPrintPreviewDialog) or saved in any format of the report layer (txt, json,
// html, pdf, odt, csv, xlsx) — through the same functions as reper-cli report bilant, with the
// same audit entry (ReportAudit). The figures are read in the background (StoreJob), with Cancel.
#include "core/BilantFigures.h"
#include "gui/widgets/MessageBanner.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ReportForm;
}

class QPrinter;

namespace reper {

class BilantTemplate;
class ExplainDialog;
class Job;
class Store;

class ReportForm : public QWidget
{
    Q_OBJECT
public:
    explicit ReportForm(Store& store, QWidget* parent = nullptr);
    ~ReportForm() override;

    void setChoice(int year, const Scope& scope, Edition edition = Edition::Internal);
    int year() const;
    std::optional<Scope> scope() const; // none when the user may see no figures
    QString scopeName() const; // as shown in the list
    // Today's figures instead of the frozen ones of a closed year.
    void setCurrentFigures(bool current);

    // Reads the figures in the background and shows the document; the job, or nullptr.
    Job* generate();
    bool isBusy() const { return !m_job.isNull(); }
    // While another part of the page works on the store (closing the year), Show waits.
    void setBlocked(bool blocked);
    bool hasReport() const { return m_data.has_value(); }
    QString previewText() const;
    // Writes the report in `format` to `path` (asked for when empty).
    bool saveAs(ReportFormat format, const QString& path);
    int printTo(QPrinter& printer);
    void print();
    // The records behind a figure of the chosen year and scope (a dialog of its own).
    ExplainDialog* explainFigure();
    // Generates again when a report is shown (the records changed).
    void refresh();

    void showMessage(const QString& text, MessageBanner::Kind kind);

Q_SIGNALS:
    void generated();
    void choiceChanged();
    void busyChanged(bool busy);

private:
    ReportOptions options() const;
    void showDocument();
    void updateButtons();
    // Records a report shown, saved or printed in the audit trail; returns the options with the
    // trail's head after that entry, for the document's footer, or nothing (said in the banner)
    // when it could not be recorded.
    std::optional<ReportOptions> record(const QString& action, const QString& format);

    Store& m_store;
    std::unique_ptr<Ui::ReportForm> m_ui;
    std::unique_ptr<BilantTemplate> m_wording;
    std::optional<BilantReportData> m_data;
    ReportOptions m_madeWith;
    std::optional<ReportOptions> m_printWith; // while the print preview is open
    int m_madeYear = 0;
    Scope m_madeScope;
    QPointer<Job> m_job;
    bool m_blocked = false;
};

} // namespace reper
