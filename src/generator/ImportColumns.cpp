#include "ImportColumns.h"

#include "core/ImportFormat.h"

namespace reper::gen {

namespace {

// A file the generator writes, its header from the one table of the contract (core/ImportFormat).
ImportFileColumns withHeader(ImportFile file, const char* fileName)
{
    ImportFileColumns f{file, QString::fromLatin1(fileName), {}};
    for (const QString& name : ImportFormat::columnNames(f.fileName))
        f.columns.push_back(name.toStdString());
    return f;
}

} // namespace

const std::vector<ImportFileColumns>& importFiles()
{
    static const std::vector<ImportFileColumns> files = {
        withHeader(ImportFile::Victims, "victims.csv"),
        withHeader(ImportFile::Assistance, "assistance.csv"),
        withHeader(ImportFile::Repatriations, "repatriations.csv"),
        withHeader(ImportFile::Judicial, "judicial.csv"),
        withHeader(ImportFile::Campaigns, "campaigns.csv"),
        withHeader(ImportFile::PreventionActivities, "prevention_activities.csv"),
        withHeader(ImportFile::Protocols, "protocols.csv"),
        withHeader(ImportFile::ActionPlans, "action_plans.csv"),
        withHeader(ImportFile::TeamMeetings, "team_meetings.csv"),
        withHeader(ImportFile::Trainings, "trainings.csv"),
        withHeader(ImportFile::Events, "events.csv"),
        withHeader(ImportFile::FundedProjects, "funded_projects.csv"),
    };
    return files;
}

const ImportFileColumns& importFile(ImportFile file) { return importFiles()[std::size_t(file)]; }

} // namespace reper::gen
