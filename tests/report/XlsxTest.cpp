// The XLSX workbook read back: one sheet per table, counts and percentages stored as numbers, the
// public edition's hidden cells as text, Romanian text intact.
#include "report/DocumentBuilder.h"
#include "report/ReportTestData.h"
#include "report/XlsxRenderer.h"
#include "report/ZipReader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

struct Cell
{
    QString type; // "n" (number, the default), "s" (shared string), "str", …
    QString value;
};

// sheet XML -> "B4" -> cell
QMap<QString, Cell> cells(const QByteArray& xml)
{
    QMap<QString, Cell> out;
    QXmlStreamReader r(xml);
    QString ref;
    Cell cell;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QStringLiteral("r")).toString();
            cell = {r.attributes().value(QStringLiteral("t")).toString(), {}};
        } else if (r.isStartElement() && r.name() == QLatin1String("v")) {
            cell.value = r.readElementText();
            out.insert(ref, cell);
        }
    }
    return out;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("t"))
            out << r.readElementText();
    }
    return out;
}

// sheet name -> its XML file in the archive, from workbook.xml and its relationships
QMap<QString, QString> sheetFiles(const QMap<QString, QByteArray>& zip)
{
    QMap<QString, QString> rels;
    QXmlStreamReader r(zip.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("Relationship"))
            rels.insert(r.attributes().value(QStringLiteral("Id")).toString(),
                        QStringLiteral("xl/") + r.attributes().value(QStringLiteral("Target")).toString());
    }
    QMap<QString, QString> out;
    QXmlStreamReader w(zip.value(QStringLiteral("xl/workbook.xml")));
    while (!w.atEnd()) {
        w.readNext();
        if (w.isStartElement() && w.name() == QLatin1String("sheet"))
            out.insert(w.attributes().value(QStringLiteral("name")).toString(),
                       rels.value(w.attributes().value(QStringLiteral("r:id")).toString()));
    }
    return out;
}

} // namespace

TEST_CASE("XLSX: one sheet per table, numbers stored as numbers", "[report][xlsx]")
{
    BilantReportData d;
    d.figures = test::figures2018();
    ReportOptions options;
    options.generatedAt = QDateTime(QDate(2019, 2, 14), QTime(10, 30), Qt::UTC);
    const ReportDocument doc = DocumentBuilder(options).build(d);
    const auto bytes = renderXlsx(doc);
    REQUIRE(bytes);
    REQUIRE(bytes->startsWith("PK"));
    const auto zip = test::readZip(*bytes);
    REQUIRE(zip.contains(QStringLiteral("xl/workbook.xml")));
    const QStringList strings = sharedStrings(zip.value(QStringLiteral("xl/sharedStrings.xml")));
    const auto sheets = sheetFiles(zip);
    CHECK(sheets.size() == 1 + doc.allTables().size());
    CHECK(sheets.contains(s("Bilanț 2018")));
    CHECK(sheets.contains(s("Cifrele bilanțului")));
    CHECK(sheets.contains(s("după sex")));
    for (const QString& name : sheets.keys())
        CHECK(name.size() <= 31);

    const auto figures = cells(zip.value(sheets.value(s("Cifrele bilanțului"))));
    // Row 4 is the first figure (title on 1, header on 3): its label is a string, its count a number.
    REQUIRE(figures.contains(QStringLiteral("A4")));
    CHECK(figures.value(QStringLiteral("A4")).type == QStringLiteral("s"));
    CHECK(strings.value(figures.value(QStringLiteral("A4")).value.toInt())
          == s("Victime a căror asistență a fost monitorizată *"));
    CHECK(figures.value(QStringLiteral("B4")).type.isEmpty()); // no t="s": a number
    CHECK(figures.value(QStringLiteral("B4")).value == QStringLiteral("410"));
    CHECK(figures.value(QStringLiteral("B9")).value == QStringLiteral("121377")); // persons reached, no dot

    const auto sex = cells(zip.value(sheets.value(s("după sex"))));
    CHECK(sex.value(QStringLiteral("B4")).type.isEmpty());
    CHECK(sex.value(QStringLiteral("B4")).value == QStringLiteral("378"));
    CHECK(sex.value(QStringLiteral("C4")).type.isEmpty());
    CHECK(sex.value(QStringLiteral("C4")).value.toDouble() == Approx(378.0 / 497.0));
    CHECK(zip.value(QStringLiteral("xl/styles.xml")).contains("0.0%"));
}

TEST_CASE("XLSX: the public edition's hidden cells are text", "[report][xlsx]")
{
    BilantReportData d;
    d.figures = test::figures2018();
    d.figures.breakdowns[QStringLiteral("sex")]
        = {{QStringLiteral("F"), 494}, {QStringLiteral("M"), 2}, {QStringLiteral("U"), 1}};
    ReportOptions options;
    options.edition = Edition::Public;
    const auto bytes = renderXlsx(DocumentBuilder(options).build(d));
    REQUIRE(bytes);
    const auto zip = test::readZip(*bytes);
    const QStringList strings = sharedStrings(zip.value(QStringLiteral("xl/sharedStrings.xml")));
    const auto sex = cells(zip.value(sheetFiles(zip).value(s("după sex"))));
    CHECK(sex.value(QStringLiteral("B5")).type == QStringLiteral("s"));
    CHECK(strings.value(sex.value(QStringLiteral("B5")).value.toInt()) == QStringLiteral("<5"));
    CHECK(sex.value(QStringLiteral("B7")).type.isEmpty()); // the total stays a number
    CHECK(sex.value(QStringLiteral("B7")).value == QStringLiteral("497"));
}
