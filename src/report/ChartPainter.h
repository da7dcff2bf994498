#pragma once
// Draws the bilanț's charts with QPainter — columns for the months, horizontal bars for categories
// and centres — so they can go into any document: as vectors into the PDF (through a text
// object), as images into HTML and ODT. Qt Charts is not used: it needs Widgets, which nothing
// below src/gui may include. Needs a QGuiApplication (fonts).
#include "report/ReportDocument.h"

#include <QImage>
#include <QSizeF>

class QPainter;

namespace reper::ChartPainter {

// The chart's natural size in CSS pixels (96 per inch): 640 wide, height by the number of bars.
QSizeF logicalSize(const ReportChart& chart);
// Draws the chart into `target`, scaled from its logical size.
void paint(QPainter& painter, const QRectF& target, const ReportChart& chart);
// The chart as an image, `scale` device pixels per logical pixel (white background).
QImage image(const ReportChart& chart, qreal scale);
// The image as PNG bytes: 8-bit, with a palette of the chart's colours and their shades on white.
QByteArray png(const ReportChart& chart, qreal scale);

} // namespace reper::ChartPainter
