#pragma once
// The bilanț as one self-contained HTML page (report bilant --format html): the stylesheet from
// the resource :/report/bilant.css inlined, the charts as PNG images inlined, so the file can be
// mailed or published alone. Needs a QGuiApplication (the charts are drawn).
#include "report/ReportDocument.h"

#include <QByteArray>

namespace reper {

// UTF-8.
QByteArray renderHtml(const ReportDocument& document);

} // namespace reper
