#include "ReportsPage.h"

#include "gui/reports/CaseLoadForm.h"
#include "gui/reports/InternationalReportForm.h"
#include "gui/reports/ReportForm.h"
#include "gui/reports/YearClosingPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace reper {

ReportsPage::ReportsPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_form(new ReportForm(store, this))
    , m_closing(new YearClosingPanel(store, this))
    , m_international(new InternationalReportForm(store, this))
{
    // Two tabs: the bilanț with the closing of its year, and the tables owed abroad.
    auto* bilant = new QWidget(this);
    auto* bilantLayout = new QVBoxLayout(bilant);
    bilantLayout->addWidget(m_form, 1);
    bilantLayout->addWidget(m_closing);
    auto* internationalTab = new QWidget(this);
    auto* internationalLayout = new QVBoxLayout(internationalTab);
    internationalLayout->addWidget(m_international);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setAccessibleName(tr("Reports"));
    m_tabs->addTab(bilant, tr("&Bilanț"));
    m_tabs->addTab(internationalTab, tr("&International (Eurostat, GRETA, SDG 16.2.2)"));
    if (CaseLoadForm::offered(store)) {
        m_caseLoad = new CaseLoadForm(store, this);
        m_tabs->addTab(m_caseLoad, tr("&Case load"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    const auto choice = [this] { m_closing->setChoice(m_form->year(), m_form->scope(), m_form->scopeName()); };
    connect(m_form, &ReportForm::choiceChanged, this, choice);
    choice();
    connect(m_form, &ReportForm::busyChanged, m_closing, &YearClosingPanel::setBlocked);
    connect(m_closing, &YearClosingPanel::busyChanged, m_form, &ReportForm::setBlocked);
    connect(m_closing, &YearClosingPanel::message, m_form, &ReportForm::showMessage);
    connect(m_closing, &YearClosingPanel::closed, this, [this](int year) { showClosed(year); });
}

void ReportsPage::refresh() { m_form->refresh(); }

void ReportsPage::showClosed(int year)
{
    // The page shows the year as closed: its frozen figures, with the banner saying so.
    m_form->setCurrentFigures(false);
    if (!m_form->generate())
        m_form->showMessage(tr("%1 is closed: these are the figures frozen at the closing.").arg(year),
                            MessageBanner::Kind::Information);
}

} // namespace reper
