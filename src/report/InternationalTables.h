#pragma once
// The tables of the international report (issue 13; docs/international.md): what each one counts,
// how it is laid out (rows × columns of cells), its definition, the bilanț figure its total equals,
// and the finest cells its JSON array lists. Shared by the document, the JSON and the public
// edition's plan, so all three show the same cells.
#include "core/Result.h"
#include "report/InternationalCells.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace reper::International {

struct Line
{
    QString label;
    CellCodes codes;
    bool total = false; // a total row (bold); a total column is the last one
};

struct TableLayout
{
    QString key; // the JSON key: victims_by_sex_age, …
    Population population = Population::Identified;
    QString title; // Romanian
    QString sheetName; // at most 31 characters
    QString standard; // "Eurostat", "GRETA", "Eurostat, GRETA"
    QList<Line> rows;
    QList<Line> columns;
    QStringList definition; // printed under the table
    QList<Cell> jsonCells; // the finest cells, in the JSON array's order
    bool addsUp = true; // false for every form reported: a victim may be in several rows
};

// The nine tables of counts, in the document's order (SDG 16.2.2 apart: it has rates).
QList<TableLayout> countTables(const InternationalData& data);

// SDG 16.2.2: its rows (the total, then by sex, age group and primary form) and the population
// each row is divided by (nothing for unknown sex or age, or when it was not entered).
struct RateRow
{
    QString label;
    Cell cell;
    std::optional<qint64> population;
};
QList<RateRow> sdgRows(const InternationalData& data);
QStringList sdgDefinition(const InternationalData& data);
// Victims per 100,000 inhabitants, to three decimals.
double per100k(qint64 victims, qint64 population);

// Every cell the document shows (the plan of the public edition is made for these).
QList<Cell> displayedCells(const InternationalData& data);

// The JSON keys of the ten tables, in the contract's order.
QStringList tableKeys();
// The cell of a table given as the JSON names it ({"sex": "F", "age": "child"}; {} is the total):
// what `report explain --figure TABLE --cell sex=F,age=child` lists. An error names a dimension
// the table does not have or a code the dimension does not take.
Result<Cell> cellOf(const InternationalData& data, const QString& table, const QMap<QString, QString>& codes);

// The Romanian label of a dimension's code ("feminin", "copii (sub 18 ani)", "Italia").
QString label(const QString& dimension, const QString& code);
// The Romanian wording of a bilanț figure ("Victime identificate").
QString figureWording(const QString& key);

} // namespace reper::International
