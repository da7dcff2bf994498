#pragma once
// The bilanț as PDF (report bilant --format pdf): A4, the fonts embedded (Qt embeds the subsets it
// uses), on every page a header with the scope and year and the edition's marking, and a footer
// with the generation time, the program version, the start of the figures' hash and the page
// number. Needs a QGuiApplication.
#include "report/ReportDocument.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace reper {

// Lays the document out on `device` (a QPdfWriter, or a QPrinter when the window prints) and
// paints every page. Returns the number of pages.
int paintBilant(const ReportDocument& document, QPagedPaintDevice& device);

QByteArray renderPdf(const ReportDocument& document);

} // namespace reper
