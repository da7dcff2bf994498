#pragma once
// The Reports module: the report form (ReportForm — the bilanț shown, printed or saved) above the
// year-closing panel (YearClosingPanel — checking the data and closing the year), for the year and
// scope chosen in the form. While one of them works on the store the other waits; a year just
// closed is shown at once with its frozen figures.
#include "gui/shell/ModulePage.h"

namespace reper {

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

    void refresh() override;

private:
    void showClosed(int year);

    ReportForm* m_form;
    YearClosingPanel* m_closing;
};

} // namespace reper
