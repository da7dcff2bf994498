#include "CsvRenderer.h"

#include <QStringList>

namespace reper {

namespace {

QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString line(const QStringList& cells)
{
    QStringList out;
    for (const QString& c : cells)
        out << field(c);
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString value(const ReportCell& c)
{
    switch (c.kind) {
    case ReportCell::Kind::Count: return QString::number(qint64(c.value));
    case ReportCell::Kind::Percent: return QString::number(100.0 * c.value, 'f', 1);
    case ReportCell::Kind::Empty: return {};
    case ReportCell::Kind::Hidden:
    case ReportCell::Kind::Label: break;
    }
    return c.text;
}

} // namespace

QByteArray renderCsv(const ReportDocument& d)
{
    QString out;
    out += line({d.title, d.subtitle, d.yearLine});
    out += line({QStringLiteral("Ediția"), d.edition, d.marking});
    out += line({QStringLiteral("Document"), d.footer});
    for (const ReportTable* t : d.allTables()) {
        out += QLatin1Char('\n');
        out += line({t->title});
        out += line(t->header);
        for (const auto& row : t->rows) {
            QStringList cells;
            for (const ReportCell& c : row)
                cells << value(c);
            out += line(cells);
        }
        for (const QString& note : t->notes)
            out += line({note});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace reper
