#pragma once
// The output formats of the bilanț and the one entry point that renders any of them, so the
// command line, the window and the benchmark go through the same renderers.
#include "core/BilantFigures.h"
#include "core/Result.h"
#include "report/ReportOptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace reper {

struct ReportDocument;

enum class ReportFormat { Txt, Json, Html, Pdf, Odt, Csv, Xlsx };

namespace ReportFormats {

std::optional<ReportFormat> parse(const QString& name); // "pdf" -> Pdf
QString name(ReportFormat format);
QStringList names(); // txt, json, html, pdf, odt, csv, xlsx
bool isBinary(ReportFormat format); // pdf, odt, xlsx: never written to a terminal
bool needsGui(ReportFormat format); // html, pdf, odt: fonts and painting need a QGuiApplication

Result<QByteArray> render(ReportFormat format, const BilantReportData& data, const ReportOptions& options);

// A built document (the bilanț's, the international figures', the case load's) in one of the formats
// drawn from a document: every format but JSON, which each report writes from its own figures.
Result<QByteArray> renderDocument(ReportFormat format, const ReportDocument& document);

} // namespace ReportFormats

} // namespace reper
