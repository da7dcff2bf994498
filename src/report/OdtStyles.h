#pragma once
// The styles of the ODT bilanț (styles.xml): the page (A4, the PDF's margins) with its header —
// the running title and the marking — and its footer — the generation line and "Pagina N din M";
// the named paragraph styles of the narrative, the annexes and the tables (LibreOffice lists
// them as "Reper …"), and the table cells' fills: the title band, the column heads, the stripes
// and the totals, as the PDF draws them.
#include "report/ReportDocument.h"

#include <QByteArray>

class QXmlStreamWriter;

namespace reper::OdtStyles {

// The width of the text on the page, in centimetres (A4 less two 2 cm margins).
constexpr double kBodyWidthCm = 17.0;

QByteArray stylesXml(const ReportDocument& document);
// The table cells' fills (CellTitle, CellHead, CellOdd, CellEven, CellTotal, CellTotalFirst): LibreOffice
// Writer applies a cell style only from content.xml's automatic styles, so they are written there.
void writeCellStyles(QXmlStreamWriter& xml);

} // namespace reper::OdtStyles
