#pragma once
// What a list of the window shows for one kind of record, as SQL pieces: the table, the columns,
// and the conditions for the year, the status and the search box. RecordListQuery puts them
// together with the user's centre scope. Every condition is written against the list's own table
// (other tables only in sub-queries), so counting needs no join.
#include <QList>
#include <QString>
#include <QStringList>

namespace reper {

enum class ListKind {
    Victims,
    Assistance,
    Repatriations,
    Judicial,
    MonitoringContacts,
    Campaigns,
    Prevention,
    Protocols,
    ActionPlans,
    TeamMeetings,
    Trainings,
    Events,
    FundedProjects,
};

// How a column's value is read and ordered.
enum class ValueType {
    Key, // an ASCII code typed by people (victim code, case reference): sorted as bytes
    Text, // free text: sorted as Romanian (COLLATE reper_ro)
    Code, // a code of a list of Codes: sorted by its label
    Country, // ISO alpha-2: sorted by name
    County, // county code: sorted by name
    Center, // center id: read as the centre code, sorted by seat
    Date,
    Count,
    Year,
};

struct ListColumn
{
    QString name; // stable: the column name of interchange.md where there is one
    QString sql;
    ValueType type = ValueType::Text;
    QString codeList; // for ValueType::Code
};

struct ListSpec
{
    ListKind kind = ListKind::Victims;
    QString table; // "assistance a"
    QString joins; // joins the page query needs for its columns
    QString id; // "a.id"
    QString center; // "a.center_id"
    // Records "of year Y"; {from} and {to} stand for 'Y-01-01' and 'Y-12-31'.
    QString yearCondition;
    // The status filter: the code list its values come from (a list of Codes, or one the window
    // names itself, such as "assistance_state") and a condition with one ? for the chosen code.
    QString statusList;
    QString statusCondition;
    // Search: each condition has one ?. Key conditions get '%text%' as typed (LIKE ignores ASCII
    // case); folded conditions get '%folded text%'.
    QStringList keySearch;
    QStringList foldedSearch;
    // A county column matched by the county's name: the codes whose folded name holds the word
    // are found in the reference data and listed in the condition (the county index serves it).
    QString countySearch;
    // Victims: words are also looked up by name and CNP, through the identity vault's keyed tokens,
    // in the centres whose identity the user may see and holds the key of.
    bool identitySearch = false;
    QList<ListColumn> columns;
    int defaultSortColumn = 0;
    bool defaultDescending = true;

    int columnIndex(const QString& name) const;
};

namespace ListSpecs {
// The spec of a kind. {identityCenters} in a column stands for the centres whose identity the
// user may see (RecordListQuery fills it in).
const ListSpec& of(ListKind kind);
ListSpec victims();
ListSpec assistance();
ListSpec repatriations();
ListSpec judicial();
ListSpec monitoringContacts();
ListSpec campaigns();
ListSpec prevention();
ListSpec protocols();
ListSpec actionPlans();
ListSpec teamMeetings();
ListSpec trainings();
ListSpec events();
ListSpec fundedProjects();
} // namespace ListSpecs

} // namespace reper
