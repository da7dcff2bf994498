#pragma once
// What each figure of the bilanț is called, in one place for every renderer: the keys of
// interchange.md §2 in their order with the Romanian wording of domain.md §5, the further figures
// §5 names without a key, and the titles and labels of the breakdowns of victims identified.
#include "core/BilantFigures.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace reper::BilantFields {

struct Field
{
    const char* key; // JSON key
    QString wording; // Romanian, as a table row says it
    qint64 BilantFigures::*value;
    bool distinctVictims; // counts each victim once: national is not the sum of centres
};

// The figures of interchange.md §2 after "year" and "scope", in that order ("victims_identified" last).
const std::vector<Field>& figures();
// The further figures of domain.md §5, written under "_info" in JSON.
const std::vector<Field>& info();

// The breakdown names present in the figures: those of BilantFigures::breakdowns' comment first,
// in that order, then any other in alphabetical order.
QStringList breakdownNames(const BilantFigures& figures);
// "Victime identificate în 2018, după sex"
QString breakdownTitle(const QString& name, int year);
// The Romanian label of a breakdown's code: "feminin", "exploatare sexuală", "Brașov", "Italia",
// "14–17 ani"; "unknown" (an empty value) reads "nespecificat".
QString breakdownLabel(const QString& name, const QString& code);
// The codes in the order a table lists them: the code list's order where there is one, the
// largest first for counties and countries, "unknown" always last.
QStringList orderedCodes(const QString& name, const QMap<QString, qint64>& counts);

// "național" or "Centrul Regional Brașov (CR-BV)"
QString scopeLabel(const BilantFigures& figures);

} // namespace reper::BilantFields
