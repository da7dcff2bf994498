// Reports → Explain a figure: for every figure the dialog lists rows whose amounts add up to the
// figure the bilanț shows; copying gives the rows; an analyst has no such button and is refused.
#include "gui/reports/ExplainDialog.h"

#include "gui/GuiTestSupport.h"
#include "gui/reports/ReportForm.h"
#include "gui/reports/ReportsPage.h"
#include "gui/widgets/MessageBanner.h"
#include "report/BilantFields.h"
#include "storage/figures/ExplainRepository.h"
#include "storage/figures/FiguresRepository.h"
#include "support/TestSupport.h"

#include <QPushButton>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("the records behind every figure add up to it", "[gui][reports][explain]")
{
    TempStore s;
    importSmall(s.store());
    auto figures = FiguresRepository(s.store()).compute(2020);
    REQUIRE(figures.ok());
    ReportsPage page(s.store());
    page.show();
    ReportForm& reports = *page.form();
    reports.setChoice(2020, Scope::national());
    auto* button = reports.findChild<QPushButton*>(QStringLiteral("explainButton"));
    REQUIRE(button);
    CHECK(button->isVisibleTo(&reports));
    ExplainDialog* dialog = reports.explainFigure();
    REQUIRE(dialog);
    int checked = 0;
    int nonZero = 0;
    for (const BilantFields::Field& f : BilantFields::figures()) {
        if (!ExplainRepository::keys().contains(QLatin1String(f.key)))
            continue;
        INFO(f.key);
        dialog->setFigure(QLatin1String(f.key));
        REQUIRE(dialog->figure() == QLatin1String(f.key));
        CHECK(dialog->total() == (*figures).*(f.value));
        CHECK(dialog->summary().contains(f.wording));
        nonZero += dialog->total() > 0;
        ++checked;
    }
    CHECK(checked == 15);
    CHECK(nonZero >= 8);
    dialog->setFigure(QStringLiteral("victims_identified"));
    const QStringList lines = dialog->copyText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == dialog->rowCount() + 1);
    CHECK(lines.first().startsWith(QStringLiteral("Reference\tRecords\t")));
    CHECK_FALSE(dialog->copyText().contains(QStringLiteral("Testescu"))); // codes, never identity
    // Records named in the window's language, dates as the window writes them.
    CHECK(lines.value(1).contains(QStringLiteral("\tIdentification #")));
    CHECK(QRegularExpression(QStringLiteral("\t\\d{2}\\.\\d{2}\\.\\d{4}")).match(lines.value(1)).hasMatch());
    CHECK_FALSE(dialog->copyText().contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))));
}

TEST_CASE("an analyst has no records behind the figures", "[gui][reports][explain]")
{
    TempStore s;
    importSmall(s.store());
    auto analyst = openAs(s, QStringLiteral("mihai"), {QStringLiteral("analyst")}, QString());
    ReportsPage page(*analyst);
    page.show();
    ReportForm& reports = *page.form();
    reports.setChoice(2020, Scope::national());
    auto* button = reports.findChild<QPushButton*>(QStringLiteral("explainButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isVisibleTo(&reports));
    CHECK(reports.explainFigure() == nullptr);
    ExplainDialog dialog(*analyst, 2020, QString(), QStringLiteral("national"));
    CHECK(dialog.rowCount() == 0);
    CHECK_FALSE(child<MessageBanner>(&dialog, "banner")->text().isEmpty());
}
