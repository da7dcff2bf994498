#pragma once
// Lets a QTextDocument hold the bilanț's charts as objects drawn at paint time, so a PDF gets them
// as vectors (ChartPainter) at any resolution. The object's format names the chart by index.
#include "report/ReportDocument.h"

#include <QObject>
#include <QTextObjectInterface>

namespace reper {

class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartIndex = QTextFormat::UserProperty + 1;

    explicit ChartTextObject(QList<ReportChart> charts, QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    const ReportChart* chartFor(const QTextFormat& format) const;
    QList<ReportChart> m_charts;
};

} // namespace reper
