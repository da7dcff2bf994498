// The figures of a document come from one read of the store: the year, the year before and every
// centre, each equal to what FiguresRepository::compute gives alone; the months add up.
#include "report/BilantFields.h"
#include "report/StoreFixture.h"
#include "storage/figures/FiguresRepository.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

void requireSame(const BilantFigures& a, const BilantFigures& b)
{
    INFO(a.scope.text().toStdString() << " " << a.year);
    CHECK(a.year == b.year);
    CHECK(a.scope == b.scope);
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()})
        for (const BilantFields::Field& f : *fields) {
            INFO(f.key);
            CHECK(a.*f.value == b.*f.value);
        }
    CHECK(a.breakdowns == b.breakdowns);
    CHECK(a.identifiedByMonth == b.identifiedByMonth);
}

} // namespace

TEST_CASE("Report data: the year, the year before and each centre, as computed alone", "[report][store]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    FiguresRepository repo(s.store());
    const auto data = repo.computeReport(2020);
    REQUIRE(data);
    requireSame(data->figures, *repo.compute(2020));
    REQUIRE(data->previous);
    requireSame(*data->previous, *repo.compute(2019));
    REQUIRE(data->centres.size() == 15);
    qint64 activities = 0;
    qint64 persons = 0;
    qint64 identifiedSum = 0;
    for (const BilantFigures& c : data->centres) {
        requireSame(c, *repo.compute(2020, c.scope.center()));
        activities += c.preventionActivities;
        persons += c.personsReached;
        identifiedSum += c.victimsIdentified;
    }
    // Counts of records add up across centres; distinct victims at least reach the national figure.
    CHECK(activities == data->figures.preventionActivities);
    CHECK(persons == data->figures.personsReached);
    CHECK(identifiedSum >= data->figures.victimsIdentified);
    qint64 months = 0;
    for (qint64 m : data->figures.identifiedByMonth)
        months += m;
    CHECK(months == data->figures.victimsIdentified);
    CHECK(data->figures.victimsIdentified > 10);

    const auto centre = repo.computeReport(2020, QStringLiteral("CR-BV"));
    REQUIRE(centre);
    CHECK(centre->centres.isEmpty());
    CHECK(centre->figures.scope == Scope::ofCenter(QStringLiteral("CR-BV")));
}

TEST_CASE("Report data: months of the small fixture", "[report][store]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    const auto data = FiguresRepository(s.store()).computeReport(2020);
    REQUIRE(data);
    // Notified 2020-01-01 (and again 2020-09-01: counted at the earliest), 2020-06-15, 2020-12-31.
    CHECK(data->figures.identifiedByMonth == std::array<qint64, 12>{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1});
}
