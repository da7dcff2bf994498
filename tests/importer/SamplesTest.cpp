// The public samples of ../shared/samples (present in CI): every figure of expected.json and
// expected_CR-BV.json, every error of the bad folders. Where the folder is absent a case is
// reported as skipped, and fails when $REPER_REQUIRE_SAMPLES says the samples must be there.
#include "importer/Importer.h"
#include "storage/figures/FiguresRepository.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    CHECK(figures->scope.text() == want.value(QStringLiteral("scope")).toString());
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
    const QString folder = requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
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
    const QString root = requireSamples(QStringLiteral("bad"));
    if (root.isEmpty())
        return; // skipped: requireSamples said so
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
                const QString good = requireSamples(QStringLiteral("national-2018"));
                REQUIRE_FALSE(good.isEmpty());
                REQUIRE(Importer(t.store()).run(good, false).ok());
                compareFigures(t.store(), good + QStringLiteral("/expected.json"), {});
            }
        }
    }
}

TEST_CASE("a sample case without its samples fails in CI and is skipped elsewhere, never passed", "[samples][support]")
{
    // This very binary, run on the first sample case with a samples folder that is not there.
    const auto runWithoutSamples = [](bool required) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REPER_SAMPLES"), QStringLiteral("/nonexistent/reper-samples"));
        if (required)
            env.insert(QStringLiteral("REPER_REQUIRE_SAMPLES"), QStringLiteral("1"));
        else
            env.remove(QStringLiteral("REPER_REQUIRE_SAMPLES"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("samples: national-2018 gives every expected figure\\, nationally and for CR-BV")});
        REQUIRE(p.waitForFinished(120000));
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    const auto [requiredCode, requiredOut] = runWithoutSamples(true);
    INFO(requiredOut.toStdString());
    CHECK(requiredCode != 0);
    CHECK(requiredOut.contains(QStringLiteral("$REPER_REQUIRE_SAMPLES is set but the samples folder")));
    CHECK_FALSE(requiredOut.contains(QLatin1String(kSkippedMarker)));

    const auto [localCode, localOut] = runWithoutSamples(false);
    INFO(localOut.toStdString());
    CHECK(localCode == 0); // Catch2 v2 has no skip: the marker is what ctest reads
    CHECK(localOut.contains(QLatin1String(kSkippedMarker) + QStringLiteral(" the samples folder")));
}
