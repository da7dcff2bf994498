#include "OdtStyles.h"

#include <QXmlStreamWriter>
#include <functional>

namespace reper::OdtStyles {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

// The colours of TextDocumentBuilder (the PDF).
const QString kInk = QStringLiteral("#22262b");
const QString kNavy = QStringLiteral("#1f3f60");
const QString kBand = QStringLiteral("#2f5d8a");
const QString kHeaderFill = QStringLiteral("#e3e9f0");
const QString kStripe = QStringLiteral("#f6f8fa");
const QString kTotalFill = QStringLiteral("#edf0f3");
const QString kRule = QStringLiteral("#a9b2bc");
const QString kMuted = QStringLiteral("#555c63");
const QString kConfidential = QStringLiteral("#8b1e1e");

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("DejaVu Serif");

// Lengths of TextDocumentBuilder are CSS pixels (96 per inch).
QString px(double pixels) { return QStringLiteral("%1pt").arg(pixels * 0.75, 0, 'f', 2); }
QString pt(double points) { return QStringLiteral("%1pt").arg(points, 0, 'f', 2); }

// Writer applies a cell's style only when it is an automatic style of content.xml.
void cellStyle(QXmlStreamWriter& xml, const QString& name, const QString& fill, bool heavyTop = false)
{
    xml.writeStartElement(kStyle, QStringLiteral("style"));
    xml.writeAttribute(kStyle, QStringLiteral("name"), name);
    xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(kStyle, QStringLiteral("table-cell-properties"));
    xml.writeAttribute(kFo, QStringLiteral("background-color"), fill);
    xml.writeAttribute(kFo, QStringLiteral("border"), QStringLiteral("0.5pt solid ") + kRule);
    if (heavyTop)
        xml.writeAttribute(kFo, QStringLiteral("border-top"), QStringLiteral("1.1pt solid #6b727b"));
    xml.writeAttribute(kFo, QStringLiteral("padding-left"), px(4.5));
    xml.writeAttribute(kFo, QStringLiteral("padding-right"), px(4.5));
    xml.writeAttribute(kFo, QStringLiteral("padding-top"), px(2.2));
    xml.writeAttribute(kFo, QStringLiteral("padding-bottom"), px(2.2));
    xml.writeAttribute(kStyle, QStringLiteral("vertical-align"), QStringLiteral("middle"));
    xml.writeEndElement();
}

struct Paragraph
{
    QString name;
    QString display;
    QString family = kSerif;
    double size = 10.5;
    bool bold = false;
    bool italic = false;
    QString colour = kInk;
    QString align = QStringLiteral("start");
    double top = 0; // px
    double bottom = 0; // px
};

class Writer
{
public:
    explicit Writer(QByteArray* out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(false);
    }

    void paragraphStyle(const Paragraph& p, const std::function<void()>& more = {})
    {
        m_xml.writeStartElement(kStyle, QStringLiteral("style"));
        m_xml.writeAttribute(kStyle, QStringLiteral("name"), p.name);
        m_xml.writeAttribute(kStyle, QStringLiteral("display-name"), p.display);
        m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        m_xml.writeStartElement(kStyle, QStringLiteral("paragraph-properties"));
        m_xml.writeAttribute(kFo, QStringLiteral("text-align"), p.align);
        m_xml.writeAttribute(kFo, QStringLiteral("margin-top"), px(p.top));
        m_xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), px(p.bottom));
        if (more)
            more();
        m_xml.writeEndElement();
        textProperties(p.family, p.size, p.bold, p.italic, p.colour);
        m_xml.writeEndElement();
    }

    void textProperties(const QString& family, double size, bool bold, bool italic, const QString& colour)
    {
        m_xml.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        m_xml.writeAttribute(kStyle, QStringLiteral("font-name"), family);
        m_xml.writeAttribute(kFo, QStringLiteral("font-size"), pt(size));
        m_xml.writeAttribute(kFo, QStringLiteral("font-weight"),
                             bold ? QStringLiteral("bold") : QStringLiteral("normal"));
        m_xml.writeAttribute(kFo, QStringLiteral("font-style"),
                             italic ? QStringLiteral("italic") : QStringLiteral("normal"));
        m_xml.writeAttribute(kFo, QStringLiteral("color"), colour);
        m_xml.writeAttribute(kFo, QStringLiteral("language"), QStringLiteral("ro"));
        m_xml.writeAttribute(kFo, QStringLiteral("country"), QStringLiteral("RO"));
    }

    void tableParagraphs(const QString& suffix, double size, double headSize)
    {
        paragraphStyle({QStringLiteral("TableTitle") + suffix, QStringLiteral("Reper table title") + suffix, kSans, 9.5,
                        true, false, QStringLiteral("#ffffff")},
                       [this] { keepWithNext(); });
        paragraphStyle({QStringLiteral("TableHead") + suffix, QStringLiteral("Reper column head") + suffix, kSans,
                        headSize, true});
        paragraphStyle({QStringLiteral("TableHeadNumber") + suffix,
                        QStringLiteral("Reper column head, figures") + suffix, kSans, headSize, true, false, kInk,
                        QStringLiteral("end")});
        paragraphStyle(
            {QStringLiteral("TableText") + suffix, QStringLiteral("Reper table text") + suffix, kSans, size});
        paragraphStyle({QStringLiteral("TableNumber") + suffix, QStringLiteral("Reper table figure") + suffix, kSans,
                        size, false, false, kInk, QStringLiteral("end")});
        paragraphStyle({QStringLiteral("TableTotalText") + suffix, QStringLiteral("Reper table total") + suffix, kSans,
                        size, true});
        paragraphStyle({QStringLiteral("TableTotalNumber") + suffix,
                        QStringLiteral("Reper table total, figures") + suffix, kSans, size, true, false, kInk,
                        QStringLiteral("end")});
        paragraphStyle({QStringLiteral("TableHidden") + suffix, QStringLiteral("Reper table hidden cell") + suffix,
                        kSans, size, false, true, kMuted, QStringLiteral("end")});
    }

    void keepWithNext() { m_xml.writeAttribute(kFo, QStringLiteral("keep-with-next"), QStringLiteral("always")); }

    void rule(const QString& side)
    {
        m_xml.writeAttribute(kFo, QStringLiteral("border-") + side, QStringLiteral("0.5pt solid ") + kRule);
        m_xml.writeAttribute(kFo, QStringLiteral("padding-") + side, pt(2));
    }

    void write(const ReportDocument& d)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(kOffice, QStringLiteral("office"));
        m_xml.writeNamespace(kStyle, QStringLiteral("style"));
        m_xml.writeNamespace(kText, QStringLiteral("text"));
        m_xml.writeNamespace(kFo, QStringLiteral("fo"));
        m_xml.writeNamespace(kSvg, QStringLiteral("svg"));
        m_xml.writeStartElement(kOffice, QStringLiteral("document-styles"));
        m_xml.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));

        m_xml.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
        for (const QString& family : {kSans, kSerif}) {
            m_xml.writeEmptyElement(kStyle, QStringLiteral("font-face"));
            m_xml.writeAttribute(kStyle, QStringLiteral("name"), family);
            m_xml.writeAttribute(kSvg, QStringLiteral("font-family"), QLatin1Char('\'') + family + QLatin1Char('\''));
            m_xml.writeAttribute(kStyle, QStringLiteral("font-family-generic"),
                                 family == kSans ? QStringLiteral("swiss") : QStringLiteral("roman"));
        }
        m_xml.writeEndElement();

        m_xml.writeStartElement(kOffice, QStringLiteral("styles"));
        m_xml.writeStartElement(kStyle, QStringLiteral("default-style"));
        m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        textProperties(kSerif, 10.5, false, false, kInk);
        m_xml.writeEndElement();
        paragraphStyle({QStringLiteral("Title"), QStringLiteral("Reper title"), kSans, 20, true, false, kInk,
                        QStringLiteral("center"), 6, 8});
        paragraphStyle({QStringLiteral("Subtitle"), QStringLiteral("Reper subtitle"), kSerif, 12.5, false, false, kInk,
                        QStringLiteral("center"), 0, 4});
        paragraphStyle({QStringLiteral("YearLine"), QStringLiteral("Reper year line"), kSerif, 11, false, true, kInk,
                        QStringLiteral("center"), 0, 26});
        paragraphStyle({QStringLiteral("Body"), QStringLiteral("Reper narrative"), kSerif, 10.5, false, false, kInk,
                        QStringLiteral("justify"), 0, 7},
                       [this] { m_xml.writeAttribute(kFo, QStringLiteral("line-height"), QStringLiteral("128%")); });
        paragraphStyle({QStringLiteral("BackgroundHeading"), QStringLiteral("Reper background heading"), kSans, 10,
                        true, false, kInk, QStringLiteral("start"), 12, 5},
                       [this] { keepWithNext(); });
        paragraphStyle({QStringLiteral("Background"), QStringLiteral("Reper background"), kSerif, 10, false, false,
                        QStringLiteral("#3a3f45"), QStringLiteral("justify"), 0, 7},
                       [this] { m_xml.writeAttribute(kFo, QStringLiteral("line-height"), QStringLiteral("128%")); });
        for (const bool first : {true, false})
            paragraphStyle(
                {first ? QStringLiteral("SectionFirst") : QStringLiteral("Section"),
                 first ? QStringLiteral("Reper annex heading, new page") : QStringLiteral("Reper annex heading"), kSans,
                 13, true, false, kNavy, QStringLiteral("start"), first ? 0.0 : 22.0, 10},
                [this, first] {
                    if (first)
                        m_xml.writeAttribute(kFo, QStringLiteral("break-before"), QStringLiteral("page"));
                    keepWithNext();
                    rule(QStringLiteral("bottom"));
                });
        paragraphStyle({QStringLiteral("SectionText"), QStringLiteral("Reper annex text"), kSerif, 9.5, false, false,
                        kInk, QStringLiteral("start"), 0, 6});
        paragraphStyle({QStringLiteral("ChartTitle"), QStringLiteral("Reper chart title"), kSans, 9.5, true, false,
                        kNavy, QStringLiteral("start"), 12, 4},
                       [this] { keepWithNext(); });
        paragraphStyle({QStringLiteral("Chart"), QStringLiteral("Reper chart"), kSans, 9, false, false, kInk,
                        QStringLiteral("center"), 0, 6});
        paragraphStyle({QStringLiteral("Note"), QStringLiteral("Reper table note"), kSans, 7.5, false, true, kMuted,
                        QStringLiteral("start"), 0, 2});
        paragraphStyle({QStringLiteral("AfterTable"), QStringLiteral("Reper space after a table"), kSans, 4});
        tableParagraphs(QString(), 8.5, 8.5);
        tableParagraphs(QStringLiteral("Small"), 7.5, 7);
        // The page's furniture, as the PDF paints it.
        const auto tabAtRight = [this] {
            m_xml.writeStartElement(kStyle, QStringLiteral("tab-stops"));
            m_xml.writeEmptyElement(kStyle, QStringLiteral("tab-stop"));
            m_xml.writeAttribute(kStyle, QStringLiteral("position"), QStringLiteral("%1cm").arg(kBodyWidthCm));
            m_xml.writeAttribute(kStyle, QStringLiteral("type"), QStringLiteral("right"));
            m_xml.writeEndElement();
        };
        paragraphStyle(
            {QStringLiteral("PageHeader"), QStringLiteral("Reper page header"), kSans, 7.5, false, false, kMuted}, [&] {
                rule(QStringLiteral("bottom"));
                tabAtRight();
            });
        paragraphStyle(
            {QStringLiteral("PageFooter"), QStringLiteral("Reper page footer"), kSans, 6.5, false, false, kMuted}, [&] {
                rule(QStringLiteral("top"));
                tabAtRight();
            });
        m_xml.writeStartElement(kStyle, QStringLiteral("style"));
        m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Marking"));
        m_xml.writeAttribute(kStyle, QStringLiteral("display-name"), QStringLiteral("Reper marking"));
        m_xml.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("text"));
        textProperties(kSans, 7.5, true, false, d.edition == QLatin1String("public") ? kBand : kConfidential);
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // styles

        m_xml.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
        m_xml.writeStartElement(kStyle, QStringLiteral("page-layout"));
        m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("A4"));
        m_xml.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
        m_xml.writeAttribute(kFo, QStringLiteral("page-width"), QStringLiteral("21cm"));
        m_xml.writeAttribute(kFo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
        m_xml.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
        m_xml.writeAttribute(kFo, QStringLiteral("margin-left"), QStringLiteral("2cm"));
        m_xml.writeAttribute(kFo, QStringLiteral("margin-right"), QStringLiteral("2cm"));
        m_xml.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("1.4cm"));
        m_xml.writeAttribute(kFo, QStringLiteral("margin-bottom"), QStringLiteral("1.2cm"));
        for (const QString& part : {QStringLiteral("header-style"), QStringLiteral("footer-style")}) {
            m_xml.writeStartElement(kStyle, part);
            m_xml.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
            m_xml.writeAttribute(kFo, QStringLiteral("min-height"), QStringLiteral("0.5cm"));
            m_xml.writeAttribute(kFo,
                                 part.startsWith(QLatin1String("header")) ? QStringLiteral("margin-bottom")
                                                                          : QStringLiteral("margin-top"),
                                 QStringLiteral("0.5cm"));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // page-layout
        m_xml.writeEndElement(); // automatic-styles

        m_xml.writeStartElement(kOffice, QStringLiteral("master-styles"));
        m_xml.writeStartElement(kStyle, QStringLiteral("master-page"));
        m_xml.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
        m_xml.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
        m_xml.writeStartElement(kStyle, QStringLiteral("header"));
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("PageHeader"));
        m_xml.writeCharacters(d.runningHeader);
        if (!d.marking.isEmpty()) {
            m_xml.writeEmptyElement(kText, QStringLiteral("tab"));
            m_xml.writeStartElement(kText, QStringLiteral("span"));
            m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Marking"));
            m_xml.writeCharacters(d.marking.toUpper());
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // p
        m_xml.writeEndElement(); // header
        m_xml.writeStartElement(kStyle, QStringLiteral("footer"));
        m_xml.writeStartElement(kText, QStringLiteral("p"));
        m_xml.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("PageFooter"));
        m_xml.writeCharacters(d.footer);
        m_xml.writeEmptyElement(kText, QStringLiteral("tab"));
        m_xml.writeCharacters(QStringLiteral("Pagina "));
        m_xml.writeStartElement(kText, QStringLiteral("page-number"));
        m_xml.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
        m_xml.writeCharacters(QStringLiteral("1"));
        m_xml.writeEndElement();
        m_xml.writeCharacters(QStringLiteral(" din "));
        m_xml.writeTextElement(kText, QStringLiteral("page-count"), QStringLiteral("1"));
        m_xml.writeEndElement(); // p
        m_xml.writeEndElement(); // footer
        m_xml.writeEndElement(); // master-page
        m_xml.writeEndElement(); // master-styles
        m_xml.writeEndElement(); // document-styles
        m_xml.writeEndDocument();
    }

private:
    QXmlStreamWriter m_xml;
};

} // namespace

void writeCellStyles(QXmlStreamWriter& xml)
{
    cellStyle(xml, QStringLiteral("CellTitle"), kBand);
    cellStyle(xml, QStringLiteral("CellHead"), kHeaderFill);
    cellStyle(xml, QStringLiteral("CellOdd"), QStringLiteral("#ffffff"));
    cellStyle(xml, QStringLiteral("CellEven"), kStripe);
    cellStyle(xml, QStringLiteral("CellTotal"), kTotalFill);
    cellStyle(xml, QStringLiteral("CellTotalFirst"), kTotalFill, true);
}

QByteArray stylesXml(const ReportDocument& document)
{
    QByteArray out;
    Writer(&out).write(document);
    return out;
}

} // namespace reper::OdtStyles
