#include "CsvRenderer.h"

#include "core/CsvWriter.h"

#include <QStringList>

namespace reper {

namespace {

QString value(const ReportCell& c)
{
    switch (c.kind) {
    case ReportCell::Kind::Count: return QString::number(qint64(c.value));
    case ReportCell::Kind::Percent: return QString::number(100.0 * c.value, 'f', 1);
    case ReportCell::Kind::Decimal: return QString::number(c.value, 'f', 3);
    case ReportCell::Kind::Empty: return {};
    case ReportCell::Kind::Hidden:
    case ReportCell::Kind::Label: break;
    }
    return c.text;
}

} // namespace

QByteArray renderCsv(const ReportDocument& d)
{
    // A byte-order mark, so that Excel reads the diacritics; cells through the one CSV writer.
    QByteArray out("\xEF\xBB\xBF");
    CsvWriter::appendRow(out, {d.title, d.subtitle, d.yearLine});
    CsvWriter::appendRow(out, {QStringLiteral("Ediția"), d.edition, d.marking});
    CsvWriter::appendRow(out, {QStringLiteral("Document"), d.footer});
    for (const ReportTable* t : d.allTables()) {
        out += '\n';
        CsvWriter::appendRow(out, {t->title});
        CsvWriter::appendRow(out, t->header);
        for (const auto& row : t->rows) {
            QStringList cells;
            for (const ReportCell& c : row)
                cells << value(c);
            CsvWriter::appendRow(out, cells);
        }
        for (const QString& note : t->notes)
            CsvWriter::appendRow(out, {note});
    }
    return out;
}

} // namespace reper
