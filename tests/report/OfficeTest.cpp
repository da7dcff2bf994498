// The ODT and the XLSX as a user sees them: LibreOffice (soffice --headless --convert-to pdf)
// opens each and prints it to PDF, and the pages are read back with poppler. Every table keeps its
// title, and in the ODT the title sits on the dark band the PDF draws (Qt's own ODF writer lost the
// band's fill: white titles on a white page, present in the text but invisible). A machine without
// LibreOffice fails here: libreoffice-writer-nogui and libreoffice-calc-nogui are in
// scripts/debian-packages.txt.
#include "report/DocumentBuilder.h"
#include "report/OdtRenderer.h"
#include "report/ReportTestData.h"
#include "report/XlsxRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

struct Word
{
    int page = 0;
    QRectF box; // in points, from the page's top left
    QString text;
};

QByteArray run(const QString& program, const QStringList& args, int timeoutMs = 60000)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " must be installed (scripts/debian-packages.txt)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess p;
    p.start(path, args);
    REQUIRE(p.waitForFinished(timeoutMs));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Both files printed by LibreOffice in one start (its first start takes most of the time), with a
// profile of its own so that parallel runs and the user's own LibreOffice do not meet.
void convertWithLibreOffice(const QTemporaryDir& dir, const QStringList& files)
{
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    run(QStringLiteral("soffice"),
        QStringList{QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                    QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path()}
            + files,
        300000);
}

QList<Word> words(const QString& pdf)
{
    const QByteArray xhtml = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QList<Word> out;
    QXmlStreamReader xml(xhtml);
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page"))
            ++page;
        else if (xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            const QPointF topLeft(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble());
            const QPointF bottomRight(a.value(QLatin1String("xMax")).toDouble(),
                                      a.value(QLatin1String("yMax")).toDouble());
            out << Word{page, QRectF(topLeft, bottomRight), xml.readElementText()};
        }
    }
    return out;
}

// Where `phrase` is printed (its words one after another on one page), from `from` on; -1 if nowhere.
int find(const QList<Word>& words, const QString& phrase, int from, QRectF* box = nullptr)
{
    const QStringList wanted = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = from; i + wanted.size() <= words.size(); ++i) {
        bool match = true;
        for (int k = 0; k < wanted.size() && match; ++k)
            match = words[i + k].text == wanted[k] && words[i + k].page == words[i].page;
        if (!match)
            continue;
        if (box) {
            *box = words[i].box;
            for (int k = 1; k < wanted.size(); ++k)
                *box = box->united(words[i + k].box);
        }
        return i;
    }
    return -1;
}

// The page as an image at 72 dpi, so that a pixel is a point.
QImage page(const QTemporaryDir& dir, const QString& pdf, int number)
{
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
         QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"), QString::number(number), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

// The mean colour of a rectangle of the image.
QColor meanColour(const QImage& image, const QRectF& box)
{
    const QRect r = box.toAlignedRect().intersected(image.rect());
    double red = 0, green = 0, blue = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.redF();
            green += c.greenF();
            blue += c.blueF();
        }
    const double n = std::max(1, r.width() * r.height());
    return QColor::fromRgbF(float(red / n), float(green / n), float(blue / n));
}

ReportDocument document()
{
    ReportOptions o;
    o.generatedAt = QDateTime(QDate(2019, 2, 14), QTime(10, 30), Qt::UTC);
    o.programVersion = QStringLiteral("9.9.9");
    return DocumentBuilder(o).build(test::documentData2018());
}

} // namespace

TEST_CASE("LibreOffice prints the ODT and the XLSX with every table's title", "[report][odt][xlsx][office]")
{
    const ReportDocument doc = document();
    QTemporaryDir dir;
    const auto odt = renderOdt(doc);
    const auto xlsx = renderXlsx(doc);
    REQUIRE(odt);
    REQUIRE(xlsx);
    write(dir.filePath(QStringLiteral("document.odt")), *odt);
    write(dir.filePath(QStringLiteral("workbook.xlsx")), *xlsx);
    convertWithLibreOffice(
        dir, {dir.filePath(QStringLiteral("document.odt")), dir.filePath(QStringLiteral("workbook.xlsx"))});

    // The ODT: each title on its dark band, in order; the page header and footer.
    const QString odtPdf = dir.filePath(QStringLiteral("document.pdf"));
    const QList<Word> printed = words(odtPdf);
    int at = 0;
    for (const ReportTable* t : doc.allTables()) {
        QRectF box;
        INFO("ODT table " << t->title.toStdString());
        at = find(printed, t->title, at, &box);
        REQUIRE(at >= 0);
        const QColor band = meanColour(page(dir, odtPdf, printed[at].page), box);
        INFO("the title's mean colour " << band.name().toStdString());
        CHECK(band.lightnessF() < 0.55); // a dark band under light letters, not white on white
        CHECK(band.blueF() > band.redF());
    }
    CHECK(find(printed, QString::fromUtf8("CONFIDENȚIAL – UZ INTERN"), 0) >= 0); // the page header
    CHECK(find(printed, QStringLiteral("Pagina 1 din"), 0) >= 0); // the page footer
    CHECK(find(printed, QStringLiteral("Generat la 14.02.2019 10:30 UTC"), 0) >= 0);

    // The XLSX: a sheet per table, each with its title, the marking in the page header.
    const QList<Word> sheets = words(dir.filePath(QStringLiteral("workbook.pdf")));
    for (const ReportTable* t : doc.allTables()) {
        INFO("XLSX table " << t->title.toStdString());
        CHECK(find(sheets, t->title, 0) >= 0);
    }
    CHECK(find(sheets, QString::fromUtf8("CONFIDENȚIAL – UZ INTERN"), 0) >= 0);
}
