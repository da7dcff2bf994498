#include "ReportsPage.h"

#include "gui/reports/ReportForm.h"
#include "gui/reports/YearClosingPanel.h"

#include <QVBoxLayout>

namespace reper {

ReportsPage::ReportsPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_form(new ReportForm(store, this))
    , m_closing(new YearClosingPanel(store, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_closing);
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
