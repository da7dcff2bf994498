// The public samples of ../shared/samples (present in CI): every figure of expected.json and
// expected_CR-BV.json, every error of the bad folders. Skipped where the folder is absent.
#include "importer/Importer.h"
#include "storage/figures/FiguresRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void compareFigures(Store& store, const QString& expectedPath, const QString& center)
{
    const QJsonObject want = readJsonObject(expectedPath);
    REQUIRE_FALSE(want.isEmpty());
    auto figures = FiguresRepository(store).compute(want.value(QStringLiteral("year")).toInt(), center);
    REQUIRE(figures.ok());
    CHECK(figures->scope == want.value(QStringLiteral("scope")).toString());
    const auto got = figuresByKey(*figures);
    int compared = 0;
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')) || !got.contains(it.key()))
            continue;
        INFO(center.toStdString() << " " << it.key().toStdString());
        CHECK(got.value(it.key()) == it.value().toInteger());
        ++compared;
    }
    CHECK(compared == 15);
    // Breakdowns and _info are informative: differences are reported, not failed.
    const QJsonObject breakdowns = want.value(QStringLiteral("breakdowns")).toObject();
    for (auto b = breakdowns.begin(); b != breakdowns.end(); ++b) {
        const QJsonObject cells = b.value().toObject();
        for (auto c = cells.begin(); c != cells.end(); ++c) {
            const qint64 mine = figures->breakdowns.value(b.key()).value(c.key());
            if (mine != c.value().toInteger())
                WARN("breakdown " << b.key().toStdString() << "/" << c.key().toStdString() << ": expected "
                                  << c.value().toInteger() << ", got " << mine);
        }
    }
    const QJsonObject info = want.value(QStringLiteral("_info")).toObject();
    const QMap<QString, qint64> mine = {{QStringLiteral("repatriation_events"), figures->repatriationEvents},
                                        {QStringLiteral("judicial_support_actions"), figures->judicialSupportActions},
                                        {QStringLiteral("judicial_case_refs"), figures->judicialCaseRefs},
                                        {QStringLiteral("prevention_campaigns_national"), figures->campaignsNational},
                                        {QStringLiteral("prevention_campaigns_local"), figures->campaignsLocal},
                                        {QStringLiteral("identifications_in_year"), figures->identificationsInYear},
                                        {QStringLiteral("attempts"), figures->attempts}};
    for (auto it = info.begin(); it != info.end(); ++it)
        if (mine.contains(it.key()) && mine.value(it.key()) != it.value().toInteger())
            WARN("_info " << it.key().toStdString() << ": expected " << it.value().toInteger() << ", got "
                          << mine.value(it.key()));
}

} // namespace

TEST_CASE("samples: national-2018 gives every expected figure, nationally and for CR-BV", "[samples]")
{
    const QString folder = samplesPath(QStringLiteral("national-2018"));
    if (folder.isEmpty()) {
        WARN("../shared/samples is not here: skipped");
        return;
    }
    TempStore t;
    Importer importer(t.store());
    const ImportReport report = importer.run(folder, false);
    INFO((report.problems.isEmpty() ? report.failure : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report.rows() == 17518);
    compareFigures(t.store(), folder + QStringLiteral("/expected.json"), {});
    compareFigures(t.store(), folder + QStringLiteral("/expected_CR-BV.json"), QStringLiteral("CR-BV"));

    SECTION("a second import changes no figure")
    {
        const ImportReport again = importer.run(folder, false);
        REQUIRE(again.ok());
        CHECK(again.added() == 0);
        compareFigures(t.store(), folder + QStringLiteral("/expected.json"), {});
    }
}

TEST_CASE("samples: each bad folder is refused with every listed error and nothing written", "[samples]")
{
    const QString root = samplesPath(QStringLiteral("bad"));
    if (root.isEmpty()) {
        WARN("../shared/samples is not here: skipped");
        return;
    }
    for (const QString& name :
         {QStringLiteral("bad_date"), QStringLiteral("unknown_code"), QStringLiteral("end_before_start")}) {
        const QString folder = root + QLatin1Char('/') + name;
        const QJsonObject want = readJsonObject(folder + QStringLiteral("/expected_errors.json"));
        REQUIRE_FALSE(want.isEmpty());
        for (const bool dryRun : {true, false}) {
            TempStore t;
            const ImportReport report = Importer(t.store()).run(folder, dryRun);
            QStringList got;
            for (const auto& p : report.problems)
                got << p.toString();
            INFO(name.toStdString() << (dryRun ? " (dry run)" : "") << "\n"
                                    << got.join(QLatin1Char('\n')).toStdString());
            CHECK_FALSE(report.written);
            const QJsonArray errors = want.value(QStringLiteral("errors")).toArray();
            for (const QJsonValue& e : errors) {
                const QJsonObject o = e.toObject();
                QStringList columns{o.value(QStringLiteral("column")).toString()};
                for (const QJsonValue& c : o.value(QStringLiteral("also_accepted")).toArray())
                    columns << c.toString();
                bool found = false;
                for (const QString& column : columns) {
                    const QString prefix = QStringLiteral("%1:%2: %3: ")
                                               .arg(o.value(QStringLiteral("file")).toString())
                                               .arg(o.value(QStringLiteral("line")).toInt())
                                               .arg(column);
                    found = found || !got.filter(prefix).isEmpty();
                }
                INFO("expected " << o.value(QStringLiteral("file")).toString().toStdString() << ":"
                                 << o.value(QStringLiteral("line")).toInt() << " "
                                 << o.value(QStringLiteral("column")).toString().toStdString());
                CHECK(found);
            }
            CHECK(got.size() == errors.size()); // no error the reference does not find
            CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")) == 0);
            if (!dryRun) {
                // The same store then takes the good sample with exactly its figures.
                const QString good = samplesPath(QStringLiteral("national-2018"));
                REQUIRE(Importer(t.store()).run(good, false).ok());
                compareFigures(t.store(), good + QStringLiteral("/expected.json"), {});
            }
        }
    }
}
