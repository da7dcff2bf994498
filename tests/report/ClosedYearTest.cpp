// A closed year: its figures frozen with their hash, reproduced after later edits; the records
// changed since listed; a second closing a new version; tampering detected.
#include "report/DocumentBuilder.h"
#include "report/FiguresCodec.h"
#include "report/StoreFixture.h"
#include "report/TextRenderer.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/FiguresRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

// Freezes the year as `reper-cli close` does.
ClosedYearRecord close(Store& store, int year, const QString& centre = {})
{
    auto record = ClosedYearRepository(store).freeze(
        year, Scope::ofCenter(centre), FiguresRepository::rulesVersion(), false, {},
        [&]() -> Result<ClosedYearRepository::Frozen> {
            const auto data = FiguresRepository(store).computeReport(year, centre);
            if (!data)
                return data.error();
            const QByteArray json = FiguresCodec::canonicalJson(*data);
            return ClosedYearRepository::Frozen{json, FiguresCodec::sha256Hex(json)};
        });
    REQUIRE(record);
    return *record;
}

void writeFile(const QString& path, const char* text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A later import: one more victim notified in 2020 and one more activity of 2020.
QString laterFolder(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("later"));
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/victims.csv"),
              "victim_code,center,sex,birth_year,citizenship,county,notification_date,mnir_status,scope,exploitation\n"
              "RV-LATE01,CR-IS,F,1990,RO,IS,2020-07-07,identified,internal,sexual\n");
    writeFile(folder + QStringLiteral("/prevention_activities.csv"),
              "center,date,county,type,target_group,participants\n"
              "CR-IS,2020-08-08,IS,information_session,pupils,33\n");
    return folder;
}

} // namespace

TEST_CASE("Closed year: the frozen figures are reproduced after later edits", "[report][closed]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    const ClosedYearRecord closed = close(s.store(), 2020);
    CHECK(closed.version == 1);
    CHECK(closed.closedBy == QStringLiteral("admin"));
    CHECK(closed.closedAt == QStringLiteral("2026-01-15 12:00:00"));
    CHECK(closed.rulesVersion == FiguresRepository::rulesVersion());
    const QByteArray frozenJson = closed.figuresJson;

    // Later: an import adds a victim and an activity of 2020, and an edit changes an identification.
    const test::ClockAt later(QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC));
    QTemporaryDir dir;
    REQUIRE(s.import(laterFolder(dir)).isEmpty());
    REQUIRE(s->db().exec(QStringLiteral("UPDATE identification SET primary_exploitation = 'labour', "
                                        "updated_at = '2026-02-01 09:31:00' WHERE notification_date = '2020-12-31'")));
    const auto now = FiguresRepository(s.store()).computeReport(2020);
    REQUIRE(now);
    CHECK(now->figures.victimsIdentified == 4);
    CHECK(now->figures.preventionActivities == 5);

    // The closed year still gives back exactly what was frozen.
    ClosedYearRepository repo(s.store());
    const auto latest = repo.latest(2020, Scope::national());
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->figuresJson == frozenJson);
    CHECK((*latest)->contentHash == FiguresCodec::sha256Hex(frozenJson));
    const auto frozen = FiguresCodec::fromJson((*latest)->figuresJson);
    REQUIRE(frozen);
    CHECK(frozen->figures.victimsIdentified == 3);
    CHECK(frozen->figures.preventionActivities == 4);
    CHECK(frozen->figures.breakdowns.value(QStringLiteral("primary_exploitation")).value(QStringLiteral("begging"))
          == 1);
    CHECK(FiguresCodec::canonicalJson(*frozen) == frozenJson);

    // What changed since, by kind, id and victim code; no identity.
    const auto changed = repo.changedSince(2020, Scope::national(), (*latest)->closedAt);
    REQUIRE(changed);
    QStringList kinds;
    for (const ChangedRecord& r : *changed)
        kinds << r.kind + QLatin1Char(':') + r.victimCode;
    kinds.sort();
    CHECK(kinds
          == QStringList{QStringLiteral("identification:RV-LATE01"), QStringLiteral("identification:RV-T00003"),
                         QStringLiteral("prevention_activity:"), QStringLiteral("victim:RV-LATE01")});

    // The revised edition lists each changed figure with both values.
    BilantReportData revised = *frozen;
    revised.closure = (*latest)->closure();
    revised.frozen = true;
    revised.currentFigures = now->figures;
    revised.currentCentres = now->centres;
    revised.changedSinceClosure = *changed;
    ReportOptions options;
    options.edition = Edition::Revised;
    const QString text = renderText(DocumentBuilder(options).build(revised));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\nVictime identificate +3 +4 +\\+1\\n"))));
    CHECK(text.contains(QRegularExpression(QString::fromUtf8("\\nActivități informativ-preventive +4 +5 +\\+1\\n"))));
    CHECK(
        text.contains(QRegularExpression(QString::fromUtf8("după forma principală de exploatare: cerșetorie +1 +0"))));
    CHECK(text.contains(QStringLiteral("RV-LATE01")));
}

TEST_CASE("Closed year: closing again is a new version — the frozen rows cannot be changed", "[report][closed]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    const ClosedYearRecord first = close(s.store(), 2020);
    const ClosedYearRecord centre = close(s.store(), 2020, QStringLiteral("CR-BV"));
    CHECK(centre.version == 1);
    const test::ClockAt later(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    QTemporaryDir dir;
    REQUIRE(s.import(laterFolder(dir)).isEmpty());
    const ClosedYearRecord second = close(s.store(), 2020);
    CHECK(second.version == 2);
    CHECK(second.contentHash != first.contentHash);
    ClosedYearRepository repo(s.store());
    CHECK((*repo.latest(2020, Scope::national()))->version == 2);
    CHECK(repo.list()->size() == 3);
    CHECK_FALSE(*repo.latest(2019, Scope::national()));

    CHECK_FALSE(s->db().exec(QStringLiteral("UPDATE closed_year SET figures_json = '{}'")));
    CHECK_FALSE(s->db().exec(QStringLiteral("DELETE FROM closed_year")));
    // Altered outside Reper (the trigger dropped): reading it is refused, not silently used.
    REQUIRE(s->db().exec(QStringLiteral("DROP TRIGGER closed_year_no_update")));
    REQUIRE(s->db().exec(QStringLiteral("UPDATE closed_year SET figures_json = replace(figures_json, "
                                        "'\"victims_identified\":4', '\"victims_identified\":40') WHERE version = 2 "
                                        "AND scope = 'national'")));
    const auto tampered = repo.latest(2020, Scope::national());
    REQUIRE_FALSE(tampered);
    CHECK(tampered.error().message.contains(QStringLiteral("do not match their hash")));
}
