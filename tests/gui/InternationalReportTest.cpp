// The international tab of the Reports page (issue 13): a coordinator picks the year, clicks Show
// and sees the tables, saves them, and exports the CTDC case file; whoever may not export it does
// not see the button.
#include "gui/GuiTestSupport.h"
#include "gui/reports/InternationalReportForm.h"
#include "gui/reports/ReportsPage.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/audit/AuditEntry.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/FiguresRepository.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// The trail's report entries of the international tables.
int internationalEntries(Store& store)
{
    auto list = store.audit().list(AuditFilter::forAction(AuditAction::Report));
    REQUIRE(list.ok());
    int n = 0;
    for (const AuditEntry& e : *list)
        n += e.recordCode == QLatin1String("international") ? 1 : 0;
    return n;
}

InternationalReportForm& openInternationalTab(ReportsPage& page)
{
    page.resize(1200, 800);
    page.show();
    QTabBar* bar = page.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    REQUIRE(page.tabs()->currentIndex() == 1);
    return *page.international();
}

} // namespace

TEST_CASE("the international tables from the window add up to the bilanț and are recorded",
          "[gui][reports][international]")
{
    TempStore s;
    importSmall(s.store());
    ReportsPage page(s.store());
    InternationalReportForm& form = openInternationalTab(page);
    auto* year = child<QComboBox>(&form, "year");
    year->setFocus();
    QTest::keyClicks(year, QStringLiteral("2020"));
    REQUIRE(form.year() == 2020);
    CHECK(form.scope() == Scope::national());
    auto* show = child<QPushButton>(&form, "showButton");
    auto* save = child<QPushButton>(&form, "saveButton");
    CHECK_FALSE(save->isEnabled()); // nothing shown yet
    QTest::mouseClick(show, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return form.hasReport() && !form.isBusy(); }));
    CHECK(save->isEnabled());
    CHECK(internationalEntries(s.store()) == 1);

    auto figures = FiguresRepository(s.store()).compute(2020, QString());
    REQUIRE(figures.ok());
    REQUIRE(figures->victimsIdentified > 0);
    // Every table names the bilanț figure its total is.
    CHECK(form.previewText().contains(QStringLiteral("victims_identified")));

    // Saved as JSON, the contract for scripts: the first table's counts add up to the bilanț figure.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("international.json"));
    REQUIRE(form.saveAs(ReportFormat::Json, json));
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    qint64 total = 0;
    for (const QJsonValue& row : o.value(QStringLiteral("victims_by_sex_age")).toArray())
        total += row.toObject().value(QStringLiteral("victims")).toInteger();
    CHECK(total == figures->victimsIdentified);
    CHECK(internationalEntries(s.store()) == 2);

    // The case file with k = 1 holds every victim identified, one row each.
    auto* k = child<QSpinBox>(&form, "k");
    auto* ctdc = child<QPushButton>(&form, "ctdcButton");
    CHECK(ctdc->isVisibleTo(&form));
    CHECK(k->value() == 11); // CTDC's own threshold unless changed
    const QString csv = dir.filePath(QStringLiteral("ctdc.csv"));
    REQUIRE(form.exportCaseFile(1, csv));
    QFile caseFile(csv);
    REQUIRE(caseFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = caseFile.readAll().trimmed().split('\n');
    CHECK(lines.size() == figures->victimsIdentified + 1);
    CHECK(lines.first().startsWith("yearOfRegistration"));
    CHECK(child<MessageBanner>(&form, "banner")->text().contains(QStringLiteral("ctdc.csv")));
}

TEST_CASE("an operator sees the international tables of the centre but no case file button",
          "[gui][reports][international]")
{
    TempStore s;
    importSmall(s.store());
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    ReportsPage page(*op);
    InternationalReportForm& form = openInternationalTab(page);
    auto* ctdc = child<QPushButton>(&form, "ctdcButton");
    CHECK_FALSE(ctdc->isVisibleTo(&form));
    CHECK_FALSE(form.exportCaseFile(1, QTemporaryDir().filePath(QStringLiteral("x.csv"))));
    auto* scope = child<QComboBox>(&form, "scope");
    CHECK(scope->findData(QStringLiteral("national")) < 0);
}
