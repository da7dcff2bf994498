#pragma once
// The twelve files of the CSV import (interchange.md §1) that the generator writes, with their
// columns as the contract's one table has them (core/ImportFormat), in the specification's order.
#include <QString>
#include <string>
#include <vector>

namespace reper::gen {

enum class ImportFile {
    Victims,
    Assistance,
    Repatriations,
    Judicial,
    Campaigns,
    PreventionActivities,
    Protocols,
    ActionPlans,
    TeamMeetings,
    Trainings,
    Events,
    FundedProjects,
};

struct ImportFileColumns
{
    ImportFile file;
    QString fileName; // victims.csv, …
    std::vector<std::string> columns;
};

// All twelve, in the order above.
const std::vector<ImportFileColumns>& importFiles();
const ImportFileColumns& importFile(ImportFile file);

} // namespace reper::gen
