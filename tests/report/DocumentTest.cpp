// The bilanț document and the renderers without fonts: the tables of the issue (figures, the year
// before, centres, breakdowns, months), the edition's marking and footer, CSV, JSON of each
// edition, and the canonical figures and their hash.
#include "report/CsvRenderer.h"
#include "report/DocumentBuilder.h"
#include "report/FiguresCodec.h"
#include "report/JsonRenderer.h"
#include "report/ReportTestData.h"
#include "report/TextRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

BilantReportData sampleData()
{
    BilantReportData d;
    d.figures = test::figures2018();
    d.figures.identifiedByMonth = {40, 41, 42, 43, 44, 45, 41, 40, 40, 40, 40, 41};
    d.previous = test::figures2018();
    d.previous->year = 2017;
    d.previous->victimsIdentified = 450;
    d.previous->preventionActivities = 2000;
    for (const auto& [code, identified, activities] :
         std::vector<std::tuple<const char*, qint64, qint64>>{{"CR-B", 300, 1000}, {"CR-BV", 199, 912}}) {
        BilantFigures c;
        c.year = 2018;
        c.scope = Scope::ofCenter(QLatin1String(code));
        c.victimsIdentified = identified;
        c.preventionActivities = activities;
        d.centres << c;
    }
    return d;
}

ReportOptions options(Edition edition = Edition::Internal)
{
    ReportOptions o;
    o.edition = edition;
    o.generatedAt = QDateTime(QDate(2019, 2, 14), QTime(10, 30), Qt::UTC);
    o.programVersion = QStringLiteral("9.9.9");
    return o;
}

const ReportTable* table(const ReportDocument& d, const QString& id)
{
    for (const ReportTable* t : d.allTables()) {
        if (t->id == id)
            return t;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Document: the narrative with its date line, then the tables of the issue", "[report][document]")
{
    const ReportDocument d = DocumentBuilder(options()).build(sampleData());
    CHECK(d.marking == s("CONFIDENȚIAL – uz intern"));
    CHECK(d.title == s("BILANȚ 2018"));
    REQUIRE_FALSE(d.paragraphs.isEmpty());
    CHECK(d.paragraphs.first().startsWith(s("Astăzi, 14.02.2019, a avut loc evaluarea")));
    CHECK(d.runningHeader == s("Bilanț 2018 – național"));
    CHECK(d.footer.startsWith(s("Generat la 14.02.2019 10:30 UTC · Reper 9.9.9 · cifre ")));
    CHECK(d.footer.endsWith(d.figuresHash.left(12)));

    const ReportTable* figures = table(d, QStringLiteral("figures"));
    REQUIRE(figures);
    CHECK(figures->rows.size() == 15); // the thirteen, online reach, victims identified

    const ReportTable* comparison = table(d, QStringLiteral("comparison"));
    REQUIRE(comparison);
    CHECK(comparison->header
          == QStringList{QStringLiteral("Indicator"), QStringLiteral("2018"), QStringLiteral("2017"), s("Diferență"),
                         s("Variație")});
    const auto identified = std::find_if(comparison->rows.begin(), comparison->rows.end(),
                                         [](const auto& r) { return r[0].text == s("Victime identificate"); });
    REQUIRE(identified != comparison->rows.end());
    CHECK((*identified)[1].text == QStringLiteral("497"));
    CHECK((*identified)[2].text == QStringLiteral("450"));
    CHECK((*identified)[3].text == QStringLiteral("+47"));
    CHECK((*identified)[4].text == QStringLiteral("+10,4%"));
    const auto activities = std::find_if(comparison->rows.begin(), comparison->rows.end(), [](const auto& r) {
        return r[0].text == s("Activități informativ-preventive");
    });
    REQUIRE(activities != comparison->rows.end());
    CHECK((*activities)[3].text == s("−88"));
    CHECK((*activities)[4].text == s("−4,4%"));

    const ReportTable* centres = table(d, QStringLiteral("centres.victims"));
    REQUIRE(centres);
    REQUIRE(centres->rows.size() == 3);
    CHECK(centres->rows[0][0].text == s("Brașov")); // by seat, Romanian order
    CHECK(centres->rows[1][0].text == s("București"));
    CHECK(centres->rows[2][0].text == s("Total național"));
    CHECK(centres->rows[2][1].text == QStringLiteral("497"));
    CHECK(centres->notes.join(QString()).contains(s("nu este suma centrelor")));
    CHECK(table(d, QStringLiteral("centres.prevention")));
    CHECK(table(d, QStringLiteral("centres.cooperation")));

    const ReportTable* months = table(d, QStringLiteral("months"));
    REQUIRE(months);
    CHECK(months->rows.size() == 13);
    CHECK(months->rows[0][0].text == QStringLiteral("ianuarie"));
    CHECK(months->rows[12][1].text == QStringLiteral("497"));
    for (const char* name :
         {"sex", "age_group", "minor_adult", "primary_exploitation", "scope", "county", "exploitation_country"})
        CHECK(table(d, QStringLiteral("breakdown.") + QLatin1String(name)));

    QStringList charts;
    for (const ReportSection& section : d.sections)
        for (const ReportChart& c : section.charts)
            charts << c.id;
    CHECK(charts
          == QStringList{QStringLiteral("chart.months"), QStringLiteral("chart.exploitation"),
                         QStringLiteral("chart.centres.activities"), QStringLiteral("chart.centres.persons")});
}

TEST_CASE("Document: a centre's document has no centre tables — the public edition is marked", "[report][document]")
{
    BilantReportData d = sampleData();
    d.figures.scope = Scope::ofCenter(QStringLiteral("CR-BV"));
    d.centres.clear();
    const ReportDocument centre = DocumentBuilder(options()).build(d);
    CHECK_FALSE(table(centre, QStringLiteral("centres.victims")));
    CHECK(centre.paragraphs.first().contains(s("Centrului Regional Brașov")));
    const ReportDocument pub = DocumentBuilder(options(Edition::Public)).build(sampleData());
    CHECK(pub.marking.startsWith(s("Ediție publică")));
    CHECK(pub.edition == QStringLiteral("public"));
}

TEST_CASE("CSV: a document block, then one table after another", "[report][csv]")
{
    const QByteArray csv = renderCsv(DocumentBuilder(options()).build(sampleData()));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QLatin1Char('\n'));
    CHECK(lines[0].startsWith(s("BILANȚ 2018,")));
    CHECK(lines.contains(s("Cifrele bilanțului 2018 – național")));
    CHECK(lines.contains(s("Activități informativ-preventive,1912"))); // no thousands dot: a number
    CHECK(lines.contains(s("Persoane la care au ajuns mesajele preventive,121377")));
    CHECK(lines.contains(s("feminin,378,76.1")));
    CHECK(lines.contains(s("Victime identificate,497,450,47,10.4")));
    // Tables are separated by one empty line, each starting with its title.
    const int at = int(lines.indexOf(s("Alte cifre")));
    REQUIRE(at > 0);
    CHECK(lines[at - 1].isEmpty());
    CHECK(lines[at + 1] == s("Indicator,Număr"));
    // A cell with a comma is quoted.
    CHECK(csv.contains("\n\"* Victime distincte: o victimă în evidența mai multor centre regionale"));
}

TEST_CASE("CSV: a cell a spreadsheet would run as a formula is written as text", "[report][csv]")
{
    ReportDocument doc = DocumentBuilder(options()).build(sampleData());
    ReportTable* t = const_cast<ReportTable*>(doc.allTables().first());
    t->notes << QStringLiteral("=HYPERLINK(\"http://example.invalid\")") << QStringLiteral("@SUM(A1)")
             << QStringLiteral("two\nlines");
    t->rows.first().first().text = QStringLiteral("-1+1");
    const QByteArray csv = renderCsv(doc);
    CHECK(csv.contains("\n\"'=HYPERLINK(\"\"http://example.invalid\"\")\"\n"));
    CHECK(csv.contains("\n'@SUM(A1)\n"));
    CHECK(csv.contains("\n\"two\nlines\"\n"));
    CHECK(csv.contains("\n'-1+1,"));
}

TEST_CASE("CSV and JSON of the public edition hide the same cells", "[report][csv][json]")
{
    BilantReportData d = sampleData();
    d.figures.breakdowns[QStringLiteral("sex")]
        = {{QStringLiteral("F"), 494}, {QStringLiteral("M"), 2}, {QStringLiteral("U"), 1}};
    const QByteArray csv = renderCsv(DocumentBuilder(options(Edition::Public)).build(d));
    CHECK(csv.contains("masculin,<5,x"));
    CHECK(csv.contains("nespecificat,<5,x"));
    // M + U = 3 leaves each of them 1 or 2: nothing more needs hiding.
    CHECK(csv.contains("feminin,494,99.4"));
    CHECK(csv.contains("Total,497,100.0"));

    const QJsonObject json = QJsonDocument::fromJson(renderJson(d, options(Edition::Public))).object();
    const QJsonObject sex = json.value(QStringLiteral("breakdowns")).toObject().value(QStringLiteral("sex")).toObject();
    CHECK(sex.value(QStringLiteral("M")).isNull());
    CHECK(sex.value(QStringLiteral("U")).isNull());
    CHECK(sex.value(QStringLiteral("F")).toInt() == 494);
    CHECK(json.value(QStringLiteral("victims_identified")).toInt() == 497); // headline exact
    const QJsonObject report = json.value(QStringLiteral("_report")).toObject();
    CHECK(report.value(QStringLiteral("edition")).toString() == QStringLiteral("public"));
    CHECK(report.value(QStringLiteral("threshold")).toInt() == 4);
    CHECK(report.value(QStringLiteral("identified_by_month")).toArray().size() == 12);

    const QJsonObject internal = QJsonDocument::fromJson(renderJson(d, options())).object();
    CHECK(internal.value(QStringLiteral("breakdowns"))
              .toObject()
              .value(QStringLiteral("sex"))
              .toObject()
              .value(QStringLiteral("M"))
              .toInt()
          == 2);
}

TEST_CASE("Figures: canonical JSON round trip, and the hash changes with any figure", "[report][codec]")
{
    const BilantReportData d = sampleData();
    const QByteArray json = FiguresCodec::canonicalJson(d);
    CHECK_FALSE(json.contains(' ')); // compact
    const auto back = FiguresCodec::fromJson(json);
    REQUIRE(back);
    CHECK(FiguresCodec::canonicalJson(*back) == json);
    CHECK(back->figures.victimsIdentified == 497);
    CHECK(back->figures.identifiedByMonth[5] == 45);
    CHECK(back->previous->year == 2017);
    CHECK(back->centres.size() == 2);
    CHECK(back->figures.breakdowns.value(QStringLiteral("sex")).value(QStringLiteral("F")) == 378);
    CHECK(FiguresCodec::contentHash(d).size() == 64);
    BilantReportData changed = d;
    changed.centres[1].victimsIdentified += 1;
    CHECK(FiguresCodec::contentHash(changed) != FiguresCodec::contentHash(d));
    CHECK_FALSE(FiguresCodec::fromJson("{\"format\":\"other\"}"));
}

TEST_CASE("Revised edition: each changed figure with its frozen and current value", "[report][document]")
{
    BilantReportData d = sampleData();
    d.closure = BilantClosure{QStringLiteral("2019-02-01 09:00:00"), QStringLiteral("ana"), QStringLiteral("1"),
                              FiguresCodec::contentHash(d), false};
    d.frozen = true;
    d.currentFigures = d.figures;
    d.currentFigures->victimsIdentified = 499;
    d.currentFigures->breakdowns[QStringLiteral("sex")][QStringLiteral("F")] = 380;
    d.currentCentres = d.centres;
    d.changedSinceClosure << ChangedRecord{QStringLiteral("identification"), 42,
                                           QStringLiteral("RV-T00042"),      QStringLiteral("2018-05-01"),
                                           QStringLiteral("CR-B"),           QStringLiteral("2019-03-01 10:00:00")};
    const ReportDocument doc = DocumentBuilder(options(Edition::Revised)).build(d);
    CHECK(doc.marking.contains(s("revizuită")));
    const ReportTable* revisions = table(doc, QStringLiteral("revisions"));
    REQUIRE(revisions);
    REQUIRE(revisions->rows.size() == 2);
    CHECK(revisions->rows[0][0].text == s("Victime identificate"));
    CHECK(revisions->rows[0][1].text == QStringLiteral("497"));
    CHECK(revisions->rows[0][2].text == QStringLiteral("499"));
    CHECK(revisions->rows[0][3].text == QStringLiteral("+2"));
    CHECK(revisions->rows[1][0].text.endsWith(s("după sex: feminin")));
    const ReportTable* changed = table(doc, QStringLiteral("changed_records"));
    REQUIRE(changed);
    REQUIRE(changed->rows.size() == 1);
    CHECK(changed->rows[0][2].text == QStringLiteral("RV-T00042"));
    // The document shows today's figures.
    CHECK(table(doc, QStringLiteral("figures"))->rows.last()[1].text == QStringLiteral("499"));
    const QString text = renderText(doc);
    CHECK(text.contains(s("a fost închis la 01.02.2019 09:00 UTC de ana")));
}
