#pragma once
// What the international tables and the CTDC case file are made of: one entry per victim counted
// by a bilanț figure of the year (identified, assisted, repatriated, supported in criminal
// proceedings), with the victim's own attributes and the record that puts them in the figure — read
// by InternationalRepository in the same transaction as the bilanț figures themselves, and the
// population of the year (reference data an administrator enters). The victim's code and the
// record are there for `report explain` only: no export writes them.
#include "core/BilantFigures.h"
#include "core/Scope.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace reper {

struct VictimFacts
{
    QString code; // the victim code: for explain only, never exported
    QString recordKind; // identification, assistance, repatriation, judicial
    qint64 recordId = 0; // the earliest record of the year that puts the victim in the figure
    QString date; // its date (YYYY-MM-DD): notification, first day of assistance in the year, arrival, action
    QString centre; // CR-XX of that record
    QString sex; // F, M, U
    std::optional<int> age; // whole years on `date`
    QString citizenship; // ISO 3166-1 alpha-2, empty when not known

    // Victims identified only (from the identification above, as the bilanț's breakdowns):
    QString scope; // internal, international
    QString primaryForm; // domain code
    QStringList forms; // every form of every identification notified in the year, primary ones included
    QString exploitationCountry; // ISO or empty
    QString recruitment; // domain code or empty
    QString recruiterRelation; // domain code or empty
};

struct PopulationEntry
{
    int year = 0;
    qint64 total = 0; // inhabitants on 1 January
    std::optional<qint64> female;
    std::optional<qint64> male;
    std::optional<qint64> children; // under 18
    std::optional<qint64> adults;
    QString source; // where the numbers come from (institute, table, date)
    QString enteredBy; // user name
    QString enteredAt; // UTC "YYYY-MM-DD HH:MM:SS"
};

struct InternationalData
{
    int year = 0;
    Scope scope;
    BilantFigures figures; // the bilanț figures of the year and scope, read in the same transaction
    QList<VictimFacts> identified; // victims_identified
    QList<VictimFacts> assisted; // victims_assistance_monitored
    QList<VictimFacts> repatriated; // victims_repatriated
    QList<VictimFacts> judicial; // victims_judicial_participation
    std::optional<PopulationEntry> population; // national only; empty when not entered

    // For a closed year: the frozen bilanț figures, when they differ from today's records.
    std::optional<BilantFigures> frozen;
};

} // namespace reper
