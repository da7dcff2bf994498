// A list through its widgets: the search box (victim code, ignoring case and diacritics; identity
// only for users who may see it), the year, centre and status filters, Enter to open.
#include "gui/GuiTestSupport.h"
#include "gui/lists/RecordListPage.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void search(RecordListPage& page, const QString& text)
{
    page.searchBox()->clear();
    QTest::keyClicks(page.searchBox(), text);
    QTest::keyClick(page.searchBox(), Qt::Key_Return);
}

QStringList column(RecordListPage& page, const QString& name)
{
    QStringList out;
    const int c = page.model()->spec().columnIndex(name);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        out << page.model()->data(page.model()->index(r, c)).toString();
    return out;
}

} // namespace

TEST_CASE("the victims list is searched by code, ignoring case", "[gui][lists]")
{
    TempStore s;
    importSmall(s.store());
    RecordListPage page(s.store(), ListKind::Victims);
    checkModel(page.model());
    const int all = page.model()->rowCount();
    REQUIRE(all >= 3);
    search(page, QStringLiteral("rv-t00002"));
    CHECK(column(page, QStringLiteral("victim_code")) == QStringList{QStringLiteral("RV-T00002")});
    search(page, QStringLiteral("no such code"));
    CHECK(page.model()->rowCount() == 0);
    page.searchBox()->clear();
    page.applyFilter();
    CHECK(page.model()->rowCount() == all);
}

TEST_CASE("a name finds a victim only for a user who may see the identity", "[gui][lists]")
{
    TempStore s;
    importSmall(s.store());
    // The national administrator may not see identities: a name finds nothing.
    {
        RecordListPage page(s.store(), ListKind::Victims);
        search(page, QStringLiteral("testescu"));
        CHECK(page.model()->rowCount() == 0);
    }
    // An operator of CR-BV, whose victim RV-T00001 is: found without diacritics or case ("Ană").
    auto op = openAs(s, QStringLiteral("ioana"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"));
    RecordListPage page(*op, ListKind::Victims);
    search(page, QStringLiteral("TESTESCU ana"));
    CHECK(column(page, QStringLiteral("victim_code")) == QStringList{QStringLiteral("RV-T00001")});
    // An operator sees only the centre's victims.
    page.searchBox()->clear();
    page.applyFilter();
    for (const QString& c : column(page, QStringLiteral("center")))
        CHECK(c == QString::fromUtf8("Brașov"));
}

TEST_CASE("the lists filter by year, centre and status, and search titles without diacritics", "[gui][lists]")
{
    TempStore s;
    importSmall(s.store());
    RecordListPage events(s.store(), ListKind::Events);
    checkModel(events.model());
    REQUIRE(events.model()->rowCount() == 2);
    search(events, QStringLiteral("impreuna")); // "Seminar "Împreună", ediția 1"
    CHECK(events.model()->rowCount() == 1);
    search(events, QStringLiteral("MASA rotunda"));
    CHECK(events.model()->rowCount() == 1);

    RecordListPage assistance(s.store(), ListKind::Assistance);
    const int all = assistance.model()->rowCount();
    REQUIRE(all > 1);
    auto* year = assistance.findChild<QComboBox*>(QStringLiteral("year"));
    auto* center = assistance.findChild<QComboBox*>(QStringLiteral("center"));
    auto* status = assistance.findChild<QComboBox*>(QStringLiteral("status"));
    REQUIRE(year);
    REQUIRE(center);
    REQUIRE(status);
    REQUIRE(year->findData(2010) > 0);
    year->setCurrentIndex(year->findData(2010));
    CHECK(assistance.model()->rowCount() == 0);
    year->setCurrentIndex(year->findData(2020));
    CHECK(assistance.model()->rowCount() > 0);
    year->setCurrentIndex(0);
    center->setCurrentIndex(center->findData(QStringLiteral("CR-AB")));
    CHECK(assistance.model()->rowCount() == 0);
    center->setCurrentIndex(center->findData(QStringLiteral("CR-BV")));
    const int inBrasov = assistance.model()->rowCount();
    CHECK(inBrasov > 0);
    status->setCurrentIndex(status->findData(QStringLiteral("ongoing")));
    const int ongoing = assistance.model()->rowCount();
    status->setCurrentIndex(status->findData(QStringLiteral("ended")));
    CHECK(ongoing + assistance.model()->rowCount() == inBrasov);
    CHECK(ongoing > 0);
}

TEST_CASE("Enter or a double-click opens the record — hidden columns are remembered", "[gui][lists]")
{
    TempStore s;
    importSmall(s.store());
    {
        RecordListPage page(s.store(), ListKind::Protocols);
        page.show();
        QSignalSpy open(&page, &RecordListPage::openRequested);
        page.table()->setFocus();
        page.table()->selectRow(0);
        QTest::keyClick(page.table(), Qt::Key_Return);
        REQUIRE(open.count() == 1);
        CHECK(open.first().first().toLongLong() == page.model()->idAt(0));
        page.table()->horizontalHeader()->hideSection(2);
        page.table()->horizontalHeader()->resizeSection(0, 211);
    }
    RecordListPage again(s.store(), ListKind::Protocols);
    CHECK(again.table()->horizontalHeader()->isSectionHidden(2));
    CHECK(again.table()->horizontalHeader()->sectionSize(0) == 211);
    QSettings().remove(QStringLiteral("lists"));
}
