// The bilanț through reper-cli: every format, binary formats on standard output, the editions'
// options, closing a year and reporting it afterwards, explain, the template override, and the
// audit entry of a report (the same as the window's).
#include "report/ReportAudit.h"
#include "storage/audit/AuditTrail.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

QStringList bilant(const char* year = "2020")
{
    return {QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"), QLatin1String(year)};
}

QJsonObject json(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("reper-cli: every format, to a file and to standard output", "[report][cli]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    const std::vector<std::pair<const char*, QByteArray>> formats = {
        {"txt", s("CONFIDENȚIAL – uz intern").toUtf8()},
        {"json", "{\n  \"year\": 2020,"},
        {"html", "<!DOCTYPE html>"},
        {"pdf", "%PDF-"},
        {"odt", "PK"},
        {"csv", "\xEF\xBB\xBF"},
        {"xlsx", "PK"},
    };
    for (const auto& [format, start] : formats) {
        INFO(format);
        const QString out = QDir(cli.dir()).filePath(QStringLiteral("bilant.") + QLatin1String(format));
        const auto toFile = cli.run(
            bilant() + QStringList{QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out});
        INFO(toFile.err.toStdString());
        CHECK(toFile.exitCode == 0);
        CHECK(readFile(out).startsWith(start));
        // Standard output is a pipe here, not a terminal: binary formats may go there too.
        const auto toStdout = cli.run(bilant() + QStringList{QStringLiteral("--format"), QLatin1String(format)});
        CHECK(toStdout.exitCode == 0);
        CHECK(toStdout.bytes.startsWith(start));
    }
}

TEST_CASE("reper-cli: the formats drawn with fonts say nothing on the terminal", "[report][cli]")
{
    // Without XDG_RUNTIME_DIR (a cron job, su, a container) Qt's graphical start warns about it;
    // reper-cli sends what Qt says to its log file instead.
    test::CliRunner cli;
    cli.unsetEnv(QStringLiteral("XDG_RUNTIME_DIR"));
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    for (const char* format : {"html", "pdf", "odt"}) {
        INFO(format);
        const QString out = QDir(cli.dir()).filePath(QStringLiteral("bilant.") + QLatin1String(format));
        const auto r = cli.run(
            bilant() + QStringList{QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 0);
        CHECK(r.err == QString());
        CHECK(QFile::exists(out));
    }
    const QByteArray log = readFile(QDir(cli.dir()).filePath(QStringLiteral("data/reper/logs/reper.log")));
    CHECK(log.contains("Qt: QStandardPaths: XDG_RUNTIME_DIR not set"));
}

TEST_CASE("reper-cli: a binary format is not written to a terminal", "[report][cli]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    const auto r = cli.runInTerminal(bilant() + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")});
    if (!r) {
        WARN("util-linux script not found: the terminal case is not checked");
        return;
    }
    CHECK(r->exitCode == 2);
    CHECK(r->err.contains(QStringLiteral("give --out FILE")));
    CHECK_FALSE(r->bytes.contains("%PDF"));
    const auto text = cli.runInTerminal(bilant() + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(text);
    CHECK(text->exitCode == 0); // text formats may go to a terminal
}

TEST_CASE("reper-cli: edition options are checked", "[report][cli]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    CHECK(cli.run(bilant() + QStringList{QStringLiteral("--edition"), QStringLiteral("secret")}).exitCode == 2);
    CHECK(cli.run(bilant()
                  + QStringList{QStringLiteral("--edition"), QStringLiteral("public"), QStringLiteral("--threshold"),
                                QStringLiteral("1")})
              .exitCode
          == 2);
    CHECK(cli.run(bilant() + QStringList{QStringLiteral("--threshold"), QStringLiteral("4")}).exitCode == 2);
    const auto revised = cli.run(bilant() + QStringList{QStringLiteral("--edition"), QStringLiteral("revised")});
    CHECK(revised.exitCode == 1); // the year is not closed
    CHECK(revised.err.contains(QStringLiteral("not closed")));
    const auto pub
        = cli.run(bilant()
                  + QStringList{QStringLiteral("--edition"), QStringLiteral("public"), QStringLiteral("--threshold"),
                                QStringLiteral("9"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(pub.exitCode == 0);
    const QJsonObject o = json(pub.bytes);
    CHECK(o.value(QStringLiteral("victims_identified")).toInt() == 3);
    CHECK(o.value(QStringLiteral("_report")).toObject().value(QStringLiteral("threshold")).toInt() == 9);
    CHECK(o.value(QStringLiteral("breakdowns"))
              .toObject()
              .value(QStringLiteral("sex"))
              .toObject()
              .value(QStringLiteral("F"))
              .isNull());
}

TEST_CASE("reper-cli: close a year, then its reports come from the frozen figures", "[report][cli][closed]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    // Not over yet: refused with the list, unless forced.
    const auto notOver = cli.run({QStringLiteral("close"), QStringLiteral("--year"), QStringLiteral("2099")});
    CHECK(notOver.exitCode == 1);
    CHECK(notOver.bytes.contains("BLOCKING year_not_over"));
    CHECK(notOver.err.contains(QStringLiteral("was not closed")));

    const auto closed = cli.run({QStringLiteral("close"), QStringLiteral("--year"), QStringLiteral("2020")});
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.bytes.contains("warning activity_without_campaign"));
    CHECK(closed.bytes.contains("Closed 2020 (national), version 1"));
    const auto again = cli.run({QStringLiteral("close"), QStringLiteral("--year"), QStringLiteral("2020")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already closed")));

    // A later import adds an activity of 2020.
    const QString later = QDir(cli.dir()).filePath(QStringLiteral("later"));
    QDir().mkpath(later);
    QFile f(later + QStringLiteral("/prevention_activities.csv"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("center,date,county,type,target_group,participants\nCR-IS,2020-08-08,IS,information_session,pupils,33\n");
    f.close();
    REQUIRE(cli.run({QStringLiteral("import"), later}).exitCode == 0);

    const QStringList asJson{QStringLiteral("--format"), QStringLiteral("json")};
    const QJsonObject frozen = json(cli.run(bilant() + asJson).bytes);
    CHECK(frozen.value(QStringLiteral("prevention_activities")).toInt() == 4);
    CHECK(frozen.value(QStringLiteral("_closure")).toObject().value(QStringLiteral("figures")).toString()
          == QStringLiteral("frozen"));
    CHECK(frozen.value(QStringLiteral("_closure")).toObject().value(QStringLiteral("changed_records")).toInt() == 1);
    const QJsonObject current = json(cli.run(bilant() + asJson + QStringList{QStringLiteral("--current")}).bytes);
    CHECK(current.value(QStringLiteral("prevention_activities")).toInt() == 5);
    const QJsonObject revised
        = json(cli.run(bilant() + asJson + QStringList{QStringLiteral("--edition"), QStringLiteral("revised")}).bytes);
    CHECK(revised.value(QStringLiteral("prevention_activities")).toInt() == 5);
    const QJsonObject change = revised.value(QStringLiteral("_revisions"))
                                   .toObject()
                                   .value(QStringLiteral("prevention_activities"))
                                   .toObject();
    CHECK(change.value(QStringLiteral("frozen")).toInt() == 4);
    CHECK(change.value(QStringLiteral("current")).toInt() == 5);
    const auto text = cli.run(bilant());
    CHECK(text.out.contains(s("Cifrele acestui document sunt cele înghețate la închidere.")));
    CHECK(text.out.contains(s("Activitate de prevenire")));

    // Reclosing freezes today's figures as a new version.
    const auto reclosed = cli.run(
        {QStringLiteral("close"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--reclose")});
    CHECK(reclosed.exitCode == 0);
    CHECK(reclosed.bytes.contains("version 2"));
    CHECK(json(cli.run(bilant() + asJson).bytes).value(QStringLiteral("prevention_activities")).toInt() == 5);
}

TEST_CASE("reper-cli: explain lists the records behind a figure, as many as the figure", "[report][cli][explain]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    const QJsonObject figures
        = json(cli.run(bilant() + QStringList{QStringLiteral("--format"), QStringLiteral("json")}).bytes);
    for (const char* key : {"victims_identified", "victims_assistance_monitored", "prevention_campaigns",
                            "persons_reached", "team_meetings"}) {
        INFO(key);
        const auto r = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                                QStringLiteral("2020"), QStringLiteral("--figure"), QLatin1String(key)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.bytes.contains("\nTotal: " + QByteArray::number(figures.value(QLatin1String(key)).toInt()) + "\n"));
    }
    const auto csv = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                              QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_identified"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QList<QByteArray> lines = csv.bytes.trimmed().split('\n');
    CHECK(lines.size() == 1 + 3);
    CHECK(lines[1].startsWith("RV-T00001,"));
    CHECK_FALSE(csv.bytes.contains("Testescu")); // never identity
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                   QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("nonsense")})
              .exitCode
          == 2);
}

TEST_CASE("reper-cli: the template of the data folder, or one given, changes the wording", "[report][cli]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    const QString own = QDir(cli.dir()).filePath(QStringLiteral("mine.txt"));
    QFile f(own);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(s("[settings]\nplace.national = sala de consiliu a Agenției\n").toUtf8());
    f.close();
    const auto given = cli.run(bilant() + QStringList{QStringLiteral("--template"), own});
    REQUIRE(given.exitCode == 0);
    CHECK(given.out.contains(s("Astăzi, 15.01.2026, a avut loc evaluarea")));
    CHECK(given.out.contains(s("la sala de consiliu a Agenției.")));

    const QString dataFolder = QDir(cli.dir()).filePath(QStringLiteral("data/reper/templates"));
    QDir().mkpath(dataFolder);
    QFile::copy(own, dataFolder + QStringLiteral("/bilant.txt"));
    CHECK(cli.run(bilant()).out.contains(s("la sala de consiliu a Agenției.")));
    CHECK(cli.run(bilant() + QStringList{QStringLiteral("--template"), QStringLiteral("/nonexistent")}).exitCode == 1);
}

TEST_CASE("reper-cli records a report with the entry ReportAudit builds, as the window does", "[report][cli][audit]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("small"))));
    const auto made
        = cli.run(bilant()
                  + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--edition"),
                                QStringLiteral("public"), QStringLiteral("--center"), QStringLiteral("cr-b")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    auto store = Store::open(cli.store(), QStringLiteral("admin"), cli.password(), test::fixedClock());
    REQUIRE(store.ok());
    AuditFilter reports = AuditFilter::forAction(AuditAction::Report);
    reports.limit = 1;
    auto entries = (*store)->audit().list(reports);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    const AuditEntry& got = entries->first();
    const AuditEvent want = ReportAudit::event(
        {AuditAction::Report, QStringLiteral("json"), 2020, QStringLiteral("CR-B"), Edition::Public, false});
    CHECK(got.action == want.action);
    CHECK(got.recordType == want.recordType);
    CHECK(got.recordCode == want.recordCode);
    CHECK(got.center == want.center);
    CHECK(QJsonDocument::fromJson(got.detail.toUtf8()).object() == want.detail);
}

TEST_CASE("reper-cli: explain as CSV writes formula-like codes as text", "[report][cli][csv]")
{
    // Victim codes are printable ASCII, so "=1+2" and "-3+4" are codes a centre may have typed.
    QTemporaryDir folder;
    QFile victims(folder.filePath(QStringLiteral("victims.csv")));
    REQUIRE(victims.open(QIODevice::WriteOnly));
    victims.write("victim_code,center,sex,citizenship,notification_date,mnir_status,scope,exploitation\n"
                  "=1+2,CR-BV,F,RO,2020-01-01,identified,internal,sexual\n"
                  "-3+4,CR-BV,F,RO,2020-02-01,identified,internal,sexual\n");
    victims.close();
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(folder.path()));
    const auto r = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                            QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_identified"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    INFO(r.bytes.toStdString());
    CHECK(r.bytes.startsWith("reference,records,dates,centres,amount\n"));
    CHECK(r.bytes.contains("\n'=1+2,"));
    CHECK(r.bytes.contains("\n'-3+4,"));
    CHECK_FALSE(r.bytes.contains("\n=1+2"));
}
