// The window's lists as queries: read page by page they give exactly the rows of one read, in
// every column's order, both directions, with and without a search; code columns in the order
// of their labels.
#include "storage/lists/RecordListQuery.h"

#include "core/Codes.h"
#include "importer/Importer.h"
#include "storage/Store.h"
#include "support/TestSupport.h"

#include <QCollator>
#include <QLocale>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QList<RecordId> ids(const QList<ListRow>& rows)
{
    QList<RecordId> out;
    for (const ListRow& r : rows)
        out << r.id;
    return out;
}

QList<RecordId> pageByPage(RecordListQuery& list, const ListFilter& filter, const ListSort& sort, int size)
{
    QList<RecordId> out;
    for (qint64 offset = 0;; offset += size) {
        auto page = list.page(filter, sort, offset, size);
        REQUIRE(page.ok());
        out += ids(*page);
        if (page->size() < size)
            return out;
    }
}

} // namespace

TEST_CASE("lists read page by page give the rows of one read, in every column's order", "[storage][lists]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    QCollator romanian(QLocale(QLocale::Romanian, QLocale::Romania));
    romanian.setCaseSensitivity(Qt::CaseInsensitive);
    int kindsWithRows = 0;
    for (int k = int(ListKind::Victims); k <= int(ListKind::FundedProjects); ++k) {
        RecordListQuery list(t.store(), ListKind(k));
        INFO("list " << list.spec().table.toStdString());
        auto count = list.count({});
        REQUIRE(count.ok());
        kindsWithRows += *count > 0;
        for (int c = 0; c < list.spec().columns.size(); ++c) {
            const ListColumn& column = list.spec().columns[c];
            for (const bool descending : {false, true}) {
                INFO("column " << column.name.toStdString() << (descending ? " descending" : " ascending"));
                const ListSort sort{c, descending, Language::Romanian};
                auto whole = list.page({}, sort, 0, 100000);
                REQUIRE(whole.ok());
                CHECK(whole->size() == *count);
                const QList<RecordId> all = ids(*whole);
                CHECK(QSet<RecordId>(all.begin(), all.end()).size() == all.size());
                CHECK(pageByPage(list, {}, sort, 7) == all);
                if (column.type != ValueType::Code || descending)
                    continue;
                const CodeList& codes = Codes::byName(column.codeList);
                QString previous;
                for (const ListRow& row : *whole) {
                    if (row.values[c].isNull())
                        continue; // empty values come last
                    const QString label = codes.label(row.values[c].toString());
                    CHECK(romanian.compare(previous, label) <= 0);
                    previous = label;
                }
            }
        }
    }
    CHECK(kindsWithRows >= 10);

    // A search through a joined table (the victim's code) with a label order.
    RecordListQuery assistance(t.store(), ListKind::Assistance);
    ListFilter filter;
    filter.search = QStringLiteral("V");
    const ListSort byService{assistance.spec().columnIndex(QStringLiteral("service")), false, Language::Romanian};
    auto found = assistance.page(filter, byService, 0, 100000);
    REQUIRE(found.ok());
    CHECK_FALSE(found->isEmpty());
    CHECK(pageByPage(assistance, filter, byService, 3) == ids(*found));
}
