// The figures of a document come from one read of the store: the year, the year before and every
// centre, each equal to what FiguresRepository::compute gives alone; the months add up. The home
// page's headline gives the bilanț's figures for what it shows.
#include "report/BilantFields.h"
#include "report/StoreFixture.h"
#include "storage/Store.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/repositories/ReferenceRepository.h"

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

TEST_CASE("The home page's headline: its figures as the bilanț counts them, and no other", "[report][store]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    // Victims identified again in the year, on its first day with another form of exploitation
    // (which the breakdown then takes) and on its last with a third (which it does not).
    for (const auto& [day, form] : {std::pair{"2020-01-01",
                                              "CASE primary_exploitation WHEN 'labour' THEN 'begging' "
                                              "ELSE 'labour' END"},
                                    std::pair{"2020-12-31", "'organ_removal'"}})
        REQUIRE(s.store().db().exec(
            QStringLiteral("INSERT INTO identification (victim_id, center_id, notification_date, mnir_status, scope, "
                           "primary_exploitation, created_by, created_at, updated_by, updated_at) "
                           "SELECT victim_id, center_id, '%1', mnir_status, scope, %2, created_by, created_at, "
                           "updated_by, updated_at FROM identification "
                           "WHERE notification_date BETWEEN '2020-01-02' AND '2020-12-30' ORDER BY id LIMIT 3")
                .arg(QLatin1String(day), QLatin1String(form))));
    FiguresRepository repo(s.store());
    QStringList scopes{QString()};
    for (const Center& c : s.store().reference().centers())
        scopes << c.code;
    qint64 repeated = 0; // victims identified more than once in a year: the breakdown takes the earliest
    for (int year : {2019, 2020})
        for (const QString& centre : scopes) {
            const auto full = repo.compute(year, centre);
            const auto headline = repo.compute(year, centre, FiguresRepository::Detail::Headline);
            REQUIRE(full);
            REQUIRE(headline);
            INFO(year << " " << centre.toStdString());
            CHECK(headline->year == year);
            CHECK(headline->scope == full->scope);
            CHECK(headline->victimsIdentified == full->victimsIdentified);
            CHECK(headline->victimsAssistanceMonitored == full->victimsAssistanceMonitored);
            CHECK(headline->victimsRepatriated == full->victimsRepatriated);
            CHECK(headline->victimsJudicialParticipation == full->victimsJudicialParticipation);
            CHECK(headline->preventionActivities == full->preventionActivities);
            CHECK(headline->personsReached == full->personsReached);
            CHECK(headline->trainingSessions == full->trainingSessions);
            CHECK(headline->interinstitutionalEvents == full->interinstitutionalEvents);
            CHECK(headline->breakdowns.value(QStringLiteral("primary_exploitation"))
                  == full->breakdowns.value(QStringLiteral("primary_exploitation")));
            // Nothing else is read: the document's other figures stay zero.
            CHECK(headline->breakdowns.size() <= 1);
            CHECK(headline->judicialSupportActions == 0);
            CHECK(headline->protocolsSigned == 0);
            CHECK(headline->fundedProjects == 0);
            CHECK(headline->identificationsInYear == 0);
            repeated += full->identificationsInYear - full->victimsIdentified;
        }
    const auto national = repo.compute(2020, {}, FiguresRepository::Detail::Headline);
    REQUIRE(national);
    CHECK(national->victimsIdentified > 10);
    CHECK(national->breakdowns.value(QStringLiteral("primary_exploitation")).size() > 1);
    CHECK(repeated > 0);
}
