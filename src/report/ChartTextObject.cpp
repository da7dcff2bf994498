#include "ChartTextObject.h"

#include "report/ChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextDocument>

namespace reper {

ChartTextObject::ChartTextObject(QList<ReportChart> charts, QObject* parent)
    : QObject(parent)
    , m_charts(std::move(charts))
{
}

const ReportChart* ChartTextObject::chartFor(const QTextFormat& format) const
{
    const int i = format.intProperty(kChartIndex);
    return i >= 0 && i < m_charts.size() ? &m_charts[i] : nullptr;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const ReportChart* chart = chartFor(format);
    if (!chart)
        return {};
    // The layout works in the paint device's pixels when it has one (a PDF at 300 dpi); the chart's
    // size is given at 96 dpi, as images are.
    qreal scale = 1;
    if (const QPaintDevice* device = doc->documentLayout()->paintDevice())
        scale = qreal(device->logicalDpiY()) / 96.0;
    return ChartPainter::logicalSize(*chart) * scale;
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    if (const ReportChart* chart = chartFor(format))
        ChartPainter::paint(*painter, rect, *chart);
}

} // namespace reper
