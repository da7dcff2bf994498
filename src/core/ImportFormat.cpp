#include "ImportFormat.h"

namespace reper {

const ImportColumn* ImportFileFormat::column(const QString& name) const
{
    for (const ImportColumn& c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList ImportFileFormat::columnNames() const
{
    QStringList out;
    for (const ImportColumn& c : columns)
        out << c.name;
    return out;
}

namespace ImportFormat {

namespace {

// "name*" marks a required column, as interchange.md §1 writes it.
ImportFileFormat file(const char* name, std::initializer_list<const char*> columns)
{
    ImportFileFormat f;
    f.fileName = QString::fromLatin1(name);
    for (const char* c : columns) {
        QString n = QString::fromLatin1(c);
        const bool required = n.endsWith(QLatin1Char('*'));
        if (required)
            n.chop(1);
        f.columns.push_back({n, required});
    }
    return f;
}

} // namespace

const std::vector<ImportFileFormat>& files()
{
    static const std::vector<ImportFileFormat> list = {
        file("victims.csv",
             {"victim_code*",
              "center*",
              "sex*",
              "birth_date",
              "birth_year",
              "citizenship*",
              "county",
              "residence_env",
              "education",
              "notification_date*",
              "identification_date",
              "mnir_status*",
              "institution",
              "scope*",
              "exploitation*",
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
              "notes"}),
        file("campaigns.csv",
             {"campaign_code*", "center*", "title*", "level*", "funding*", "funder", "start_date*", "end_date"}),
        file("funded_projects.csv",
             {"project_code*", "center*", "title*", "funder*", "focus*", "start_date*", "end_date"}),
        file("assistance.csv", {"victim_code*", "center*", "service*", "provider*", "start_date*", "end_date"}),
        file("repatriations.csv",
             {"victim_code*", "center*", "from_country*", "request_date*", "arrival_date", "entry_point", "status*"}),
        file("judicial.csv", {"victim_code*", "center*", "date*", "case_ref*", "body*", "stage*", "role*", "support*"}),
        file("monitoring_contacts.csv",
             {"victim_code*", "center*", "date*", "kind*", "with_whom", "outcome", "next_date"}),
        file("prevention_activities.csv",
             {"center*", "date*", "county*", "campaign_code", "type*", "target_group*", "participants*", "materials",
              "online_reach"}),
        file("protocols.csv", {"center*", "signed_date*", "partner*"}),
        file("action_plans.csv", {"center*", "date*", "partner*"}),
        file("team_meetings.csv", {"center*", "date*", "county*", "attendees"}),
        file("trainings.csv", {"center*", "date*", "county", "audience*", "participants*", "topic"}),
        file("events.csv", {"center*", "date*", "type*", "role*", "title*"}),
    };
    return list;
}

const ImportFileFormat* byFileName(const QString& fileName)
{
    for (const ImportFileFormat& f : files())
        if (f.fileName == fileName)
            return &f;
    return nullptr;
}

QStringList columnNames(const QString& fileName)
{
    const ImportFileFormat* f = byFileName(fileName);
    return f ? f->columnNames() : QStringList();
}

} // namespace ImportFormat

} // namespace reper
