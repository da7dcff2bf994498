#include "importer/Importer.h"

#include "storage/figures/FiguresRepository.h"
#include "storage/keys/IdentityVault.h"
#include "storage/keys/RecoveryKey.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("the fixture folder imports and gives the figures worked out by hand", "[importer]")
{
    TempStore t;
    Importer importer(t.store());
    const ImportReport report = importer.run(dataPath(QStringLiteral("small")), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report.written);
    auto figures = FiguresRepository(t.store()).compute(2020);
    REQUIRE(figures.ok());
    const QJsonObject want = readJsonObject(dataPath(QStringLiteral("small/expected-2020.json")));
    const auto got = figuresByKey(*figures);
    for (auto it = got.begin(); it != got.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == want.value(it.key()).toInteger());
    }
    // The label "Harghita" became the county code, "masă rotundă" the event type.
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM team_meeting WHERE county = 'HR'")) == 1);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM event WHERE type = 'round_table'")) == 1);
    // The victim identified twice is one person with two identifications.
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")) == 4);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM identification")) == 5);
    // The identity is sealed to CR-BV's key: the administrator wrote it, the recovery key reads it.
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_identity WHERE notes LIKE '%test%'")) == 0);
    auto pair = RecoveryKey::pairOf(t.recoveryKey());
    REQUIRE(pair.ok());
    REQUIRE(t->identityKeys().load(t->db(), *pair).ok());
    auto stored
        = t->identity().read(*t->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00001'")));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->notes == QString::fromUtf8("Notă de test, cu \"ghilimele\""));
}

TEST_CASE("importing the same folder twice adds nothing", "[importer]")
{
    TempStore t;
    Importer importer(t.store());
    REQUIRE(importer.run(dataPath(QStringLiteral("small")), false).ok());
    const qint64 before = *t->db().queryInt(QStringLiteral("SELECT count(*) FROM prevention_activity"));
    const ImportReport again = importer.run(dataPath(QStringLiteral("small")), false);
    REQUIRE(again.ok());
    CHECK(again.added() == 0);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM prevention_activity")) == before);
    CHECK(before == 5); // the two debates that differ only in participants are two records
}

TEST_CASE("a later import adds records to victims and campaigns imported earlier", "[importer]")
{
    TempStore t;
    Importer importer(t.store());
    REQUIRE(importer.run(dataPath(QStringLiteral("small")), false).ok());
    QTemporaryDir later;
    writeFile(later.filePath(QStringLiteral("assistance.csv")),
              "victim_code,center,service,provider,start_date,end_date\nRV-T00003,CR-B,medical,ngo,2020-05-01,\n");
    writeFile(later.filePath(QStringLiteral("prevention_activities.csv")),
              "center,date,county,campaign_code,type,target_group,participants\n"
              "CR-B,2020-10-10,B,CMP-T-001,debate,pupils,10\n");
    const ImportReport report = importer.run(later.path(), false);
    REQUIRE(report.ok());
    CHECK(report.added() == 2);
    auto figures = FiguresRepository(t.store()).compute(2020);
    CHECK(figures->victimsAssistanceMonitored == 3);
    CHECK(figures->personsReached == 291);
}

TEST_CASE("a wrong row is reported with file, line and column, and nothing is written", "[importer]")
{
    TempStore t;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("events.csv")),
              "center,date,type,role,title\n"
              "CR-B,2020-01-01,seminar,organiser,Bun\n"
              "CR-XX,2020-13-01,webinar,organiser,\n"
              "CR-B,2020-01-02,seminar,organiser,\"Titlu\n"
              "pe două rânduri\"\n"
              "CR-B,2020-01-03,seminar,boss,Rău\n");
    writeFile(dir.filePath(QStringLiteral("assistance.csv")),
              "victim_code,center,service,provider,start_date,end_date,colour\n"
              "RV-NONE,CR-B,shelter,ngo,2020-02-01,2020-01-01,red\n");
    Importer importer(t.store());
    const ImportReport report = importer.run(dir.path(), false);
    QStringList lines;
    for (const auto& p : report.problems)
        lines << p.toString();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.written);
    CHECK(lines.filter(QStringLiteral("events.csv:3: center:")).size() == 1);
    CHECK(lines.filter(QStringLiteral("events.csv:3: date:")).size() == 1);
    CHECK(lines.filter(QStringLiteral("events.csv:3: type:")).size() == 1);
    CHECK(lines.filter(QStringLiteral("events.csv:3: title:")).size() == 1);
    CHECK(lines.filter(QStringLiteral("events.csv:6: role:")).size() == 1); // after a two-line field
    CHECK(lines.filter(QStringLiteral("assistance.csv:1: colour:")).size() == 1);
    CHECK(lines.filter(QStringLiteral("assistance.csv:2: end_date:")).size() == 1);
    CHECK(lines.filter(QStringLiteral("assistance.csv:2: victim_code:")).size() == 1);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM event")) == 0);
}

TEST_CASE("a dry run checks everything and writes nothing", "[importer]")
{
    TempStore t;
    Importer importer(t.store());
    const ImportReport report = importer.run(dataPath(QStringLiteral("small")), true);
    CHECK(report.ok());
    CHECK_FALSE(report.written);
    CHECK(report.rows() > 20);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")) == 0);
}

TEST_CASE("person columns of one victim must agree across rows", "[importer]")
{
    TempStore t;
    QTemporaryDir dir;
    const QByteArray header = "victim_code,center,sex,citizenship,notification_date,mnir_status,scope,exploitation\n";
    writeFile(dir.filePath(QStringLiteral("victims.csv")),
              header
                  + "RV-A1,CR-B,F,RO,2020-01-01,identified,internal,sexual\n"
                    "RV-A1,CR-B,M,RO,2020-02-01,identified,internal,sexual\n");
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().toString().startsWith(QStringLiteral("victims.csv:3: sex:")));
}

TEST_CASE("the import refuses what the forms refuse: a birth date after today", "[importer][validation]")
{
    // The store's clock says today is 2026-01-15 (RecordValidator gets it from the import as from
    // the victim's page).
    TempStore t;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("victims.csv")),
              "victim_code,center,sex,birth_date,citizenship,notification_date,mnir_status,scope,exploitation\n"
              "RV-F1,CR-B,F,2026-01-15,RO,2026-01-15,identified,internal,sexual\n"
              "RV-F2,CR-B,F,2026-01-16,RO,2026-01-15,identified,internal,sexual\n");
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    QStringList lines;
    for (const auto& p : report.problems)
        lines << p.toString();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.written);
    CHECK(lines.filter(QStringLiteral("victims.csv:2:")).isEmpty());
    CHECK(lines.filter(QStringLiteral("victims.csv:3: birth_date: is in the future")).size() == 1);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")) == 0);
}

TEST_CASE("a cancelled import writes nothing", "[importer]")
{
    TempStore t;
    Importer importer(t.store());
    importer.setProgress([](qint64) { return false; });
    const ImportReport report = importer.run(dataPath(QStringLiteral("small")), false);
    CHECK_FALSE(report.written);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")) == 0);
}

TEST_CASE("header names ignore case, and rows of empty cells are not records", "[importer]")
{
    TempStore t;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("protocols.csv")),
              "\xEF\xBB\xBF"
              "Center,Signed_Date,PARTNER\r\nCR-B,2020-02-01,Primăria Test\r\n,,\r\n\r\n");
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report.rows() == 1);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM protocol")) == 1);
}

TEST_CASE("a folder without import files, or with a missing required column, is refused", "[importer]")
{
    TempStore t;
    QTemporaryDir empty;
    const ImportReport none = Importer(t.store()).run(empty.path(), false);
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems.first().message.contains(QStringLiteral("no import file")));
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("events.csv")), "center,date,type,title\nCR-B,2020-01-01,seminar,x\n");
    writeFile(dir.filePath(QStringLiteral("notes.csv")), "a\n1\n");
    const ImportReport missing = Importer(t.store()).run(dir.path(), false);
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems.first().toString() == QStringLiteral("events.csv:1: role: required column is missing"));
    CHECK(missing.notes.size() == 1);
}
