#pragma once
// The bilanț as an OpenDocument text (report bilant --format odt) that LibreOffice and Word open
// and edit, written here rather than by Qt's ODF writer (which drops the fill of table cells, so
// the tables lost their title bands, and writes no page header or footer): the PDF's layout, with
// the running title and the marking in the page header, the generation line and the page number
// in the footer, named styles (OdtStyles), and the charts as pictures with their figures as the
// pictures' description. Needs a QGuiApplication (the charts are drawn with fonts).
#include "core/Result.h"
#include "report/ReportDocument.h"

#include <QByteArray>

namespace reper {

Result<QByteArray> renderOdt(const ReportDocument& document);

} // namespace reper
