#pragma once
// Lays the bilanț document out as a QTextDocument — the typography shared by the PDF, the ODT and
// printing from the window (QPrinter): a centred title block, the narrative justified in a serif
// face, the annexes from a new page, tables in a sans face with a title band and a header row
// that repeat when a table runs over a page, notes under them, charts between. Needs a
// QGuiApplication.
#include "report/ReportDocument.h"

#include <QTextDocument>
#include <memory>

namespace reper::TextDocumentBuilder {

enum class Charts {
    Vectors, // drawn by a text object handler at paint time (PDF, printing): sharp at any size
    Images, // PNG images stored in the document (ODT, which cannot hold custom objects)
};

struct Options
{
    Charts charts = Charts::Vectors;
    bool footerInText = false; // ODT has no page footer: the generation line goes at the end
    bool markingInText = true; // the PDF repeats the marking in every page's header instead
};

std::unique_ptr<QTextDocument> build(const ReportDocument& document, const Options& options);

} // namespace reper::TextDocumentBuilder
