// `export all` (RecordsExport): a generated store written out as the twelve interchange files and
// imported into an empty store gives the same bilanț for every year, national and per centre, and
// the same records; identity leaves only for the roles allowed; a folder that is not empty is refused.
#include "generator/DataGenerator.h"
#include "report/JsonRenderer.h"
#include "report/StoreFixture.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/services/RecordsExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QList<QStringList> sorted(QList<QStringList> rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const QStringList& a, const QStringList& b) { return a.join(QChar(0x1f)) < b.join(QChar(0x1f)); });
    return rows;
}

// The table of each file, by file name.
QMap<QString, ExportTable> byFile(const RecordsExportResult& r)
{
    QMap<QString, ExportTable> m;
    for (const ExportTable& t : r.tables)
        m.insert(t.fileName, t);
    return m;
}

qint64 count(Store& store, const char* table)
{
    return *store.db().queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
}

} // namespace

TEST_CASE("export all: an empty store importing the folder has the same bilanț and records", "[export][roundtrip]")
{
    QTemporaryDir work;
    GeneratorOptions options;
    options.years = 3;
    options.scale = 0.08;
    DataGenerator generator;
    REQUIRE(generator.write(work.filePath(QStringLiteral("generated")), options));
    test::ImportedStore source(work.filePath(QStringLiteral("generated")));

    RecordsExportRequest request;
    request.destination = work.filePath(QStringLiteral("out"));
    const auto exported = RecordsExport(source.store()).run(request);
    REQUIRE(exported);
    REQUIRE(exported->tables.size() == 12);
    REQUIRE(RecordsExport::writeFolder(*exported, request.destination));
    CHECK(QDir(request.destination).entryList(QDir::Files).size() == 12);

    // Every record of the store is in the files: one row per record (victims: per identification).
    const auto files = byFile(*exported);
    CHECK(files[QStringLiteral("victims.csv")].rows.size() == count(source.store(), "identification"));
    CHECK(files[QStringLiteral("assistance.csv")].rows.size() == count(source.store(), "assistance"));
    CHECK(files[QStringLiteral("repatriations.csv")].rows.size() == count(source.store(), "repatriation"));
    CHECK(files[QStringLiteral("judicial.csv")].rows.size() == count(source.store(), "judicial"));
    CHECK(files[QStringLiteral("campaigns.csv")].rows.size() == count(source.store(), "campaign"));
    CHECK(files[QStringLiteral("prevention_activities.csv")].rows.size()
          == count(source.store(), "prevention_activity"));
    CHECK(files[QStringLiteral("protocols.csv")].rows.size() == count(source.store(), "protocol"));
    CHECK(files[QStringLiteral("action_plans.csv")].rows.size() == count(source.store(), "action_plan"));
    CHECK(files[QStringLiteral("team_meetings.csv")].rows.size() == count(source.store(), "team_meeting"));
    CHECK(files[QStringLiteral("trainings.csv")].rows.size() == count(source.store(), "training"));
    CHECK(files[QStringLiteral("events.csv")].rows.size() == count(source.store(), "event"));
    CHECK(files[QStringLiteral("funded_projects.csv")].rows.size() == count(source.store(), "funded_project"));

    test::ImportedStore copy(request.destination);
    CHECK(count(copy.store(), "victim") == count(source.store(), "victim"));

    // The same bilanț, as JSON, for every year (and the years around) and every scope.
    FiguresRepository before(source.store());
    FiguresRepository after(copy.store());
    QStringList scopes{QString()};
    for (const auto& c : source->reference().centers())
        scopes << c.code;
    qint64 identified = 0;
    for (int year = options.firstYear - 1; year <= options.firstYear + options.years; ++year)
        for (const QString& scope : scopes) {
            INFO(year << " " << scope.toStdString());
            const auto a = before.compute(year, scope);
            const auto b = after.compute(year, scope);
            REQUIRE(a);
            REQUIRE(b);
            CHECK(renderJson(*a) == renderJson(*b));
            if (scope.isEmpty())
                identified += a->victimsIdentified;
        }
    CHECK(identified > 20);

    // The same records, field by field: the copy exports to the same rows.
    RecordsExportRequest again;
    const auto back = RecordsExport(copy.store()).run(again);
    REQUIRE(back);
    const auto backFiles = byFile(*back);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(backFiles[it.key()].header == it->header);
        CHECK(sorted(backFiles[it.key()].rows) == sorted(it->rows));
    }
}

TEST_CASE("export all: one centre and one year", "[export]")
{
    test::ImportedStore source(test::dataPath(QStringLiteral("bilant")));
    QTemporaryDir work;
    RecordsExportRequest request;
    request.center = QStringLiteral("CR-BV");
    request.year = 2020;
    request.destination = work.filePath(QStringLiteral("bv"));
    const auto exported = RecordsExport(source.store()).run(request);
    REQUIRE(exported);
    REQUIRE(RecordsExport::writeFolder(*exported, request.destination));
    test::ImportedStore copy(request.destination);
    const auto a = FiguresRepository(source.store()).compute(2020, QStringLiteral("CR-BV"));
    const auto b = FiguresRepository(copy.store()).compute(2020, QStringLiteral("CR-BV"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(renderJson(*a) == renderJson(*b));
    // Only that centre's records of that year (and the victims they refer to).
    for (const ExportTable& t : exported->tables) {
        const int centre = int(t.header.indexOf(QStringLiteral("center")));
        for (const QStringList& row : t.rows)
            if (t.fileName != QLatin1String("victims.csv") && t.fileName != QLatin1String("campaigns.csv"))
                CHECK(row[centre] == QLatin1String("CR-BV"));
    }
}

TEST_CASE("export all: a folder that is not empty is refused, nothing overwritten", "[export]")
{
    test::ImportedStore source(test::dataPath(QStringLiteral("bilant")));
    QTemporaryDir work;
    QFile other(work.filePath(QStringLiteral("victims.csv")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("mine\n");
    other.close();
    const auto exported = RecordsExport(source.store()).run({});
    REQUIRE(exported);
    CHECK_FALSE(RecordsExport::writeFolder(*exported, work.path()));
    CHECK(test::readText(work.filePath(QStringLiteral("victims.csv"))) == QLatin1String("mine\n"));
}
