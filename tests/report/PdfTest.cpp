// The PDF: A4, fonts embedded, the figures and Romanian diacritics extractable (pdftotext), page
// header and footer, and a first page that is not blank (pdftoppm). Skipped without poppler-utils.
#include "report/DocumentBuilder.h"
#include "report/PdfRenderer.h"
#include "report/ReportTestData.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

// Runs a poppler tool; its standard output, or nothing when the tool is missing or fails.
std::optional<QByteArray> poppler(const QString& tool, const QStringList& args)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}

ReportDocument document(Edition edition = Edition::Internal)
{
    ReportOptions o;
    o.edition = edition;
    o.generatedAt = QDateTime(QDate(2019, 2, 14), QTime(10, 30), Qt::UTC);
    o.programVersion = QStringLiteral("9.9.9");
    return DocumentBuilder(o).build(test::documentData2018());
}

QString writePdf(const QTemporaryDir& dir, const QByteArray& pdf)
{
    const QString path = dir.filePath(QStringLiteral("bilant.pdf"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(pdf);
    return path;
}

} // namespace

TEST_CASE("PDF: the figures and the diacritics can be read back", "[report][pdf]")
{
    const ReportDocument doc = document();
    const QByteArray pdf = renderPdf(doc);
    REQUIRE(pdf.startsWith("%PDF-"));
    QTemporaryDir dir;
    const QString path = writePdf(dir, pdf);
    const auto text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text) {
        WARN("pdftotext (poppler-utils) not found: the PDF's text is not checked");
        return;
    }
    const QString t = QString::fromUtf8(*text);
    for (const QString& phrase : test::phrases2018()) {
        INFO(phrase.toStdString());
        CHECK(test::containsPhrase(t, phrase));
    }
    // Comma-below letters come back as such (ș U+0219, ț U+021B), not as cedillas.
    CHECK(t.contains(s("BILANȚ 2018")));
    CHECK(t.contains(s("Astăzi, 14.02.2019")));
    CHECK(t.contains(s("Întâlniri ale echipelor interinstituționale antitrafic județene")));
    CHECK(t.contains(s("specialiști")));
    CHECK_FALSE(t.contains(QRegularExpression(QStringLiteral("[şţ]"))));
    // Tables with the exact figures.
    CHECK(t.contains(QRegularExpression(s("Persoane la care au ajuns mesajele preventive +121\\.377"))));
    CHECK(t.contains(QRegularExpression(s("Specialiști care au beneficiat de instruire +3\\.288"))));
    // Header and footer on the pages.
    CHECK(t.count(s("Bilanț 2018 – național")) >= 3);
    CHECK(t.count(s("CONFIDENȚIAL – UZ INTERN")) >= 3);
    CHECK(t.contains(QRegularExpression(QStringLiteral("Pagina 1 din \\d+"))));
    CHECK(t.contains(s("Generat la 14.02.2019 10:30 UTC · Reper 9.9.9 · cifre ") + doc.figuresHash.left(12)));

    const auto info = poppler(QStringLiteral("pdfinfo"), {path});
    if (info)
        CHECK(info->contains("(A4)"));
    const auto fonts = poppler(QStringLiteral("pdffonts"), {path});
    if (fonts) {
        const QStringList lines = QString::fromLatin1(*fonts).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        REQUIRE_FALSE(lines.isEmpty());
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(line.contains(QRegularExpression(QStringLiteral("\\byes\\b")))); // embedded
        }
    }
}

TEST_CASE("PDF: the first page is drawn, not blank", "[report][pdf]")
{
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPdf(document()));
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const auto done = poppler(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                               QStringLiteral("-singlefile"), path, prefix});
    if (!done) {
        WARN("pdftoppm (poppler-utils) not found: the page is not rendered");
        return;
    }
    const QImage page(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    // A4 at 40 dpi: 331 × 468 pixels.
    CHECK(std::abs(page.width() - 331) <= 2);
    CHECK(std::abs(page.height() - 468) <= 2);
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
    const double share = double(dark) / double(page.width() * page.height());
    INFO("dark share " << share);
    CHECK(share > 0.02); // a page of text
    CHECK(share < 0.5); // and not a black page
}

TEST_CASE("PDF: the public edition shows the marks, not the small values", "[report][pdf]")
{
    BilantReportData d = test::documentData2018();
    d.figures.breakdowns[QStringLiteral("sex")]
        = {{QStringLiteral("F"), 494}, {QStringLiteral("M"), 2}, {QStringLiteral("U"), 1}};
    ReportOptions o;
    o.edition = Edition::Public;
    QTemporaryDir dir;
    const QString path = writePdf(dir, renderPdf(DocumentBuilder(o).build(d)));
    const auto text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text) {
        WARN("pdftotext (poppler-utils) not found");
        return;
    }
    const QString t = QString::fromUtf8(*text);
    CHECK(t.contains(QRegularExpression(QStringLiteral("masculin +<5"))));
    CHECK(t.contains(QRegularExpression(QStringLiteral("nespecificat +<5"))));
    CHECK(t.contains(s("EDIȚIE PUBLICĂ")));
    CHECK_FALSE(t.contains(s("CONFIDENȚIAL")));
}
