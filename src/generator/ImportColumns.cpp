#include "ImportColumns.h"

namespace reper::gen {

const std::vector<ImportFileColumns>& importFiles()
{
    static const std::vector<ImportFileColumns> files = {
        {ImportFile::Victims,
         QStringLiteral("victims.csv"),
         {"victim_code",
          "center",
          "sex",
          "birth_date",
          "birth_year",
          "citizenship",
          "county",
          "residence_env",
          "education",
          "notification_date",
          "identification_date",
          "mnir_status",
          "institution",
          "scope",
          "exploitation",
          "primary_exploitation",
          "attempt",
          "exploitation_country",
          "recruitment",
          "recruiter_relation",
          "last_name",
          "first_name",
          "cnp",
          "address",
          "phone",
          "notes"}},
        {ImportFile::Assistance,
         QStringLiteral("assistance.csv"),
         {"victim_code", "center", "service", "provider", "start_date", "end_date"}},
        {ImportFile::Repatriations,
         QStringLiteral("repatriations.csv"),
         {"victim_code", "center", "from_country", "request_date", "arrival_date", "entry_point", "status"}},
        {ImportFile::Judicial,
         QStringLiteral("judicial.csv"),
         {"victim_code", "center", "date", "case_ref", "body", "stage", "role", "support"}},
        {ImportFile::Campaigns,
         QStringLiteral("campaigns.csv"),
         {"campaign_code", "center", "title", "level", "funding", "funder", "start_date", "end_date"}},
        {ImportFile::PreventionActivities,
         QStringLiteral("prevention_activities.csv"),
         {"center", "date", "county", "campaign_code", "type", "target_group", "participants", "materials",
          "online_reach"}},
        {ImportFile::Protocols, QStringLiteral("protocols.csv"), {"center", "signed_date", "partner"}},
        {ImportFile::ActionPlans, QStringLiteral("action_plans.csv"), {"center", "date", "partner"}},
        {ImportFile::TeamMeetings, QStringLiteral("team_meetings.csv"), {"center", "date", "county", "attendees"}},
        {ImportFile::Trainings,
         QStringLiteral("trainings.csv"),
         {"center", "date", "county", "audience", "participants", "topic"}},
        {ImportFile::Events, QStringLiteral("events.csv"), {"center", "date", "type", "role", "title"}},
        {ImportFile::FundedProjects,
         QStringLiteral("funded_projects.csv"),
         {"project_code", "center", "title", "funder", "focus", "start_date", "end_date"}},
    };
    return files;
}

const ImportFileColumns& importFile(ImportFile file) { return importFiles()[std::size_t(file)]; }

} // namespace reper::gen
