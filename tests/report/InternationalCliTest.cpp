// The international report, the CTDC case file and the population through reper-cli: every
// format, a cell explained with as many victims as the table says, the case file and its summary,
// the population set and listed, bad options refused; and the XLSX opened by LibreOffice as a
// user would, its numbers numbers.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QStringList international(const char* year = "2020")
{
    return {QStringLiteral("report"), QStringLiteral("international"), QStringLiteral("--year"), QLatin1String(year)};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The count in a table's JSON array for a cell given by its codes.
qint64 jsonCell(const QJsonObject& o, const QString& table, const QMap<QString, QString>& codes)
{
    for (const QJsonValue& v : o.value(table).toArray()) {
        const QJsonObject row = v.toObject();
        bool match = true;
        for (auto it = codes.constBegin(); it != codes.constEnd(); ++it)
            match = match && row.value(it.key()).toString() == it.value();
        if (match)
            return row.value(QStringLiteral("victims")).toInteger();
    }
    return -1;
}

// "Total: 3" of report explain.
qint64 explainedTotal(const QByteArray& out)
{
    const auto m = QRegularExpression(QStringLiteral("\\nTotal: (\\d+)\\n")).match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

TEST_CASE("reper-cli report international: every format, to a file", "[report][cli][international]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("bilant"))));
    const std::vector<std::pair<const char*, QByteArray>> formats = {
        {"txt", QString::fromUtf8("RAPORTARE INTERNAȚIONALĂ").toUtf8()},
        {"json", "{\n  \"year\": 2020,"},
        {"html", "<!DOCTYPE html>"},
        {"pdf", "%PDF-"},
        {"odt", "PK"},
        {"csv", "\xEF\xBB\xBF"},
        {"xlsx", "PK"},
    };
    for (const auto& [format, start] : formats) {
        INFO(format);
        const QString out = QDir(cli.dir()).filePath(QStringLiteral("intl.") + QLatin1String(format));
        const auto r = cli.run(international()
                               + QStringList{QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"),
                                             out, QStringLiteral("--edition"), QStringLiteral("public")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(readFile(out).left(200).contains(start));
    }
    CHECK(cli.run(international() + QStringList{QStringLiteral("--edition"), QStringLiteral("revised")}).exitCode == 2);
    CHECK(cli.run(international() + QStringList{QStringLiteral("--threshold"), QStringLiteral("3")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("international")}).exitCode == 2);
    const auto badCentre = cli.run(international() + QStringList{QStringLiteral("--center"), QStringLiteral("CR-ZZ")});
    CHECK(badCentre.exitCode == 1);
    CHECK(badCentre.err.contains(QStringLiteral("CR-ZZ")));
}

TEST_CASE("reper-cli report explain --cell: the victims of a cell, as many as the table says",
          "[report][cli][international]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("bilant"))));
    const auto json = cli.run(international() + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.bytes).object();
    const std::vector<std::pair<QString, QMap<QString, QString>>> cells = {
        {QStringLiteral("victims_by_sex_age"),
         {{QStringLiteral("sex"), QStringLiteral("F")}, {QStringLiteral("age"), QStringLiteral("adult")}}},
        {QStringLiteral("victims_by_sex_age"),
         {{QStringLiteral("sex"), QStringLiteral("M")}, {QStringLiteral("age"), QStringLiteral("child")}}},
        {QStringLiteral("victims_by_form_primary"),
         {{QStringLiteral("form"), QStringLiteral("sexual")}, {QStringLiteral("sex"), QStringLiteral("F")}}},
        {QStringLiteral("victims_by_form_all"),
         {{QStringLiteral("form"), QStringLiteral("labour")}, {QStringLiteral("sex"), QStringLiteral("M")}}},
        {QStringLiteral("scope_by_sex_age"),
         {{QStringLiteral("scope"), QStringLiteral("internal")},
          {QStringLiteral("sex"), QStringLiteral("F")},
          {QStringLiteral("age"), QStringLiteral("adult")}}},
        {QStringLiteral("victims_by_citizenship"), {{QStringLiteral("citizenship"), QStringLiteral("RO")}}},
        {QStringLiteral("assisted_by_sex_age"),
         {{QStringLiteral("sex"), QStringLiteral("F")}, {QStringLiteral("age"), QStringLiteral("adult")}}},
        {QStringLiteral("judicial_by_sex_age"),
         {{QStringLiteral("sex"), QStringLiteral("F")}, {QStringLiteral("age"), QStringLiteral("adult")}}},
    };
    int nonZero = 0;
    for (const auto& [table, codes] : cells) {
        QStringList pairs;
        for (auto it = codes.constBegin(); it != codes.constEnd(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value();
        INFO(table.toStdString() << " " << pairs.join(QLatin1Char(',')).toStdString());
        const qint64 want = jsonCell(o, table, codes);
        REQUIRE(want >= 0);
        const auto r = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                                QStringLiteral("2020"), QStringLiteral("--figure"), table, QStringLiteral("--cell"),
                                pairs.join(QLatin1Char(','))});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(explainedTotal(r.bytes) == want);
        // One row per victim, by code: counted victims are traceable to their records.
        CHECK(r.bytes.count("\nRV-") == want);
        nonZero += want > 0 ? 1 : 0;
    }
    CHECK(nonZero >= 4);
    // The total without --cell is the bilanț figure, as explain of the figure says.
    const auto total
        = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                   QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_by_sex_age")});
    const auto figure
        = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                   QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_identified")});
    CHECK(explainedTotal(total.bytes) == explainedTotal(figure.bytes));
    CHECK(explainedTotal(total.bytes) > 0);
    // A dimension the table does not have, or a code that is not one.
    const auto badDimension
        = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                   QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_by_sex_age"),
                   QStringLiteral("--cell"), QStringLiteral("scope=internal")});
    CHECK(badDimension.exitCode == 1);
    CHECK(badDimension.err.contains(QStringLiteral("no dimension scope")));
    const auto badCode
        = cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                   QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_by_sex_age"),
                   QStringLiteral("--cell"), QStringLiteral("sex=X")});
    CHECK(badCode.exitCode == 1);
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--year"),
                   QStringLiteral("2020"), QStringLiteral("--figure"), QStringLiteral("victims_identified"),
                   QStringLiteral("--cell"), QStringLiteral("sex=F")})
              .exitCode
          == 2);
}

TEST_CASE("reper-cli export ctdc and population", "[report][cli][international]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("bilant"))));
    const QString out = QDir(cli.dir()).filePath(QStringLiteral("ctdc.csv"));
    const auto r
        = cli.run({QStringLiteral("export"), QStringLiteral("ctdc"), QStringLiteral("--year"), QStringLiteral("2020"),
                   QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.bytes.startsWith("CTDC case file 2020 (national), k = 2."));
    CHECK(r.bytes.contains("Victims identified (victims_identified): 28;"));
    CHECK(readFile(out).startsWith("yearOfRegistration,Datasource,gender,ageBroad,majorityStatus"));
#ifndef _WIN32
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFile::permissions(out) & others) == 0);
#endif
    CHECK(cli.run({QStringLiteral("export"), QStringLiteral("ctdc"), QStringLiteral("--year"), QStringLiteral("2020"),
                   QStringLiteral("--k"), QStringLiteral("0"), QStringLiteral("--out"), out})
              .exitCode
          == 2);
    CHECK(cli.run({QStringLiteral("export"), QStringLiteral("ctdc"), QStringLiteral("--year"), QStringLiteral("2020")})
              .exitCode
          == 2);

    const auto set = cli.run({QStringLiteral("population"), QStringLiteral("set"), QStringLiteral("--year"),
                              QStringLiteral("2020"), QStringLiteral("--total"), QStringLiteral("19186201"),
                              QStringLiteral("--children"), QStringLiteral("3500000"), QStringLiteral("--adults"),
                              QStringLiteral("15686201"), QStringLiteral("--source"),
                              QStringLiteral("INS TEMPO POP105A, 1 January 2020")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const auto list = cli.run({QStringLiteral("population"), QStringLiteral("list")});
    CHECK(list.bytes.contains("2020  19186201  -  -  3500000  15686201  INS TEMPO POP105A, 1 January 2020  (admin,"));
    const auto wrongSum = cli.run({QStringLiteral("population"), QStringLiteral("set"), QStringLiteral("--year"),
                                   QStringLiteral("2021"), QStringLiteral("--total"), QStringLiteral("100"),
                                   QStringLiteral("--female"), QStringLiteral("60"), QStringLiteral("--male"),
                                   QStringLiteral("50"), QStringLiteral("--source"), QStringLiteral("x")});
    CHECK(wrongSum.exitCode == 1);
    CHECK(wrongSum.err.contains(QStringLiteral("add up to 110, not to the total 100")));
    CHECK(
        cli.run({QStringLiteral("population"), QStringLiteral("set"), QStringLiteral("--year"), QStringLiteral("2021"),
                 QStringLiteral("--total"), QStringLiteral("many"), QStringLiteral("--source"), QStringLiteral("x")})
            .exitCode
        == 2);
    // The rates now come out, for the children (whose population was given) and the total.
    const auto json = cli.run(international() + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = QJsonDocument::fromJson(json.bytes).object();
    int rates = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("sdg_16_2_2")).toArray())
        rates += v.toObject().value(QStringLiteral("per_100k")).isDouble() ? 1 : 0;
    CHECK(rates == 1 + 2 + 11); // the total, children and adults, every form
}

TEST_CASE("The international XLSX opened in LibreOffice: numbers are numbers", "[report][cli][international][xlsx]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice (libreoffice-calc-nogui, scripts/debian-packages.txt) is needed to open the workbook");
    REQUIRE_FALSE(soffice.isEmpty());
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("bilant"))));
    const QString xlsx = QDir(cli.dir()).filePath(QStringLiteral("international.xlsx"));
    const auto r
        = cli.run(international()
                  + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    REQUIRE(r.exitCode == 0);
    // As a user would open it: LibreOffice reads the workbook and saves it as a flat OpenDocument
    // spreadsheet, whose cells say what LibreOffice took them for.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), cli.dir()); // a profile of its own
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cli.dir());
    p.start(soffice,
            {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("fods"),
             QStringLiteral("--outdir"), cli.dir(), xlsx});
    REQUIRE(p.waitForFinished(240000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    const QString fods = QString::fromUtf8(readFile(QDir(cli.dir()).filePath(QStringLiteral("international.fods"))));
    REQUIRE_FALSE(fods.isEmpty());
    // Every table's sheet is there, and its counts are floats, never strings.
    for (const char* sheet : {"Sex și vârstă", "Cetățenie", "Forma principală", "Toate formele",
                              "Intern și transnațional", "Asistate", "Repatriate", "Proceduri penale", "ODD 16.2.2"}) {
        INFO(sheet);
        CHECK(fods.contains(QStringLiteral("table:name=\"%1\"").arg(QString::fromUtf8(sheet))));
    }
    const int floats = int(fods.count(QStringLiteral("office:value-type=\"float\"")));
    CHECK(floats > 150);
    // No count written as text: a string cell holding only digits would be one.
    const QRegularExpression digitsAsText(
        QStringLiteral("office:value-type=\"string\"[^>]*>\\s*<text:p>\\d[\\d.,]*</text:p>"));
    CHECK_FALSE(digitsAsText.match(fods).hasMatch());
}
