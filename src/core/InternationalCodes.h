#pragma once
// How the code lists of domain.md §4 map to the categories the agency reports abroad: Eurostat's
// trafficking data collection (and the annual statistics of Directive 2024/1712), GRETA's Part III,
// SDG 16.2.2 and the Counter Trafficking Data Collaborative (CTDC). The mapping is one table
// (InternationalCodes.cpp) and the country groups one more (CountryRegions.cpp); every choice is
// explained in docs/international.md. Qt Core only.
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace reper::International {

// One row of the mapping: a code of a domain list and what it becomes in each standard.
struct Mapping
{
    const char* list; // "sex", "exploitation", "recruiter_relation", "recruitment"
    const char* code; // the domain code
    const char* eurostat; // Eurostat's (and GRETA's) category: sex F/M/U; form sexual/labour/other/unknown
    const char* ctdc; // CTDC's value: gender, the is… flag of a form, RecruiterRelationship, isAbduction
    const char* ctdcDetail; // a form's typeOfLabour…/typeOfSex… column; a relation's recruiterRelation… flag
    const char* ctdcName; // a form's name in typeOfExploitConcatenated
};

const std::vector<Mapping>& mappings();
// The row of a code of a list; nullptr when the list has no such code.
const Mapping* mapping(const QString& list, const QString& code);

// CTDC's missing value.
inline QString missing() { return QStringLiteral("-99"); }

// Age groups at the date that puts a victim in a figure (Eurostat: children under 18).
QString ageGroup(std::optional<int> age); // child, adult, unknown
QStringList ageGroups(); // child, adult, unknown
QStringList sexes(); // F, M, U

// Forms of exploitation: the domain codes in the order of domain.md, and Eurostat's groups.
QStringList forms();
QStringList formGroups(); // sexual, labour, other, unknown
QString formGroup(const QString& form); // "unknown" for unspecified or empty

// CTDC's columns for a victim.
QString ctdcGender(const QString& sex); // Female, Male, -99
QString ctdcAgeBroad(std::optional<int> age); // 0--8 … 48+, -99
QString ctdcMajority(std::optional<int> age); // Minor, Adult, -99
// The is… flag columns, the sub-type columns and the relation flags, in CTDC's order.
QStringList ctdcFormFlags();
QStringList ctdcFormDetails();
QStringList ctdcRelationFlags();

// Countries: the EU-27 (the membership since 1 February 2020, Eurostat's EU27_2020, for every year),
// the three Eurostat groups and the regions used to generalise a country in the CTDC file.
bool isEu27(const QString& iso);
QStringList eu27();
QString citizenshipGroup(const QString& iso); // RO, EU, NONEU, unknown
QStringList citizenshipGroups(); // RO, EU, NONEU, unknown
// RO for Romania, "Other EU" for the rest of the EU-27, else the continent (UN M49):
// "Europe (non-EU)", "Africa", "Americas", "Asia", "Oceania", "Antarctica"; -99 for none.
QString region(const QString& iso);
// Every country's continent, for the test that no country is left out.
QString continent(const QString& iso); // Europe, Africa, Americas, Asia, Oceania, Antarctica; empty if unknown

} // namespace reper::International
