// The case-load tab of the Reports page (issue 10 §7): a coordinator types a period, clicks Show,
// reads the figures and saves the report as CSV; an operator has no such tab. The picture of the
// user guides (docs/screenshots/*-23-caseload.png) is written where REPER_SCREENSHOT_DIR says
// (`REPER_SCREENSHOT_DIR=docs/screenshots build/tests/gui/gui_tests "[screenshot]"`).
#include "gui/GuiTestSupport.h"
#include "gui/common/UiLanguage.h"
#include "gui/reports/CaseLoadForm.h"
#include "gui/reports/ReportsPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/audit/AuditEntry.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/CaseRepository.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QString u8(const char* utf8) { return QString::fromUtf8(utf8); }

// A case of the worker's centre opened on `opened`, with a first contact `days` later and another on
// 2026-01-12 (none when `days` < 0).
void openCase(Store& worker, const char* code, const QDate& opened, int days)
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = worker.user().center;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto id = VictimRepository(worker).add(v, {});
    REQUIRE(id);
    auto c = CaseRepository(worker).forVictim(*id);
    REQUIRE(c);
    c->openedOn = opened;
    REQUIRE(CaseRepository(worker).save(*c).ok());
    if (days < 0)
        return;
    MonitoringContact m;
    m.victimId = *id;
    m.center = v.center;
    m.date = opened.addDays(days);
    m.kind = QStringLiteral("visit");
    REQUIRE(RecordEditor(worker).save(m).ok());
    // A recent contact too, so that only the case never contacted is overdue.
    m.id = 0;
    m.date = QDate(2026, 1, 12);
    m.nextDate = QDate(2026, 2, 10);
    REQUIRE(RecordEditor(worker).save(m).ok());
}

// CR-BV: ioana's three cases (first contacts after 2, 4 and 9 days), mihai's two (5 days, and one
// never contacted: overdue since 2026-01-09, 60 days after its opening).
std::unique_ptr<Store> coordinatorWithCases(TempStore& s)
{
    auto ioana = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    openCase(*ioana, "RV-2025-0501", QDate(2025, 10, 6), 2);
    openCase(*ioana, "RV-2025-0502", QDate(2025, 11, 3), 4);
    openCase(*ioana, "RV-2025-0503", QDate(2025, 12, 1), 9);
    auto mihai = openAs(s, QStringLiteral("mihai"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    openCase(*mihai, "RV-2025-0504", QDate(2025, 10, 20), 5);
    openCase(*mihai, "RV-2025-0505", QDate(2025, 11, 10), -1);
    return openAs(s, QStringLiteral("elena"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"));
}

CaseLoadForm& openCaseLoadTab(ReportsPage& page)
{
    REQUIRE(page.caseLoad());
    QTabBar* bar = page.tabs()->tabBar();
    const int index = page.tabs()->indexOf(page.caseLoad());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(page.tabs()->currentWidget() == page.caseLoad());
    return *page.caseLoad();
}

void typeDate(OptionalDateEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

struct LanguageBack
{
    ~LanguageBack() { UiLanguage::install(Language::English); }
};

} // namespace

TEST_CASE("a coordinator chooses a period, sees the case load and saves it", "[gui][reports][caseload]")
{
    TempStore s;
    auto elena = coordinatorWithCases(s);
    ReportsPage page(*elena);
    page.resize(1200, 800);
    page.show();
    CaseLoadForm& form = openCaseLoadTab(page);
    CHECK(form.scope() == Scope::ofCenter(QStringLiteral("CR-BV")));
    // November only: ioana's 0502 (4 days) and mihai's 0505 (no contact).
    typeDate(child<OptionalDateEdit>(&form, "caseLoadFrom"), QStringLiteral("01.11.2025"));
    typeDate(child<OptionalDateEdit>(&form, "caseLoadTo"), QStringLiteral("30.11.2025"));
    REQUIRE(form.from() == QDate(2025, 11, 1));
    REQUIRE(form.to() == QDate(2025, 11, 30));
    auto* save = child<QPushButton>(&form, "caseLoadSave");
    CHECK_FALSE(save->isEnabled());
    QTest::mouseClick(child<QPushButton>(&form, "caseLoadShow"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return form.hasReport() && !form.isBusy(); }));
    CHECK(save->isEnabled());
    const QString text = form.previewText();
    CHECK(text.contains(u8("Perioada 01.11.2025 – 30.11.2025")));
    CHECK(text.contains(u8("Cazuri deschise la 15.01.2026: 5, dintre care cu cel puțin un termen depășit: 1")));
    CHECK(text.contains(u8("la mediană: 4 (cazuri cu contact: 1; fără contact încă: 1)")));

    // October to December: 2, 4, 5, 9 days → an even count, the median 4,5.
    typeDate(child<OptionalDateEdit>(&form, "caseLoadFrom"), QStringLiteral("01.10.2025"));
    typeDate(child<OptionalDateEdit>(&form, "caseLoadTo"), QStringLiteral("31.12.2025"));
    QTest::mouseClick(child<QPushButton>(&form, "caseLoadShow"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !form.isBusy(); }));
    CHECK(form.previewText().contains(u8("la mediană: 4,5 (cazuri cu contact: 4; fără contact încă: 1)")));

    auto* format = child<QComboBox>(&form, "caseLoadFormat");
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.csv"));
    REQUIRE(form.saveAs(ReportFormat::Csv, path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    CHECK(csv.contains(QStringLiteral("CR-BV,ioana,3,0,0.0")));
    CHECK(csv.contains(QStringLiteral("CR-BV,mihai,2,1,50.0")));
    // Shown twice and saved once: three entries of the trail.
    auto entries = s->audit().list(AuditFilter::forAction(AuditAction::Report)); // the administrator reads it
    REQUIRE(entries.ok());
    int n = 0;
    for (const AuditEntry& e : *entries)
        n += e.recordCode == QLatin1String("caseload") ? 1 : 0;
    CHECK(n == 3);
}

TEST_CASE("an operator's Reports page has no case-load tab", "[gui][reports][caseload]")
{
    TempStore s;
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    ReportsPage page(*op);
    CHECK(page.caseLoad() == nullptr);
    CHECK_FALSE(CaseLoadForm::offered(*op));
}

TEST_CASE("the case load of the user guide fits its window", "[gui][reports][caseload][screenshot]")
{
    TempStore s;
    auto elena = coordinatorWithCases(s);
    const LanguageBack back;
    for (const auto& [language, prefix] : {std::pair{Language::Romanian, "ro"}, std::pair{Language::English, "en"}}) {
        INFO(prefix);
        UiLanguage::install(language);
        MainWindow window(*elena);
        window.setBackupOnExit(false);
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.showModule(MainWindow::Reports));
        auto* page = qobject_cast<ReportsPage*>(window.module(MainWindow::Reports));
        REQUIRE(page);
        CaseLoadForm& form = openCaseLoadTab(*page);
        QTest::mouseClick(child<QPushButton>(&form, "caseLoadShow"), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return form.hasReport() && !form.isBusy(); }));
        settle();
        // The report is read without sideways scrolling.
        CHECK_FALSE(child<QTextBrowser>(&form, "caseLoadPreview")->horizontalScrollBar()->isVisible());
        saveForGuide(window, prefix, "23-caseload");
    }
}
