#include "ChartPainter.h"

#include "report/CountPhrase.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace reper::ChartPainter {

namespace {

constexpr qreal kWidth = 640;
constexpr qreal kColumnsHeight = 230;
constexpr qreal kBarHeight = 17;
constexpr qreal kBarGap = 5;

const QColor kBar(0x2f, 0x5d, 0x8a);
const QColor kGrid(0xdd, 0xe2, 0xe8);
const QColor kAxis(0x6b, 0x72, 0x7b);
const QColor kText(0x22, 0x26, 0x2b);
const QColor kHidden(0x8a, 0x8f, 0x96);
// Every colour a chart is drawn in, on white. The PNG's palette is built from these.
const QColor kInks[] = {kBar, kGrid, kAxis, kText, kHidden};

// The palette of a chart's PNG: white, and each ink laid over white at 51 strengths, the shades
// that antialiasing gives its edges and letters (256 entries). A palette image is about a third
// of the bytes of a true-colour one and about four times quicker to encode; against the painted
// image a pixel differs by a fraction of a shade on average.
QList<QRgb> palette()
{
    constexpr int kShades = 51;
    QList<QRgb> table{qRgb(255, 255, 255)};
    for (const QColor& ink : kInks) {
        for (int k = 1; k <= kShades; ++k) {
            const qreal a = qreal(k) / kShades;
            const auto over = [a](int c) { return int(std::lround(255 + (c - 255) * a)); };
            table << qRgb(over(ink.red()), over(ink.green()), over(ink.blue()));
        }
    }
    return table;
}

QFont font(qreal pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(pixels)));
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: extracted text reads as written
    return f;
}

// A "nice" step for about `ticks` grid lines up to `max`: 1, 2 or 5 times a power of ten.
qreal niceStep(qreal max, int ticks)
{
    if (max <= 0)
        return 1;
    const qreal raw = max / ticks;
    const qreal power = std::pow(10.0, std::floor(std::log10(raw)));
    for (qreal m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return std::max<qreal>(1, m * power);
    }
    return 10 * power;
}

qint64 shownMax(const ReportChart& c)
{
    qint64 max = 0;
    for (int i = 0; i < c.values.size(); ++i) {
        if (!c.isHidden(i))
            max = std::max(max, c.values[i]);
    }
    return max;
}

void paintColumns(QPainter& p, const ReportChart& c)
{
    const QFont small = font(10.5);
    const QFontMetricsF fm(small);
    const qreal top = 14;
    const qreal bottom = kColumnsHeight - 22;
    const qint64 max = shownMax(c);
    const qreal step = niceStep(qreal(std::max<qint64>(max, 1)), 4);
    const qreal axisMax = std::ceil(qreal(std::max<qint64>(max, 1)) / step) * step;
    qreal labelWidth = 0;
    for (qreal v = 0; v <= axisMax + 0.5; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(CountPhrase::groupThousands(qint64(v))));
    const qreal left = labelWidth + 10;
    const qreal right = kWidth - 6;
    const auto y = [&](qreal v) { return bottom - (bottom - top) * v / axisMax; };

    p.setFont(small);
    for (qreal v = 0; v <= axisMax + 0.5; v += step) {
        p.setPen(QPen(v == 0 ? kAxis : kGrid, v == 0 ? 1.0 : 0.8));
        p.drawLine(QPointF(left, y(v)), QPointF(right, y(v)));
        p.setPen(kAxis);
        p.drawText(QRectF(0, y(v) - 8, labelWidth, 16), Qt::AlignRight | Qt::AlignVCenter,
                   CountPhrase::groupThousands(qint64(v)));
    }
    const int n = int(c.values.size());
    const qreal slot = (right - left) / std::max(n, 1);
    const qreal barWidth = slot * 0.62;
    for (int i = 0; i < n; ++i) {
        const qreal x = left + slot * i + (slot - barWidth) / 2;
        const QRectF labelBox(left + slot * i, bottom + 4, slot, 16);
        p.setPen(kText);
        p.drawText(labelBox, Qt::AlignHCenter | Qt::AlignTop, c.labels.value(i));
        if (c.isHidden(i)) {
            QFont f = small;
            f.setItalic(true);
            p.setFont(f);
            p.setPen(kHidden);
            p.drawText(QRectF(left + slot * i, bottom - 18, slot, 16), Qt::AlignCenter, c.marks.value(i));
            p.setFont(small);
            continue;
        }
        const qint64 v = c.values[i];
        if (v > 0)
            p.fillRect(QRectF(x, y(qreal(v)), barWidth, bottom - y(qreal(v))), kBar);
        p.setPen(kText);
        p.drawText(QRectF(left + slot * i, y(qreal(v)) - 16, slot, 15), Qt::AlignHCenter | Qt::AlignBottom,
                   CountPhrase::groupThousands(v));
    }
}

void paintBars(QPainter& p, const ReportChart& c)
{
    const QFont small = font(10.5);
    const QFontMetricsF fm(small);
    qreal labelWidth = 0;
    for (const QString& l : c.labels)
        labelWidth = std::min<qreal>(std::max(labelWidth, fm.horizontalAdvance(l)), kWidth * 0.4);
    const qint64 max = std::max<qint64>(shownMax(c), 1);
    qreal valueWidth = fm.horizontalAdvance(CountPhrase::groupThousands(max)) + 8;
    const qreal left = labelWidth + 10;
    const qreal right = kWidth - valueWidth - 4;
    p.setFont(small);
    // A light guide line under the bars' start.
    p.setPen(QPen(kAxis, 1.0));
    p.drawLine(QPointF(left, 2), QPointF(left, 2 + c.values.size() * (kBarHeight + kBarGap)));
    for (int i = 0; i < c.values.size(); ++i) {
        const qreal top = 4 + i * (kBarHeight + kBarGap);
        p.setPen(kText);
        p.drawText(QRectF(0, top, labelWidth, kBarHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(c.labels.value(i), Qt::ElideRight, labelWidth));
        if (c.isHidden(i)) {
            QFont f = small;
            f.setItalic(true);
            p.setFont(f);
            p.setPen(kHidden);
            p.drawText(QRectF(left + 6, top, 80, kBarHeight), Qt::AlignLeft | Qt::AlignVCenter, c.marks.value(i));
            p.setFont(small);
            continue;
        }
        const qint64 v = c.values[i];
        const qreal w = (right - left) * qreal(v) / qreal(max);
        if (v > 0)
            p.fillRect(QRectF(left, top + 1, std::max<qreal>(w, 1.0), kBarHeight - 2), kBar);
        p.setPen(kText);
        p.drawText(QRectF(left + w + 5, top, valueWidth + 40, kBarHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   CountPhrase::groupThousands(v));
    }
}

} // namespace

QSizeF logicalSize(const ReportChart& chart)
{
    if (chart.shape == ReportChart::Shape::Columns)
        return {kWidth, kColumnsHeight};
    return {kWidth, 8 + chart.values.size() * (kBarHeight + kBarGap)};
}

void paint(QPainter& painter, const QRectF& target, const ReportChart& chart)
{
    const QSizeF size = logicalSize(chart);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(target.topLeft());
    painter.scale(target.width() / size.width(), target.height() / size.height());
    painter.setClipRect(QRectF(QPointF(0, 0), size));
    if (chart.shape == ReportChart::Shape::Columns)
        paintColumns(painter, chart);
    else
        paintBars(painter, chart);
    painter.restore();
}

QImage image(const ReportChart& chart, qreal scale)
{
    const QSizeF size = logicalSize(chart);
    QImage img(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
               QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(QPointF(0, 0), QSizeF(img.size())), chart);
    p.end();
    return img;
}

QByteArray png(const ReportChart& chart, qreal scale)
{
    static const QList<QRgb> table = palette();
    // Nearest shade, no dithering: dithering would speckle the flat bars.
    const QImage indexed = image(chart, scale).convertToFormat(QImage::Format_Indexed8, table, Qt::ThresholdDither);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "PNG");
    // Qt's quality 50 is a middle zlib level: as small as the default within a few per cent, in
    // two thirds of the time.
    writer.setQuality(50);
    writer.write(indexed);
    return bytes;
}

} // namespace reper::ChartPainter
