#include "TextDocumentBuilder.h"

#include "report/ChartPainter.h"
#include "report/ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextTable>
#include <QUrl>

namespace reper::TextDocumentBuilder {

namespace {

const QString kSerif = QStringLiteral("DejaVu Serif");
const QString kSans = QStringLiteral("DejaVu Sans");
const QColor kInk(0x22, 0x26, 0x2b);
const QColor kNavy(0x1f, 0x3f, 0x60);
const QColor kBand(0x2f, 0x5d, 0x8a);
const QColor kHeaderFill(0xe3, 0xe9, 0xf0);
const QColor kStripe(0xf6, 0xf8, 0xfa);
const QColor kTotalFill(0xed, 0xf0, 0xf3);
const QColor kRule(0xa9, 0xb2, 0xbc);
const QColor kMuted(0x55, 0x5c, 0x63);
const QColor kConfidential(0x8b, 0x1e, 0x1e);

QTextCharFormat chars(const QString& family, qreal points, bool bold = false, bool italic = false,
                      const QColor& colour = kInk)
{
    QTextCharFormat f;
    f.setFontFamilies({family});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(colour);
    // No ligatures: "fi" stays two letters, so text copied or extracted from the PDF reads
    // "beneficiat", not "beneﬁciat". Romanian needs no shaping (its letters are precomposed).
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QTextBlockFormat block(Qt::Alignment align, qreal top = 0, qreal bottom = 0)
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setTopMargin(top);
    f.setBottomMargin(bottom);
    return f;
}

class Writer
{
public:
    Writer(QTextDocument& doc, const Options& options)
        : m_doc(doc)
        , m_cursor(&doc)
        , m_options(options)
    {
    }

    // A new paragraph (the document's first block is used for the first one).
    void paragraph(const QString& text, const QTextBlockFormat& bf, const QTextCharFormat& cf)
    {
        if (m_first) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(cf);
            m_first = false;
        } else {
            m_cursor.insertBlock(bf, cf);
        }
        m_cursor.insertText(text, cf);
    }

    void narrative(const ReportDocument& d)
    {
        if (!d.marking.isEmpty() && m_options.markingInText) {
            QTextCharFormat cf
                = chars(kSans, 8, true, false, d.edition == QLatin1String("public") ? kBand : kConfidential);
            cf.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            cf.setFontLetterSpacing(0.8);
            paragraph(d.marking.toUpper(), block(Qt::AlignRight, 0, 18), cf);
        }
        QTextCharFormat title = chars(kSans, 20, true, false, kInk);
        title.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        title.setFontLetterSpacing(1.5);
        paragraph(d.title, block(Qt::AlignHCenter, 6, 8), title);
        paragraph(d.subtitle, block(Qt::AlignHCenter, 0, 4), chars(kSerif, 12.5));
        paragraph(d.yearLine, block(Qt::AlignHCenter, 0, 26), chars(kSerif, 11, false, true));
        QTextBlockFormat body = block(Qt::AlignJustify, 0, 7);
        body.setLineHeight(128, QTextBlockFormat::ProportionalHeight);
        for (const QString& p : d.paragraphs)
            paragraph(p, body, chars(kSerif, 10.5));
        if (!d.backgroundHeading.isEmpty())
            paragraph(d.backgroundHeading, block(Qt::AlignLeft, 12, 5), chars(kSans, 10, true));
        for (const QString& p : d.background)
            paragraph(p, body, chars(kSerif, 10, false, false, QColor(0x3a, 0x3f, 0x45)));
    }

    void section(const ReportSection& s, bool newPage)
    {
        QTextBlockFormat head = block(Qt::AlignLeft, newPage ? 0 : 22, 10);
        if (newPage)
            head.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        head.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                         QTextLength(QTextLength::PercentageLength, 100));
        paragraph(s.heading, head, chars(kSans, 13, true, false, kNavy));
        QTextBlockFormat body = block(Qt::AlignLeft, 0, 6); // not justified: they may hold a long hash
        for (const QString& p : s.paragraphs)
            paragraph(p, body, chars(kSerif, 9.5));
        for (int i = 0; i < s.charts.size(); ++i)
            chart(s.charts[i]);
        for (const ReportTable& t : s.tables)
            table(t);
    }

    void chart(const ReportChart& c)
    {
        paragraph(c.title, block(Qt::AlignLeft, 12, 4), chars(kSans, 9.5, true, false, kNavy));
        paragraph(QString(), block(Qt::AlignHCenter, 0, 6), chars(kSans, 9));
        if (m_options.charts == Charts::Vectors) {
            QTextCharFormat object;
            object.setObjectType(ChartTextObject::kObjectType);
            object.setProperty(ChartTextObject::kChartIndex, int(m_charts.size()));
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        } else {
            const QString name = QStringLiteral("chart-%1.png").arg(m_charts.size() + 1);
            m_doc.addResource(QTextDocument::ImageResource, QUrl(name), ChartPainter::image(c, 2.5));
            QTextImageFormat image;
            image.setName(name);
            const QSizeF size = ChartPainter::logicalSize(c);
            image.setWidth(size.width());
            image.setHeight(size.height());
            m_cursor.insertImage(image);
        }
        m_charts << c;
    }

    void table(const ReportTable& t)
    {
        const int columns = int(t.header.size());
        if (columns == 0)
            return;
        const int rows = 2 + int(t.rows.size());
        QTextTableFormat tf;
        tf.setBorder(0.75);
        tf.setBorderBrush(kRule);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setBorderCollapse(true);
        tf.setCellSpacing(0);
        tf.setCellPadding(3.2);
        tf.setTopMargin(12);
        tf.setBottomMargin(3);
        tf.setHeaderRowCount(2); // the title band and the column heads repeat on a new page
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // The label column takes what the figures leave: two columns of figures or fewer are narrow.
        const qreal first = columns == 2 ? 78 : columns == 3 ? 64 : columns <= 5 ? 40 : 17;
        QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, first)};
        for (int i = 1; i < columns; ++i)
            widths << QTextLength(QTextLength::PercentageLength, (100 - first) / (columns - 1));
        tf.setColumnWidthConstraints(widths);

        QTextTable* table = m_cursor.insertTable(rows, columns, tf);
        m_first = false;
        table->mergeCells(0, 0, 1, columns);
        const qreal size = columns > 5 ? 7.5 : 8.5;
        const qreal headSize = columns > 6 ? 7 : size;
        setCell(table, 0, 0, t.title, Qt::AlignLeft, chars(kSans, 9.5, true, false, Qt::white), kBand);
        // A column of figures is right-aligned, its head too; a column of text is left-aligned.
        const auto numeric = [&](int c) {
            return c > 0 && !t.rows.isEmpty() && t.rows.first().value(c).kind != ReportCell::Kind::Label;
        };
        for (int c = 0; c < columns; ++c)
            setCell(table, 1, c, t.header[c], numeric(c) ? Qt::AlignRight : Qt::AlignLeft, chars(kSans, headSize, true),
                    kHeaderFill);
        const int firstTotal = int(t.rows.size()) - t.totalRows;
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool total = r >= firstTotal;
            const QColor fill = total ? kTotalFill : (r % 2 ? kStripe : QColor(Qt::white));
            for (int c = 0; c < columns && c < t.rows[r].size(); ++c) {
                const ReportCell& cell = t.rows[r][c];
                const bool hidden = cell.kind == ReportCell::Kind::Hidden;
                setCell(table, r + 2, c, cell.text,
                        c == 0 || cell.kind == ReportCell::Kind::Label ? Qt::AlignLeft : Qt::AlignRight,
                        chars(kSans, size, total, hidden, hidden ? kMuted : kInk), fill, total && r == firstTotal);
            }
        }
        m_cursor = QTextCursor(&m_doc);
        m_cursor.movePosition(QTextCursor::End);
        QTextBlockFormat note = block(Qt::AlignLeft, 0, 2);
        for (const QString& n : t.notes)
            paragraph(n, note, chars(kSans, 7.5, false, true, kMuted));
        if (t.notes.isEmpty())
            paragraph(QString(), block(Qt::AlignLeft, 0, 0), chars(kSans, 4));
    }

    void footer(const QString& text)
    {
        paragraph(text, block(Qt::AlignLeft, 24, 0), chars(kSans, 7.5, false, false, kMuted));
    }

    const QList<ReportChart>& charts() const { return m_charts; }

private:
    void setCell(QTextTable* table, int row, int column, const QString& text, Qt::Alignment align,
                 const QTextCharFormat& cf, const QColor& fill, bool heavyTop = false)
    {
        QTextTableCell cell = table->cellAt(row, column);
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBackground(fill);
        format.setLeftPadding(4.5);
        format.setRightPadding(4.5);
        format.setTopPadding(2.2);
        format.setBottomPadding(2.2);
        if (heavyTop) {
            format.setTopBorder(1.5);
            format.setTopBorderBrush(QColor(0x6b, 0x72, 0x7b));
            format.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        }
        cell.setFormat(format);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat bf = c.blockFormat();
        bf.setAlignment(align);
        c.setBlockFormat(bf);
        c.insertText(text, cf);
    }

    QTextDocument& m_doc;
    QTextCursor m_cursor;
    const Options& m_options;
    bool m_first = true;
    QList<ReportChart> m_charts;
};

} // namespace

std::unique_ptr<QTextDocument> build(const ReportDocument& document, const Options& options)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont base(kSerif);
    base.setPointSizeF(10.5);
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(base);
    doc->setMetaInformation(QTextDocument::DocumentTitle, document.runningHeader);

    Writer w(*doc, options);
    w.narrative(document);
    for (int i = 0; i < document.sections.size(); ++i)
        w.section(document.sections[i], i == 0);
    if (options.footerInText && !document.footer.isEmpty())
        w.footer(document.footer);
    if (options.charts == Charts::Vectors && !w.charts().isEmpty()) {
        auto* handler = new ChartTextObject(w.charts(), doc.get());
        doc->documentLayout()->registerHandler(ChartTextObject::kObjectType, handler);
    }
    return doc;
}

} // namespace reper::TextDocumentBuilder
