#include "TextRenderer.h"

#include "BilantFields.h"
#include "CountPhrase.h"
#include "NarrativeWriter.h"

#include <QList>
#include <QStringList>
#include <algorithm>

namespace reper {

namespace {

const QString kDistinctMark = QStringLiteral(" *");

// A table whose first column is left-aligned and the others right-aligned. Widths count
// characters (QChar), not bytes: "ț" is one column wide and two bytes long.
QString table(const QString& heading, const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& cell : header)
        widths << int(cell.size());
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
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
        = heading + QStringLiteral("\n\n") + line(header) + rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

QString number(qint64 n)
{
    return CountPhrase::groupThousands(n);
}

// "76,1%" (Romanian decimal comma); a dash when there is nothing to divide by.
QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QString::number(100.0 * double(part) / double(whole), 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
        + QLatin1Char('%');
}

QString figuresTable(const BilantFigures& f)
{
    // The mark says which figures count distinct victims; it only matters nationally.
    const bool mark = f.isNational();
    QList<QStringList> rows;
    for (const BilantFields::Field& field : BilantFields::figures())
        rows << QStringList { field.wording + (mark && field.distinctVictims ? kDistinctMark : QString()),
                              number(f.*field.value) };
    QString text = table(QStringLiteral("Cifrele bilanțului %1 – %2").arg(f.year).arg(BilantFields::scopeLabel(f)),
                         { QStringLiteral("Indicator"), QStringLiteral("Număr") }, rows);
    if (mark)
        text += QStringLiteral(
            "\n* Victime distincte: o victimă în evidența mai multor centre regionale este numărată o singură dată, "
            "de aceea cifrele naționale nu sunt suma cifrelor centrelor regionale. La fel pentru defalcările "
            "victimelor identificate.\n");
    return text;
}

QString infoTable(const BilantFigures& f)
{
    QList<QStringList> rows;
    for (const BilantFields::Field& field : BilantFields::info())
        rows << QStringList { field.wording, number(f.*field.value) };
    return table(QStringLiteral("Alte cifre"), { QStringLiteral("Indicator"), QStringLiteral("Număr") }, rows);
}

QString breakdownTable(const BilantFigures& f, const QString& name)
{
    const QMap<QString, qint64> counts = f.breakdowns.value(name);
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    QList<QStringList> rows;
    for (const QString& code : BilantFields::orderedCodes(name, counts))
        rows << QStringList { BilantFields::breakdownLabel(name, code), number(counts.value(code)),
                              percent(counts.value(code), total) };
    rows << QStringList { QStringLiteral("Total"), number(total), percent(total, total) };
    return table(BilantFields::breakdownTitle(name, f.year),
                 { QStringLiteral("Categorie"), QStringLiteral("Victime"), QStringLiteral("%") }, rows);
}

} // namespace

QString renderText(const BilantFigures& figures)
{
    QStringList sections;
    sections << NarrativeWriter(figures).text() << figuresTable(figures) << infoTable(figures);
    for (const QString& name : BilantFields::breakdownNames(figures))
        sections << breakdownTable(figures, name);
    // Sections end with their own new line; one blank line between them.
    return sections.join(QStringLiteral("\n"));
}

} // namespace reper
