#pragma once
// The Reports module (ui/ReportsPage.ui): the bilanț of a year for a scope the user may see, in an
// edition (internal, public with small counts hidden, revised), shown in the window, printed
// (QPrintPreviewDialog) or saved in any format of the report layer (txt, json, html, pdf, odt, csv,
// xlsx) — through the same functions as reper-cli report bilant. The figures are read off the UI
// thread on a connection of its own.
#include "core/BilantFigures.h"
#include "gui/common/AsyncTask.h"
#include "gui/shell/ModulePage.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"

#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class ReportsPage;
}

class QPrinter;
class QPushButton;

namespace reper {

class BilantTemplate;
class ExplainDialog;
class Job;
class Store;

class ReportsPage : public ModulePage
{
    Q_OBJECT
public:
    explicit ReportsPage(Store& store, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setChoice(int year, const QString& scope, Edition edition = Edition::Internal);
    // Reads the figures in the background and shows the document; the job, or nullptr.
    Job* generate();
    bool hasReport() const { return m_data.has_value(); }
    QString previewText() const;
    // Writes the report in `format` to `path` (asked for when empty).
    bool saveAs(ReportFormat format, const QString& path);
    int printTo(QPrinter& printer);
    void print();
    // Closes the chosen year for the chosen scope, after the confirmation (and a second one when
    // the data-quality check finds blocking problems), as reper-cli close does. False when not closed.
    bool closeYear();
    // The data-quality check of the chosen year and scope, without closing; its findings are shown
    // in a message (the summary is returned; empty when it could not run).
    QString checkData();
    // The records behind a figure of the chosen year and scope (a dialog of its own).
    ExplainDialog* explainFigure();
    QPushButton* closeYearButton() const;

    void refresh() override;

Q_SIGNALS:
    void generated();

private:
    ReportOptions options() const;
    void showDocument();
    void updateButtons();
    void updateCloseButton();
    // Records a report shown, saved or printed in the audit trail; returns the options with the
    // trail's head after that entry, for the document's footer, or nothing (said in the banner)
    // when it could not be recorded.
    std::optional<ReportOptions> record(const QString& action, const QString& format);

    Store& m_store;
    std::unique_ptr<Ui::ReportsPage> m_ui;
    std::unique_ptr<BilantTemplate> m_wording;
    std::optional<BilantReportData> m_data;
    ReportOptions m_madeWith;
    std::optional<ReportOptions> m_printWith; // while the print preview is open
    int m_madeYear = 0;
    QString m_madeScope;
    QPointer<Job> m_job;
    bool m_mayClose = false; // the user may close the years of some scope
};

} // namespace reper
