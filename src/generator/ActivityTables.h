#pragma once
// The cooperation and training records of the centres: protocols.csv, action_plans.csv,
// team_meetings.csv, trainings.csv, events.csv and funded_projects.csv. Rows come in date order
// on working days; no two rows of a file are identical, since the import would take them as one.
#include "generator/CsvFile.h"
#include "generator/GeneratorContext.h"

#include <functional>

namespace reper::gen {

class ActivityTables
{
public:
    ActivityTables(const GeneratorContext& context, CsvFile& protocols, CsvFile& actionPlans, CsvFile& teamMeetings,
                   CsvFile& trainings, CsvFile& events, CsvFile& fundedProjects);

    void writeYear(int year);

private:
    // Calls `row(random, day, attempt)` for `perYear` rows of a year at scale 1, in date order; the
    // row is tried again with attempt + 1 while it repeats a row of the same day.
    void writeDated(CsvFile& csv, Purpose purpose, int year, double perYear,
                    const std::function<void(Random&, int day, int attempt)>& row);
    void writeFundedProjects(int year);

    const GeneratorContext& m_context;
    CsvFile& m_protocolsCsv;
    CsvFile& m_actionPlansCsv;
    CsvFile& m_teamMeetingsCsv;
    CsvFile& m_trainingsCsv;
    CsvFile& m_eventsCsv;
    CsvFile& m_fundedProjectsCsv;
    int m_projectCount = 0;
};

} // namespace reper::gen
