#pragma once
// The cooperation and training records of the centres: protocols.csv, action_plans.csv,
// team_meetings.csv, trainings.csv, events.csv and funded_projects.csv. Rows come in date order
// on working days; no two rows of a file are identical, since the import would take them as one.
#include "generator/CsvWriter.h"
#include "generator/GeneratorContext.h"

#include <functional>

namespace reper::gen {

class ActivityTables
{
public:
    ActivityTables(const GeneratorContext& context, CsvWriter& protocols, CsvWriter& actionPlans,
                   CsvWriter& teamMeetings, CsvWriter& trainings, CsvWriter& events, CsvWriter& fundedProjects);

    void writeYear(int year);

private:
    // Calls `row(random, day, attempt)` for `perYear` rows of a year at scale 1, in date order; the
    // row is tried again with attempt + 1 while it repeats a row of the same day.
    void writeDated(CsvWriter& csv, Purpose purpose, int year, double perYear,
                    const std::function<void(Random&, int day, int attempt)>& row);
    void writeFundedProjects(int year);

    const GeneratorContext& m_context;
    CsvWriter& m_protocolsCsv;
    CsvWriter& m_actionPlansCsv;
    CsvWriter& m_teamMeetingsCsv;
    CsvWriter& m_trainingsCsv;
    CsvWriter& m_eventsCsv;
    CsvWriter& m_fundedProjectsCsv;
    int m_projectCount = 0;
};

} // namespace reper::gen
