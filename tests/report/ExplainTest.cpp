// explain lists exactly the records behind each figure: its rows add up to the figure, for every
// figure, nationally and for every centre, on the fixtures and on the national sample when present.
#include "report/BilantFields.h"
#include "report/StoreFixture.h"
#include "storage/figures/ExplainRepository.h"
#include "storage/figures/FiguresRepository.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

qint64 figureValue(const BilantFigures& f, const QString& key)
{
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()})
        for (const BilantFields::Field& field : *fields)
            if (key == QLatin1String(field.key))
                return f.*field.value;
    FAIL("no figure " << key.toStdString());
    return -1;
}

// Every key, nationally and for each centre: the explanation's total is the figure, and for
// counted figures there is one row per thing counted.
int checkEveryFigure(Store& store, int year)
{
    ExplainRepository explain(store);
    FiguresRepository figures(store);
    QStringList scopes{QString()};
    for (const Center& c : store.reference().centers())
        scopes << c.code;
    int checked = 0;
    for (const QString& scope : scopes) {
        const auto f = figures.compute(year, scope);
        REQUIRE(f);
        for (const QString& key : ExplainRepository::keys()) {
            INFO(year << " " << (scope.isEmpty() ? "national" : scope.toStdString()) << " " << key.toStdString());
            const auto e = explain.explain(year, scope, key);
            REQUIRE(e);
            CHECK(e->total() == figureValue(*f, key));
            if (!e->isSum)
                CHECK(e->rows.size() == figureValue(*f, key));
            ++checked;
        }
    }
    return checked;
}

} // namespace

TEST_CASE("Explain: every figure's records add up to the figure (fixtures)", "[report][explain]")
{
    // Every figure of the JSON and of _info is explained.
    QStringList keys;
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()})
        for (const BilantFields::Field& field : *fields)
            keys << QLatin1String(field.key);
    QStringList known = ExplainRepository::keys();
    keys.sort();
    known.sort();
    CHECK(keys == known);

    test::ImportedStore small(test::dataPath(QStringLiteral("small")));
    CHECK(checkEveryFigure(small.store(), 2020) == 16 * 22);
    checkEveryFigure(small.store(), 2021);
    test::ImportedStore bilant(test::dataPath(QStringLiteral("bilant")));
    checkEveryFigure(bilant.store(), 2019);
    checkEveryFigure(bilant.store(), 2020);
}

TEST_CASE("Explain: the records of the small fixture, by victim code and id", "[report][explain]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    ExplainRepository explain(s.store());
    const auto identified = explain.explain(2020, {}, QStringLiteral("victims_identified"));
    REQUIRE(identified);
    REQUIRE(identified->rows.size() == 3);
    CHECK(identified->rows[0].reference == QStringLiteral("RV-T00001"));
    CHECK(identified->rows[0].dates == QStringLiteral("2020-01-01, 2020-09-01")); // notified twice, counted once
    CHECK(identified->rows[0].records.startsWith(QStringLiteral("identification #")));
    CHECK(identified->rows[0].centres == QStringLiteral("CR-BV"));
    const auto persons = explain.explain(2020, QStringLiteral("CR-BV"), QStringLiteral("persons_reached"));
    REQUIRE(persons);
    CHECK(persons->isSum);
    CHECK(persons->rows.size() == 2); // two debates differing only in their counts: two activities
    CHECK(persons->total() == 161);
    CHECK_FALSE(explain.explain(2020, {}, QStringLiteral("no_such_figure")));
    CHECK_FALSE(explain.explain(2020, QStringLiteral("CR-ZZ"), QStringLiteral("victims_identified")));
}

TEST_CASE("Explain: every figure of the national sample, nationally and per centre", "[report][explain][samples]")
{
    const QString folder = test::requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
    test::ImportedStore s(folder);
    CHECK(checkEveryFigure(s.store(), 2018) == 16 * 22);
    const auto e = ExplainRepository(s.store()).explain(2018, {}, QStringLiteral("victims_identified"));
    REQUIRE(e);
    CHECK(e->total() == 497);
}
