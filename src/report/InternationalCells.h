#pragma once
// The cells of the international tables and what a reader of them knows. A cell is a population —
// the victims counted by one bilanț figure — and the codes of some of its dimensions (sex F, age
// child, …); the cell without codes is the population's total, which is that bilanț figure. Every
// table, the JSON, the public edition's suppression and `report explain` count a cell the same way:
// the victims whose attributes match its codes.
//
// Dimensions: sex (F, M, U), age (child, adult, unknown), and for the identified victims also
// citizenship (ISO or unknown) within group (RO, EU, NONEU, unknown), form (the primary form, a
// domain code) within form_group (sexual, labour, other, unknown), scope (internal,
// international), and form_all (every form reported in the year: a victim may have several, so
// cells of form_all do not add up to the total).
#include "core/InternationalFacts.h"
#include "report/SuppressionAudit.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace reper::International {

enum class Population { Identified, Assisted, Repatriated, Judicial };

QString populationName(Population p); // identified, assisted, repatriated, judicial
QString bilantKey(Population p); // victims_identified, victims_assistance_monitored, …
const QList<VictimFacts>& factsOf(const InternationalData& data, Population p);
qint64 bilantFigure(const BilantFigures& figures, Population p);

using CellCodes = QMap<QString, QString>;

struct Cell
{
    Population population = Population::Identified;
    CellCodes codes; // canonical: a dimension's parent is dropped when the dimension itself is given

    static Cell of(Population population, CellCodes codes);
    bool isTotal() const { return codes.isEmpty(); }
    // The cell group and the code the suppression plan knows it by: "identified:age,sex", "child,F".
    QString table() const;
    QString code() const;
    QString key() const { return table() + QLatin1Char('/') + code(); }
};

QStringList dimensions(Population p);
bool isMultiValued(const QString& dimension); // form_all
QString parentDimension(const QString& dimension); // citizenship -> group, form -> form_group
QString parentValue(const QString& dimension, const QString& value); // BG -> EU, begging -> other
// The codes a dimension takes: the fixed lists; for citizenship the countries of the victims and unknown.
QStringList valuesOf(const QString& dimension, const InternationalData& data);
// The victim's code(s) for a dimension (several for form_all).
QStringList codesOf(const VictimFacts& victim, const QString& dimension);
bool matches(const VictimFacts& victim, const CellCodes& codes);

qint64 count(const InternationalData& data, const Cell& cell);
QList<VictimFacts> victimsIn(const InternationalData& data, const Cell& cell);

// What a reader of a document that shows `displayed` knows, for the public edition's plan: each
// shown cell, the exact totals, and every way the shown cells add up (a cell is the sum of its
// refinements along a dimension: the sexes, the ages, the forms of a group, the countries of a
// group, the scopes), plus "every form reported" ≥ "the primary form" as an equation with an
// unseen remainder. Zero cells are known to be zero and left out.
CellSystem cellSystem(const InternationalData& data, const QList<Cell>& displayed);

} // namespace reper::International
