#include "ReportFormat.h"

#include "report/CsvRenderer.h"
#include "report/DocumentBuilder.h"
#include "report/HtmlRenderer.h"
#include "report/JsonRenderer.h"
#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"
#include "report/TextRenderer.h"
#include "report/XlsxRenderer.h"

namespace reper::ReportFormats {

namespace {

const std::vector<std::pair<ReportFormat, const char*>>& table()
{
    static const std::vector<std::pair<ReportFormat, const char*>> list = {
        {ReportFormat::Txt, "txt"},   {ReportFormat::Json, "json"}, {ReportFormat::Html, "html"},
        {ReportFormat::Pdf, "pdf"},   {ReportFormat::Odt, "odt"},   {ReportFormat::Csv, "csv"},
        {ReportFormat::Xlsx, "xlsx"},
    };
    return list;
}

} // namespace

std::optional<ReportFormat> parse(const QString& text)
{
    for (const auto& [format, n] : table()) {
        if (text == QLatin1String(n))
            return format;
    }
    return std::nullopt;
}

QString name(ReportFormat format)
{
    for (const auto& [f, n] : table()) {
        if (f == format)
            return QLatin1String(n);
    }
    return {};
}

QStringList names()
{
    QStringList out;
    for (const auto& entry : table())
        out << QLatin1String(entry.second);
    return out;
}

bool isBinary(ReportFormat format)
{
    return format == ReportFormat::Pdf || format == ReportFormat::Odt || format == ReportFormat::Xlsx;
}

bool needsGui(ReportFormat format)
{
    return format == ReportFormat::Html || format == ReportFormat::Pdf || format == ReportFormat::Odt;
}

Result<QByteArray> render(ReportFormat format, const BilantReportData& data, const ReportOptions& options)
{
    if (format == ReportFormat::Json)
        return renderJson(data, options);
    return renderDocument(format, DocumentBuilder(options).build(data));
}

Result<QByteArray> renderDocument(ReportFormat format, const ReportDocument& document)
{
    switch (format) {
    case ReportFormat::Txt: return renderText(document).toUtf8();
    case ReportFormat::Html: return renderHtml(document);
    case ReportFormat::Pdf: return renderPdf(document);
    case ReportFormat::Odt: return renderOdt(document);
    case ReportFormat::Csv: return renderCsv(document);
    case ReportFormat::Xlsx: return renderXlsx(document);
    case ReportFormat::Json: break;
    }
    return makeError(QStringLiteral("JSON is written from a report's figures, not from its document."));
}

} // namespace reper::ReportFormats
