#pragma once
// The Reports module, in two tabs. The bilanț: the report form (ReportForm — the bilanț shown,
// printed or saved) above the year-closing panel (YearClosingPanel — checking the data and closing
// the year), for the year and scope chosen in the form; while one of them works on the store the
// other waits, and a year just closed is shown at once with its frozen figures. International:
// the tables owed to Eurostat, GRETA and SDG 16.2.2 and the CTDC case file (InternationalReportForm).
// Case load, for coordinators only: the cases of a period per case worker (CaseLoadForm).
#include "gui/shell/ModulePage.h"

class QTabWidget;

namespace reper {

class CaseLoadForm;
class InternationalReportForm;
class ReportForm;
class Store;
class YearClosingPanel;

class ReportsPage : public ModulePage
{
    Q_OBJECT
public:
    explicit ReportsPage(Store& store, QWidget* parent = nullptr);

    ReportForm* form() const { return m_form; }
    YearClosingPanel* closing() const { return m_closing; }
    InternationalReportForm* international() const { return m_international; }
    CaseLoadForm* caseLoad() const { return m_caseLoad; } // nullptr for whoever coordinates nothing
    QTabWidget* tabs() const { return m_tabs; }

    void refresh() override;

private:
    void showClosed(int year);

    ReportForm* m_form;
    YearClosingPanel* m_closing;
    InternationalReportForm* m_international;
    CaseLoadForm* m_caseLoad = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace reper
