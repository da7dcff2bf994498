// The national document's figures come from one pass per figure family (DocumentFigures): for each
// year and the year before, the nation and every centre must be exactly what FiguresRepository
// computes scope by scope — on the fixtures, on generated data and on the public national sample.
#include "storage/figures/DocumentFigures.h"

#include "generator/DataGenerator.h"
#include "importer/Importer.h"
#include "report/BilantFields.h"
#include "report/FiguresCodec.h"
#include "report/StoreFixture.h"
#include "storage/Store.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/DistinctTally.h"
#include "storage/figures/FiguresRepository.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QByteArray canonical(const BilantFigures& f)
{
    BilantReportData d;
    d.figures = f;
    return FiguresCodec::canonicalJson(d);
}

void requireSame(const BilantFigures& pass, const BilantFigures& alone)
{
    INFO(alone.scope.text().toStdString() << " " << alone.year);
    CHECK(pass.year == alone.year);
    CHECK(pass.scope == alone.scope);
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()})
        for (const BilantFields::Field& f : *fields) {
            INFO(f.key);
            CHECK(pass.*f.value == alone.*f.value);
        }
    CHECK(pass.breakdowns == alone.breakdowns);
    CHECK(pass.fundedProjectsByFocus == alone.fundedProjectsByFocus);
    CHECK(pass.identifiedByMonth == alone.identifiedByMonth);
    // Everything a closed year freezes, byte for byte.
    CHECK(canonical(pass).toStdString() == canonical(alone).toStdString());
}

// Every slot of the pass (both years, the nation and every centre) against the scope-by-scope
// figures; then the document as FiguresRepository hands it out. Returns the national figures.
BilantFigures requireOnePassEqualsPerScope(Store& store, int year)
{
    FiguresRepository repo(store);
    const auto& centres = store.reference().centers();
    Transaction tx(store.db(), Transaction::Mode::Deferred);
    REQUIRE(tx.beginStatus());
    DocumentFigures pass(store.db(), centres, year);
    REQUIRE(pass.run());
    REQUIRE(pass.scopes() == int(centres.size()) + 1);
    for (int y : {DocumentFigures::kYearBefore, DocumentFigures::kYear}) {
        const int which = y == DocumentFigures::kYear ? year : year - 1;
        requireSame(pass.at(y, 0), *repo.compute(which));
        for (size_t c = 0; c < centres.size(); ++c)
            requireSame(pass.at(y, int(c) + 1), *repo.compute(which, centres[c].code));
    }
    const BilantFigures national = pass.at(DocumentFigures::kYear, 0);
    tx.rollback();

    const auto data = repo.computeReport(year);
    REQUIRE(data);
    requireSame(data->figures, *repo.compute(year));
    REQUIRE(data->previous);
    requireSame(*data->previous, *repo.compute(year - 1));
    REQUIRE(data->centres.size() == qsizetype(centres.size()));
    for (const BilantFigures& c : data->centres)
        requireSame(c, *repo.compute(year, c.scope.center()));
    return national;
}

} // namespace

TEST_CASE("Document figures: one pass equals scope by scope on the fixtures", "[report][store][onepass]")
{
    for (const char* fixture : {"bilant", "small"}) {
        INFO(fixture);
        test::ImportedStore s(test::dataPath(QString::fromLatin1(fixture)));
        qint64 identified = 0;
        for (int year = 2018; year <= 2021; ++year)
            identified += requireOnePassEqualsPerScope(s.store(), year).victimsIdentified;
        CHECK(identified > 0); // the fixture has data in these years: the comparison compared something
    }
}

TEST_CASE("Document figures: one pass equals scope by scope on generated data", "[report][store][onepass]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    GeneratorOptions options;
    options.firstYear = 2017;
    options.years = 3;
    options.scale = 0.15;
    DataGenerator generator;
    REQUIRE(generator.write(dir.path(), options));
    test::TempStore t;
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    INFO((report.problems.isEmpty() ? report.failure : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    for (int year = 2017; year <= 2020; ++year) {
        const BilantFigures national = requireOnePassEqualsPerScope(t.store(), year);
        if (year >= 2017 && year <= 2019) {
            CHECK(national.victimsIdentified > 0);
            CHECK(national.victimsAssistanceMonitored > 0);
            CHECK(national.judicialCaseRefs > 0);
        }
    }
}

TEST_CASE("Document figures: one pass equals scope by scope on the national sample",
          "[report][store][onepass][samples]")
{
    const QString folder = test::requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
    test::TempStore t;
    const ImportReport report = Importer(t.store()).run(folder, false);
    REQUIRE(report.ok());
    const QJsonObject want = test::readJsonObject(folder + QStringLiteral("/expected.json"));
    const int year = want.value(QStringLiteral("year")).toInt();
    const BilantFigures national = requireOnePassEqualsPerScope(t.store(), year);
    // The sample's own expected figures, computed independently of Reper.
    CHECK(national.victimsIdentified == want.value(QStringLiteral("victims_identified")).toInteger());
    CHECK(national.victimsAssistanceMonitored
          == want.value(QStringLiteral("victims_assistance_monitored")).toInteger());
    requireOnePassEqualsPerScope(t.store(), year + 1);
}

TEST_CASE("Distinct tally: each key once per slot, dense or not", "[report][onepass]")
{
    DistinctTally t(3);
    CHECK(t.add(0, 5));
    CHECK_FALSE(t.add(0, 5));
    CHECK(t.add(1, 5)); // another slot counts it again
    CHECK(t.add(0, 64));
    CHECK(t.add(0, 100000));
    CHECK_FALSE(t.add(0, 100000));
    CHECK(t.add(0, DistinctTally::kDenseLimit + 7)); // beyond the bitmap
    CHECK_FALSE(t.add(0, DistinctTally::kDenseLimit + 7));
    CHECK(t.add(0, -3));
    CHECK_FALSE(t.add(0, -3));
    CHECK(t.count(0) == 5);
    CHECK(t.count(1) == 1);
    CHECK(t.count(2) == 0);
    CHECK(t.contains(0, 64));
    CHECK_FALSE(t.contains(0, 63));
    CHECK_FALSE(t.contains(2, 5));
    CHECK(t.contains(0, DistinctTally::kDenseLimit + 7));
}
