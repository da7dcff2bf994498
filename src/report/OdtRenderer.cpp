#include "OdtRenderer.h"

#include "report/TextDocumentBuilder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocumentWriter>

namespace reper {

Result<QByteArray> renderOdt(const ReportDocument& d)
{
    auto doc = TextDocumentBuilder::build(d, {TextDocumentBuilder::Charts::Images, true, true});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return makeError(QCoreApplication::translate("OdtRenderer", "The ODT document could not be written."));
    return bytes;
}

} // namespace reper
