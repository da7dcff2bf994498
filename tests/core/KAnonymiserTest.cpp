// KAnonymiser: every combination kept is shared by at least k rows (checked by counting); a single
// rare row is left out rather than coarsening every row, while many rows that only differ in detail
// are generalised rather than left out; k = 1 keeps everything as it is.
#include "core/KAnonymiser.h"

#include <QMap>
#include <catch2/catch.hpp>
#include <climits>

using namespace reper;

namespace {

std::vector<KAnonymiser::QuasiIdentifier> qis()
{
    return {
        {QStringLiteral("age"), {QStringLiteral("band"), QStringLiteral("majority"), QStringLiteral("withheld")}},
        {QStringLiteral("country"), {QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("withheld")}}};
}

KAnonymiser::Row row(const QString& band, const QString& majority, const QString& country, const QString& region)
{
    return {{band, majority, QStringLiteral("-99")}, {country, region, QStringLiteral("-99")}};
}

// The smallest class of the rows kept, counted again from the values.
int smallestClass(const std::vector<KAnonymiser::Row>& rows, const KAnonymiser::Outcome& o)
{
    QMap<QString, int> classes;
    for (int r : o.kept)
        classes[KAnonymiser::combination(rows[size_t(r)], o.levels)] += 1;
    int smallest = INT_MAX;
    for (int n : classes)
        smallest = std::min(smallest, n);
    return classes.isEmpty() ? 0 : smallest;
}

} // namespace

TEST_CASE("k = 1 keeps every row at its finest", "[core][kanonymity]")
{
    std::vector<KAnonymiser::Row> rows{
        row(QStringLiteral("21--23"), QStringLiteral("Adult"), QStringLiteral("IT"), QStringLiteral("Other EU")),
        row(QStringLiteral("9--17"), QStringLiteral("Minor"), QStringLiteral("NG"), QStringLiteral("Africa"))};
    const auto o = KAnonymiser(qis(), 1).run(rows);
    CHECK(o.levels == std::vector<int>{0, 0});
    CHECK(o.kept.size() == 2);
    CHECK(o.suppressed == 0);
}

TEST_CASE("one rare row is left out instead of coarsening everyone", "[core][kanonymity]")
{
    std::vector<KAnonymiser::Row> rows;
    for (int i = 0; i < 30; ++i)
        rows.push_back(
            row(QStringLiteral("21--23"), QStringLiteral("Adult"), QStringLiteral("IT"), QStringLiteral("Other EU")));
    rows.push_back(row(QStringLiteral("48+"), QStringLiteral("Adult"), QStringLiteral("NG"), QStringLiteral("Africa")));
    const auto o = KAnonymiser(qis(), 11).run(rows);
    CHECK(o.levels == std::vector<int>{0, 0});
    CHECK(o.suppressed == 1);
    CHECK(o.kept.size() == 30);
    CHECK(std::find(o.kept.begin(), o.kept.end(), 30) == o.kept.end());
    CHECK(smallestClass(rows, o) >= 11);
    CHECK(o.smallestClass == smallestClass(rows, o));
}

TEST_CASE("rows that differ only in detail are generalised, not left out", "[core][kanonymity]")
{
    // 24 adults in six bands of four, all Italy or Spain: no band × country has 11, but majority does.
    std::vector<KAnonymiser::Row> rows;
    const char* bands[] = {"18--20", "21--23", "24--26", "27--29", "30--38", "39--47"};
    for (const char* band : bands)
        for (int i = 0; i < 4; ++i)
            rows.push_back(row(QLatin1String(band), QStringLiteral("Adult"),
                               i % 2 ? QStringLiteral("IT") : QStringLiteral("ES"), QStringLiteral("Other EU")));
    const auto o = KAnonymiser(qis(), 11).run(rows);
    CHECK(o.suppressed == 0);
    CHECK(o.levels[0] == 1); // age: majority status
    CHECK(o.levels[1] == 0); // countries kept: 12 of each
    CHECK(smallestClass(rows, o) == 12);
}
