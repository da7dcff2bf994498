// Bad input found by the fault and fuzz experiments of issue 11: files that are not files, values
// with invisible characters, messages that echoed megabytes, cells written to defeat spreadsheets.
#include "importer/Importer.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace reper;
using namespace reper::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList problemLines(const ImportReport& report)
{
    QStringList lines;
    for (const auto& p : report.problems)
        lines << p.toString();
    return lines;
}

const QByteArray kEvents = "center,date,type,role,title\nCR-B,2020-01-01,seminar,organiser,Bun\n";

} // namespace

TEST_CASE("a known import file that is a folder, a dangling link or a link loop is refused, not skipped",
          "[importer][hardening]")
{
    TempStore t;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("events.csv")), kEvents);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("judicial.csv")));
    REQUIRE(::symlink("nowhere.csv", QFile::encodeName(dir.filePath(QStringLiteral("protocols.csv"))).constData())
            == 0);
    REQUIRE(::symlink("trainings.csv", QFile::encodeName(dir.filePath(QStringLiteral("trainings.csv"))).constData())
            == 0);
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    const QStringList lines = problemLines(report);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.written);
    CHECK(lines.filter(QStringLiteral("judicial.csv: ")).filter(QStringLiteral("folder")).size() == 1);
    CHECK(lines.filter(QStringLiteral("protocols.csv: ")).filter(QStringLiteral("link")).size() == 1);
    CHECK(lines.filter(QStringLiteral("trainings.csv: ")).filter(QStringLiteral("link")).size() == 1);
    CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM event")) == 0);

    // A link to a real file is read like the file.
    QTemporaryDir linked;
    writeFile(linked.filePath(QStringLiteral("real-events")), kEvents);
    REQUIRE(::symlink(QFile::encodeName(linked.filePath(QStringLiteral("real-events"))).constData(),
                      QFile::encodeName(linked.filePath(QStringLiteral("events.csv"))).constData())
            == 0);
    const ImportReport ok = Importer(t.store()).run(linked.path(), false);
    INFO(problemLines(ok).join(QLatin1Char('\n')).toStdString());
    CHECK(ok.ok());
    CHECK(ok.added() == 1);
}

TEST_CASE("codes and free text with a bidi override, a mark or NUL are refused on import", "[importer][hardening]")
{
    TempStore t;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("victims.csv")),
              "victim_code,center,sex,citizenship,notification_date,mnir_status,scope,exploitation,last_name,notes\n"
              "RV-A1,CR-B,F,RO,2020-01-01,identified,internal,sexual,,\n"
              "RV-A1\xE2\x80\xAE,CR-B,F,RO,2020-01-01,identified,internal,sexual,,\n" // U+202E
              "RV-A2,CR-B,F,RO,2020-01-01,identified,internal,sexual,Pop\xE2\x80\x8F,\n" // U+200F
              "RV-A3,CR-B,F,RO,2020-01-01,identified,internal,sexual,,\"two\nlines are fine\"\n"
              "RV-A4,CR-B,F,RO,2020-01-01,identified,internal,sexual,,nul\x01here\n");
    writeFile(dir.filePath(QStringLiteral("assistance.csv")),
              "victim_code,center,service,provider,start_date\n"
              "RV-A1\xE2\x80\xAE,CR-B,shelter,ngo,2020-02-01\n");
    writeFile(dir.filePath(QStringLiteral("events.csv")),
              "center,date,type,role,title\nCR-B,2020-01-01,seminar,organiser,\"Seminar \xE2\x80\xAE"
              "tset\"\n");
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    const QStringList lines = problemLines(report);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.filter(QStringLiteral("victims.csv:3: victim_code:")).filter(QStringLiteral("U+202E")).size() == 1);
    CHECK(lines.filter(QStringLiteral("victims.csv:4: last_name:")).filter(QStringLiteral("U+200F")).size() == 1);
    CHECK(lines.filter(QStringLiteral("victims.csv:5:")).isEmpty());
    CHECK(lines.filter(QStringLiteral("victims.csv:7: notes:")).filter(QStringLiteral("U+0001")).size() == 1);
    CHECK(lines.filter(QStringLiteral("assistance.csv:2: victim_code:")).filter(QStringLiteral("U+202E")).size() == 1);
    CHECK(lines.filter(QStringLiteral("events.csv:2: title:")).filter(QStringLiteral("U+202E")).size() == 1);
    CHECK(lines.size() == 5);
    // No message repeats the identity value.
    CHECK(lines.filter(QStringLiteral("Pop")).isEmpty());
}

TEST_CASE("a message echoes a value cut to a readable length", "[importer][hardening]")
{
    TempStore t;
    QTemporaryDir dir;
    const QByteArray huge(30000, 'Z');
    writeFile(dir.filePath(QStringLiteral("victims.csv")),
              "victim_code,center,sex,citizenship,notification_date,mnir_status,scope,exploitation\n"
              "RV-A1,"
                  + huge + "," + huge + "," + huge + ",2020-01-01,identified,internal," + huge + ";" + huge + "\n");
    writeFile(dir.filePath(QStringLiteral("prevention_activities.csv")),
              "center,date,county,type,target_group,participants\n"
              "CR-B,2020-01-01,"
                  + huge + ",debate,pupils," + huge + "\n");
    const ImportReport report = Importer(t.store()).run(dir.path(), false);
    REQUIRE(report.problems.size() >= 5);
    for (const ImportProblem& p : report.problems) {
        INFO(p.toString().left(300).toStdString());
        CHECK(p.toString().size() < 400);
    }
}
