#include "PdfRenderer.h"

#include "report/TextDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace reper {

namespace {

constexpr qreal kMarginSideMm = 20;
constexpr qreal kMarginTopMm = 24; // the header sits in it
constexpr qreal kMarginBottomMm = 22; // the footer sits in it

qreal mm(qreal millimetres, const QPaintDevice& device) { return millimetres * device.logicalDpiX() / 25.4; }

QFont furnitureFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: extracted text reads as written
    return f;
}

void paintFurniture(QPainter& p, const ReportDocument& d, const QRectF& page, const QRectF& body, int number, int count)
{
    const QPaintDevice& device = *p.device();
    const QColor muted(0x55, 0x5c, 0x63);
    p.save();
    p.setPen(QPen(QColor(0xa9, 0xb2, 0xbc), mm(0.2, device)));
    const qreal headerLine = body.top() - mm(4, device);
    const qreal footerLine = body.bottom() + mm(5, device);
    p.drawLine(QPointF(body.left(), headerLine), QPointF(body.right(), headerLine));
    p.drawLine(QPointF(body.left(), footerLine), QPointF(body.right(), footerLine));

    const qreal lineHeight = mm(5, device);
    p.setFont(furnitureFont(7.5));
    p.setPen(muted);
    p.drawText(QRectF(body.left(), headerLine - lineHeight, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignBottom,
               d.runningHeader);
    if (!d.marking.isEmpty()) {
        p.setFont(furnitureFont(7.5, true));
        p.setPen(d.edition == QLatin1String("public") ? QColor(0x2f, 0x5d, 0x8a) : QColor(0x8b, 0x1e, 0x1e));
        p.drawText(QRectF(body.left(), headerLine - lineHeight, body.width(), lineHeight),
                   Qt::AlignRight | Qt::AlignBottom, d.marking.toUpper());
    }
    p.setFont(furnitureFont(7));
    p.setPen(muted);
    const QRectF footer(body.left(), footerLine + mm(1, device), body.width(), lineHeight);
    const QString pageText = QStringLiteral("Pagina %1 din %2").arg(number).arg(count);
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    // A footer that would run into the page number (a long program version) wraps onto a second line.
    const qreal left = body.width() - p.fontMetrics().horizontalAdvance(pageText) - mm(4, device);
    if (p.fontMetrics().horizontalAdvance(d.footer) <= left)
        p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, d.footer);
    else
        p.drawText(QRectF(footer.left(), footer.top(), left, 2 * lineHeight),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, d.footer);
    Q_UNUSED(page);
    p.restore();
}

} // namespace

int paintBilant(const ReportDocument& d, QPagedPaintDevice& device)
{
    // Lay out in the device's own pixels (gotcha G6: a page size in device pixels with the layout
    // still at screen resolution gives microscopic text); lengths given in the document at 96 dpi
    // are scaled by the layout.
    auto doc = TextDocumentBuilder::build(d, {TextDocumentBuilder::Charts::Vectors, false, false});
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body(mm(kMarginSideMm, device), mm(kMarginTopMm, device), page.width() - 2 * mm(kMarginSideMm, device),
                      page.height() - mm(kMarginTopMm, device) - mm(kMarginBottomMm, device));
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(body.size());
    const int count = doc->pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        paintFurniture(painter, d, page, body, i + 1, count);
    }
    painter.end();
    return count;
}

QByteArray renderPdf(const ReportDocument& d)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(300);
        writer.setTitle(d.runningHeader);
        // The audit head also goes in the document's properties, where `audit verify --against`
        // finds it (the page text itself is compressed).
        writer.setCreator(d.auditHead.isEmpty()
                              ? QStringLiteral("Reper %1").arg(d.programVersion)
                              : QStringLiteral("Reper %1 · jurnal %2").arg(d.programVersion, d.auditHead));
        paintBilant(d, writer);
    }
    return bytes;
}

} // namespace reper
