#pragma once
// The bilanț as an OpenDocument text (report bilant --format odt) that LibreOffice and Word open
// and edit: the same layout as the PDF, the charts as images, the generation line at the end
// (ODT written by Qt has no page header or footer). Needs a QGuiApplication.
#include "core/Result.h"
#include "report/ReportDocument.h"

#include <QByteArray>

namespace reper {

Result<QByteArray> renderOdt(const ReportDocument& document);

} // namespace reper
