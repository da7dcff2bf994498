// The ODT (an OpenDocument text LibreOffice and Word open, with the charts as pictures) and the
// HTML page (self-contained: stylesheet and charts inlined).
#include "report/ChartPainter.h"
#include "report/DocumentBuilder.h"
#include "report/HtmlRenderer.h"
#include "report/OdtRenderer.h"
#include "report/ReportTables.h"
#include "report/ReportTestData.h"
#include "report/ZipReader.h"

#include <QImage>
#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

ReportDocument document()
{
    ReportOptions o;
    o.generatedAt = QDateTime(QDate(2019, 2, 14), QTime(10, 30), Qt::UTC);
    o.programVersion = QStringLiteral("9.9.9");
    return DocumentBuilder(o).build(test::documentData2018());
}

// Share of pixels that are not white.
double inked(const QImage& image)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 240 ? 1 : 0;
    return double(n) / double(image.width() * image.height());
}

} // namespace

TEST_CASE("ODT: an OpenDocument text with the narrative, the tables and the charts", "[report][odt]")
{
    const ReportDocument doc = document();
    const auto odt = renderOdt(doc);
    REQUIRE(odt);
    CHECK(odt->startsWith("PK\x03\x04\x14\x00\x00\x08\x00\x00")); // stored, no extra field: ODF's rule
    CHECK(odt->mid(30, 8) == "mimetype");
    const auto zip = test::readZip(*odt);
    CHECK(zip.value(QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
    CHECK(zip.value(QStringLiteral("META-INF/manifest.xml")).contains("Pictures/chart-4.png"));
    const QString content = QString::fromUtf8(zip.value(QStringLiteral("content.xml")));
    const QString styles = QString::fromUtf8(zip.value(QStringLiteral("styles.xml")));
    REQUIRE_FALSE(content.isEmpty());
    CHECK(content.contains(s("BILANȚ 2018")));
    CHECK(content.contains(s("peste 1.900 de activități informativ-preventive")));
    CHECK(content.contains(s("aproximativ 3.300 de specialiști")));
    CHECK(content.count(QStringLiteral("<table:table ")) == doc.allTables().size());
    CHECK(content.contains(QStringLiteral(">121.377<")));
    // Each table's title on the band the PDF draws, repeated with the column heads on a new page.
    CHECK(content.contains(
        QStringLiteral("style:name=\"CellTitle\" style:family=\"table-cell\"><style:table-cell-properties "
                       "fo:background-color=\"#2f5d8a\"")));
    for (const ReportTable* t : doc.allTables())
        CHECK(content.contains(
            QStringLiteral("<table:table-header-rows><table:table-row><table:table-cell "
                           "table:style-name=\"CellTitle\" office:value-type=\"string\" "
                           "table:number-columns-spanned=\"%1\"><text:p text:style-name=\"TableTitle%2\">%3<")
                .arg(t->header.size())
                .arg(t->header.size() > 5 ? QStringLiteral("Small") : QString())
                .arg(t->title.toHtmlEscaped())));
    // The marking and the generation line are the page's header and footer, as in the PDF.
    CHECK(styles.contains(s("<style:header><text:p text:style-name=\"PageHeader\">Bilanț 2018 – național<text:tab/>"
                            "<text:span text:style-name=\"Marking\">CONFIDENȚIAL – UZ INTERN</text:span>")));
    CHECK(styles.contains(s("Generat la 14.02.2019 10:30 UTC")));
    CHECK(styles.contains(QStringLiteral("<text:page-count>")));
    // A chart's figures are its picture's description (what a screen reader says).
    CHECK(content.contains(QStringLiteral("<svg:desc>")));
    int pictures = 0;
    for (const QString& name : zip.keys()) {
        if (!name.startsWith(QStringLiteral("Pictures/")))
            continue;
        ++pictures;
        const QImage image = QImage::fromData(zip.value(name));
        REQUIRE_FALSE(image.isNull());
        CHECK(inked(image) > 0.01);
    }
    CHECK(pictures == 4);
}

TEST_CASE("HTML: one page with its stylesheet and charts inlined", "[report][html]")
{
    const ReportDocument doc = document();
    const QString html = QString::fromUtf8(renderHtml(doc));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"ro\">")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(html.contains(QStringLiteral("border-collapse: collapse"))); // the stylesheet from the resource
    CHECK(html.contains(s("<h1>BILANȚ 2018</h1>")));
    CHECK(html.contains(s("<div class=\"marking internal\">CONFIDENȚIAL – uz intern</div>")));
    CHECK(html.contains(s("<td>Persoane la care au ajuns mesajele preventive</td><td class=\"num\">121.377</td>")));
    CHECK(html.contains(QStringLiteral("<tfoot>")));
    CHECK(html.count(QStringLiteral("<table ")) == doc.allTables().size());
    CHECK(html.contains(QStringLiteral("</html>\n")));
    static const QRegularExpression image(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    int images = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QImage png = QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
        REQUIRE_FALSE(png.isNull());
        CHECK(inked(png) > 0.01);
        ++images;
    }
    CHECK(images == 4);
    // Text is escaped.
    CHECK_FALSE(html.contains(QStringLiteral("<td>Campanii/proiecte de prevenire <")));
}

TEST_CASE("Charts: bars for every value, a mark without a bar for a hidden one", "[report][chart]")
{
    ReportChart c;
    c.shape = ReportChart::Shape::Columns;
    c.labels = QStringList{QStringLiteral("ian"), QStringLiteral("feb")};
    c.values = {10, 3};
    c.marks = QStringList{QString(), QString()};
    const QImage shown = ChartPainter::image(c, 1);
    c.marks = QStringList{QString(), QStringLiteral("<5")};
    const QImage hidden = ChartPainter::image(c, 1);
    CHECK(shown.size() == hidden.size());
    CHECK(inked(shown) > inked(hidden)); // the hidden value has no bar
    c.shape = ReportChart::Shape::Bars;
    CHECK(ChartPainter::logicalSize(c).height()
          < ChartPainter::logicalSize(
                ReportTables::centreChart(test::documentData2018().centres + test::documentData2018().centres, false))
                .height());
}

TEST_CASE("Charts: the PNG has a palette of the chart's colours and looks like the painted chart", "[report][chart]")
{
    ReportChart c = ReportTables::centreChart(test::documentData2018().centres, false);
    c.marks[1] = QStringLiteral("<5");
    for (const qreal scale : {2.0, 2.5}) {
        const QImage painted = ChartPainter::image(c, scale);
        QImage decoded;
        REQUIRE(decoded.loadFromData(ChartPainter::png(c, scale), "PNG"));
        CHECK(decoded.format() == QImage::Format_Indexed8);
        CHECK(decoded.colorCount() <= 256);
        REQUIRE(decoded.size() == painted.size());
        int worst = 0;
        qint64 total = 0;
        qint64 exact = 0;
        for (int y = 0; y < painted.height(); ++y) {
            for (int x = 0; x < painted.width(); ++x) {
                const QRgb a = painted.pixel(x, y);
                const QRgb b = decoded.pixel(x, y);
                const int d = std::max(
                    {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                worst = std::max(worst, d);
                total += d;
                exact += d == 0 ? 1 : 0;
            }
        }
        const double pixels = double(painted.width()) * painted.height();
        CAPTURE(scale, worst, total / pixels);
        CHECK(total / pixels < 0.25); // a fraction of one shade on average
        CHECK(worst <= 32); // where two inks meet, the nearest shade of either
        CHECK(exact / pixels > 0.97); // the bars, the letters' cores and the white are exact
        CHECK(inked(decoded) == Approx(inked(painted)).epsilon(0.01));
    }
}
