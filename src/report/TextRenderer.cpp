#include "TextRenderer.h"

#include "report/DocumentBuilder.h"

#include <QList>
#include <QStringList>
#include <algorithm>

namespace reper {

namespace {

// A table whose first column is left-aligned and the others right-aligned. Widths count
// characters (QChar), not bytes: "ț" is one column wide and two bytes long.
QString table(const ReportTable& t)
{
    QList<int> widths;
    for (const QString& cell : t.header)
        widths << int(cell.size());
    for (const auto& row : t.rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].text.size()));
    }
    const auto line = [&](const QStringList& cells) {
        QStringList out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            out << (i == 0 ? cell.leftJustified(widths[i]) : cell.rightJustified(widths[i]));
        }
        return out.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    };
    QStringList rules;
    for (int w : widths)
        rules << QString(w, QLatin1Char('-'));

    QString text
        = t.title + QStringLiteral("\n\n") + line(t.header) + rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const auto& row : t.rows) {
        QStringList cells;
        for (const ReportCell& c : row)
            cells << c.text;
        text += line(cells);
    }
    for (const QString& note : t.notes)
        text += QLatin1Char('\n') + note + QLatin1Char('\n');
    return text;
}

} // namespace

QString renderText(const ReportDocument& d)
{
    QStringList narrative;
    if (!d.marking.isEmpty())
        narrative << d.marking;
    narrative << d.title << d.subtitle << d.yearLine << d.paragraphs;
    if (!d.backgroundHeading.isEmpty())
        narrative << d.backgroundHeading;
    narrative << d.background;
    narrative.removeAll(QString());

    // Blocks end with their own new line; one blank line between them.
    QStringList blocks{narrative.join(QStringLiteral("\n\n")) + QLatin1Char('\n')};
    for (const ReportSection& s : d.sections) {
        QString head = s.heading.toUpper() + QLatin1Char('\n');
        for (const QString& p : s.paragraphs)
            head += QLatin1Char('\n') + p + QLatin1Char('\n');
        blocks << head;
        for (const ReportTable& t : s.tables)
            blocks << table(t);
    }
    if (!d.footer.isEmpty())
        blocks << QStringLiteral("— ") + d.footer + QLatin1Char('\n');
    return blocks.join(QStringLiteral("\n"));
}

QString renderText(const BilantFigures& figures)
{
    ReportOptions options;
    BilantReportData data;
    data.figures = figures;
    ReportDocument d = DocumentBuilder(options).build(data);
    d.marking.clear();
    d.footer.clear();
    return renderText(d);
}

} // namespace reper
