#include "OdtRenderer.h"

#include "report/ChartPainter.h"
#include "report/CountPhrase.h"
#include "report/OdtStyles.h"
#include "report/ZipWriter.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace reper {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kManifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

QString cm(double value) { return QStringLiteral("%1cm").arg(value, 0, 'f', 3); }

// The share of the width the label column takes, as TextDocumentBuilder gives it.
double firstColumnShare(int columns) { return columns == 2 ? 0.78 : columns == 3 ? 0.64 : columns <= 5 ? 0.40 : 0.17; }

struct Picture
{
    QString path; // Pictures/chart-1.png
    QByteArray png;
};

class ContentWriter
{
public:
    explicit ContentWriter(QByteArray* out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(false);
    }

    void write(const ReportDocument& d)
    {
        m_xml.writeStartDocument();
        for (const auto& [ns, prefix] : {std::pair{kOffice, "office"},
                                         {kStyle, "style"},
                                         {kText, "text"},
                                         {kTable, "table"},
                                         {kDraw, "draw"},
                                         {kFo, "fo"},
                                         {kSvg, "svg"},
                                         {kXlink, "xlink"}})
            m_xml.writeNamespace(ns, QString::fromLatin1(prefix));
        m_xml.writeStartElement(kOffice, QStringLiteral("document-content"));
        m_xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
        automaticStyles(d);
        m_xml.writeStartElement(kOffice, QStringLiteral("body"));
        m_xml.writeStartElement(kOffice, QStringLiteral("text"));
        paragraph(QStringLiteral("Title"), d.title);
        paragraph(QStringLiteral("Subtitle"), d.subtitle);
        paragraph(QStringLiteral("YearLine"), d.yearLine);
        for (const QString& p : d.paragraphs)
            paragraph(QStringLiteral("Body"), p);
        if (!d.backgroundHeading.isEmpty())
            paragraph(QStringLiteral("BackgroundHeading"), d.backgroundHeading);
        for (const QString& p : d.background)
            paragraph(QStringLiteral("Background"), p);
        int table = 0;
        for (int i = 0; i < d.sections.size(); ++i) {
            const ReportSection& s = d.sections[i];
            m_xml.writeStartElement(kText, QStringLiteral("h"));
            m_xml.writeAttribute(kText, QStringLiteral("style-name"),
                                 i == 0 ? QStringLiteral("SectionFirst") : QStringLiteral("Section"));
            m_xml.writeAttribute(kText, QStringLiteral("outline-level"), QStringLiteral("1"));
            m_xml.writeCharacters(s.heading);
            m_xml.writeEndElement();
            for (const QString& p : s.paragraphs)
                paragraph(QStringLiteral("SectionText"), p);
            for (const ReportChart& c : s.charts)
                chart(c);
            for (const ReportTable& t : s.tables)
                this->table(t, ++table);
        }
        m_xml.writeEndElement(); // text
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // document-content
        m_xml.writeEndDocument();
    }

    const QList<Picture>& pictures() const { return m_pictures; }

private:
    void paragraph(const QString& style, const QString& text)
    {
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), style);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }

    // Per table: its width and its columns'; per picture: how it sits in its line.
    void automaticStyles(const ReportDocument& d)
    {
        m_xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
        OdtStyles::writeCellStyles(m_xml);
        int n = 0;
        for (const ReportTable* t : d.allTables()) {
            ++n;
            const int columns = int(t->header.size());
            if (columns == 0)
                continue;
            m_xml.writeStartElement(kStyle, QStringLiteral("style"));
            m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Table%1").arg(n));
            m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table"));
            m_xml.writeEmptyElement(kStyle, QStringLiteral("table-properties"));
            m_xml.writeAttribute(kStyle, QStringLiteral("width"), cm(OdtStyles::kBodyWidthCm));
            m_xml.writeAttribute(kTable, QStringLiteral("align"), QStringLiteral("margins"));
            m_xml.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("9pt"));
            m_xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("2pt"));
            m_xml.writeAttribute(kTable, QStringLiteral("border-model"), QStringLiteral("collapsing"));
            m_xml.writeEndElement();
            const double first = firstColumnShare(columns);
            for (int c = 0; c < columns; ++c) {
                const double share = c == 0 ? first : (1 - first) / (columns - 1);
                m_xml.writeStartElement(kStyle, QStringLiteral("style"));
                m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Table%1.C%2").arg(n).arg(c));
                m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
                m_xml.writeEmptyElement(kStyle, QStringLiteral("table-column-properties"));
                m_xml.writeAttribute(kStyle, QStringLiteral("column-width"), cm(OdtStyles::kBodyWidthCm * share));
                m_xml.writeAttribute(kStyle, QStringLiteral("rel-width"),
                                     QStringLiteral("%1*").arg(qRound(share * 10000)));
                m_xml.writeEndElement();
            }
        }
        m_xml.writeStartElement(kStyle, QStringLiteral("style"));
        m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("ChartFrame"));
        m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("graphic"));
        m_xml.writeEmptyElement(kStyle, QStringLiteral("graphic-properties"));
        m_xml.writeAttribute(kStyle, QStringLiteral("vertical-pos"), QStringLiteral("top"));
        m_xml.writeAttribute(kStyle, QStringLiteral("vertical-rel"), QStringLiteral("baseline"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    // The chart as a picture as wide as the text; its figures, as words, are the picture's description.
    void chart(const ReportChart& c)
    {
        paragraph(QStringLiteral("ChartTitle"), c.title);
        const QString path = QStringLiteral("Pictures/chart-%1.png").arg(m_pictures.size() + 1);
        m_pictures << Picture{path, ChartPainter::png(c, 2.5)};
        const QSizeF size = ChartPainter::logicalSize(c);
        const double width = std::min(OdtStyles::kBodyWidthCm, size.width() * 2.54 / 96);
        const double height = width * size.height() / size.width();
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Chart"));
        m_xml.writeStartElement(kDraw, QStringLiteral("frame"));
        m_xml.writeAttribute(kDraw, QStringLiteral("style-name"), QStringLiteral("ChartFrame"));
        m_xml.writeAttribute(kDraw, QStringLiteral("name"), QStringLiteral("chart-%1").arg(m_pictures.size()));
        m_xml.writeAttribute(kText, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        m_xml.writeAttribute(kSvg, QStringLiteral("width"), cm(width));
        m_xml.writeAttribute(kSvg, QStringLiteral("height"), cm(height));
        m_xml.writeEmptyElement(kDraw, QStringLiteral("image"));
        m_xml.writeAttribute(kXlink, QStringLiteral("href"), path);
        m_xml.writeAttribute(kXlink, QStringLiteral("type"), QStringLiteral("simple"));
        m_xml.writeAttribute(kXlink, QStringLiteral("show"), QStringLiteral("embed"));
        m_xml.writeAttribute(kXlink, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        m_xml.writeTextElement(kSvg, QStringLiteral("title"), c.title);
        QStringList figures;
        for (int i = 0; i < c.labels.size(); ++i)
            figures << c.labels[i] + QStringLiteral(": ")
                    + (c.isHidden(i) ? c.marks.value(i) : CountPhrase::groupThousands(c.values.value(i)));
        m_xml.writeTextElement(kSvg, QStringLiteral("desc"), figures.join(QStringLiteral("; ")));
        m_xml.writeEndElement(); // frame
        m_xml.writeEndElement(); // p
    }

    void cell(const QString& cellStyle, const QString& paragraphStyle, const QString& text, int spanned = 1)
    {
        m_xml.writeStartElement(kTable, QStringLiteral("table-cell"));
        m_xml.writeAttribute(kTable, QStringLiteral("style-name"), cellStyle);
        m_xml.writeAttribute(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
        if (spanned > 1)
            m_xml.writeAttribute(kTable, QStringLiteral("number-columns-spanned"), QString::number(spanned));
        paragraph(paragraphStyle, text);
        m_xml.writeEndElement();
        for (int i = 1; i < spanned; ++i)
            m_xml.writeEmptyElement(kTable, QStringLiteral("covered-table-cell"));
    }

    // The title band and the column heads repeat on every page the table runs over, as in the PDF.
    void table(const ReportTable& t, int n)
    {
        const int columns = int(t.header.size());
        if (columns == 0)
            return;
        const QString small = columns > 5 ? QStringLiteral("Small") : QString();
        const auto numeric = [&](int c) {
            return c > 0 && !t.rows.isEmpty() && t.rows.first().value(c).kind != ReportCell::Kind::Label;
        };
        m_xml.writeStartElement(kTable, QStringLiteral("table"));
        m_xml.writeAttribute(kTable, QStringLiteral("name"), QStringLiteral("Tabel%1").arg(n));
        m_xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1").arg(n));
        for (int c = 0; c < columns; ++c) {
            m_xml.writeEmptyElement(kTable, QStringLiteral("table-column"));
            m_xml.writeAttribute(kTable, QStringLiteral("style-name"), QStringLiteral("Table%1.C%2").arg(n).arg(c));
        }
        m_xml.writeStartElement(kTable, QStringLiteral("table-header-rows"));
        m_xml.writeStartElement(kTable, QStringLiteral("table-row"));
        cell(QStringLiteral("CellTitle"), QStringLiteral("TableTitle") + small, t.title, columns);
        m_xml.writeEndElement();
        m_xml.writeStartElement(kTable, QStringLiteral("table-row"));
        for (int c = 0; c < columns; ++c)
            cell(QStringLiteral("CellHead"),
                 (numeric(c) ? QStringLiteral("TableHeadNumber") : QStringLiteral("TableHead")) + small, t.header[c]);
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // table-header-rows
        const int firstTotal = int(t.rows.size()) - t.totalRows;
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool total = r >= firstTotal;
            const QString fill = total
                ? (r == firstTotal ? QStringLiteral("CellTotalFirst") : QStringLiteral("CellTotal"))
                : r % 2 ? QStringLiteral("CellEven")
                        : QStringLiteral("CellOdd");
            m_xml.writeStartElement(kTable, QStringLiteral("table-row"));
            for (int c = 0; c < columns; ++c) {
                const ReportCell value = t.rows[r].value(c);
                const bool text = c == 0 || value.kind == ReportCell::Kind::Label;
                const QString style = value.kind == ReportCell::Kind::Hidden ? QStringLiteral("TableHidden")
                    : total ? (text ? QStringLiteral("TableTotalText") : QStringLiteral("TableTotalNumber"))
                            : (text ? QStringLiteral("TableText") : QStringLiteral("TableNumber"));
                cell(fill, style + small, value.text);
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // table
        for (const QString& note : t.notes)
            paragraph(QStringLiteral("Note"), note);
        if (t.notes.isEmpty())
            paragraph(QStringLiteral("AfterTable"), QString());
    }

    QXmlStreamWriter m_xml;
    QList<Picture> m_pictures;
};

QByteArray metaXml(const ReportDocument& d)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(kOffice, QStringLiteral("office"));
    xml.writeNamespace(kMeta, QStringLiteral("meta"));
    xml.writeNamespace(kDc, QStringLiteral("dc"));
    xml.writeStartElement(kOffice, QStringLiteral("document-meta"));
    xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(kOffice, QStringLiteral("meta"));
    xml.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("Reper/%1").arg(d.programVersion));
    xml.writeTextElement(kDc, QStringLiteral("title"), d.runningHeader);
    xml.writeTextElement(kDc, QStringLiteral("language"), QStringLiteral("ro-RO"));
    if (d.generatedAt.isValid())
        xml.writeTextElement(kMeta, QStringLiteral("creation-date"),
                             d.generatedAt.toUTC().toString(Qt::ISODate).chopped(1)); // no zone: ODF's dateTime
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml(const QList<Picture>& pictures)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeNamespace(kManifest, QStringLiteral("manifest"));
    xml.writeStartElement(kManifest, QStringLiteral("manifest"));
    xml.writeAttribute(kManifest, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto entry = [&](const QString& path, const QString& type) {
        xml.writeEmptyElement(kManifest, QStringLiteral("file-entry"));
        xml.writeAttribute(kManifest, QStringLiteral("full-path"), path);
        xml.writeAttribute(kManifest, QStringLiteral("media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const QString& part :
         {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml")})
        entry(part, QStringLiteral("text/xml"));
    for (const Picture& p : pictures)
        entry(p.path, QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

Result<QByteArray> renderOdt(const ReportDocument& d)
{
    QByteArray content;
    ContentWriter writer(&content);
    writer.write(d);
    for (const Picture& p : writer.pictures())
        if (p.png.isEmpty())
            return makeError(QCoreApplication::translate("OdtRenderer", "The ODT document could not be written."),
                             QStringLiteral("a chart could not be drawn"));
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false);
    zip.add(QStringLiteral("content.xml"), content);
    zip.add(QStringLiteral("styles.xml"), OdtStyles::stylesXml(d));
    zip.add(QStringLiteral("meta.xml"), metaXml(d));
    for (const Picture& p : writer.pictures())
        zip.add(p.path, p.png, false); // PNG is compressed already
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(writer.pictures()));
    return zip.finish();
}

} // namespace reper
