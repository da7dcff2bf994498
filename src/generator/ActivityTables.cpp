#include "ActivityTables.h"

#include "generator/CivilDay.h"
#include "generator/SyntheticTexts.h"
#include "generator/Weighted.h"

#include <algorithm>

namespace reper::gen {

namespace {

constexpr double kProtocolsPerYear = 5;
constexpr double kActionPlansPerYear = 20;
constexpr double kTeamMeetingsPerYear = 55;
constexpr double kTrainingsPerYear = 160;
constexpr double kEventsPerYear = 235;
constexpr double kFundedProjectsPerYear = 2;

const Weighted<const char*> kAudience
    = {{"police", 26}, {"teachers", 21},   {"social_workers", 15},   {"mixed", 14}, {"medical", 6},
       {"ngo", 5},     {"prosecutors", 4}, {"labour_inspectors", 4}, {"judges", 3}, {"other", 3}};
const Weighted<const char*> kEventType = {{"working_meeting", 37}, {"workshop", 14}, {"round_table", 13},
                                          {"other", 12},           {"seminar", 12},  {"conference", 9}};
const Weighted<const char*> kEventRole = {{"participant", 68}, {"organiser", 32}};

// With the attempt number in a title, a row that kept repeating becomes unique.
std::string withAttempt(std::string text, int attempt)
{
    if (attempt >= 20)
        text += " (" + std::to_string(attempt - 18) + ")";
    return text;
}

} // namespace

ActivityTables::ActivityTables(const GeneratorContext& context, CsvFile& protocols, CsvFile& actionPlans,
                               CsvFile& teamMeetings, CsvFile& trainings, CsvFile& events, CsvFile& fundedProjects)
    : m_context(context)
    , m_protocolsCsv(protocols)
    , m_actionPlansCsv(actionPlans)
    , m_teamMeetingsCsv(teamMeetings)
    , m_trainingsCsv(trainings)
    , m_eventsCsv(events)
    , m_fundedProjectsCsv(fundedProjects)
{
}

void ActivityTables::writeDated(CsvFile& csv, Purpose purpose, int year, double perYear,
                                const std::function<void(Random&, int, int)>& row)
{
    Random random = m_context.random(purpose, quint64(year));
    const std::vector<int> days = GeneratorContext::workingDays(year);
    const int count = m_context.perYear(perYear);
    int previousDay = -1;
    for (int i = 0; i < count && !m_context.cancelled(); ++i) {
        const int day = days[std::size_t(GeneratorContext::spread(random, i, count, int(days.size())))];
        if (day != previousDay)
            csv.forgetRows();
        previousDay = day;
        for (int attempt = 0;; ++attempt) {
            row(random, day, attempt);
            if (csv.commitUnique())
                break;
        }
    }
}

void ActivityTables::writeYear(int year)
{
    const Regions& regions = m_context.regions();

    writeDated(m_protocolsCsv, Purpose::Protocol, year, kProtocolsPerYear, [&](Random& r, int day, int attempt) {
        const int center = regions.pickCenter(r);
        const CountyInfo& county = regions.county(regions.pickCounty(r, center));
        m_protocolsCsv.add(regions.center(center).code).addDate(day);
        m_protocolsCsv.add(withAttempt(SyntheticTexts::protocolPartner(r, county.name, county.city), attempt));
    });

    writeDated(m_actionPlansCsv, Purpose::ActionPlan, year, kActionPlansPerYear, [&](Random& r, int day, int attempt) {
        const int center = regions.pickCenter(r);
        const CountyInfo& county = regions.county(regions.pickCounty(r, center));
        m_actionPlansCsv.add(regions.center(center).code).addDate(day);
        m_actionPlansCsv.add(withAttempt(SyntheticTexts::actionPlanPartner(r, county.name, county.city), attempt));
    });

    writeDated(m_teamMeetingsCsv, Purpose::TeamMeeting, year, kTeamMeetingsPerYear,
               [&](Random& r, int day, int attempt) {
                   const int center = regions.pickCenter(r);
                   m_teamMeetingsCsv.add(regions.center(center).code).addDate(day);
                   m_teamMeetingsCsv.add(regions.county(regions.pickCounty(r, center)).code);
                   if (attempt < 20 && r.chance(0.03))
                       m_teamMeetingsCsv.addEmpty(); // attendance not written down
                   else
                       m_teamMeetingsCsv.add(r.between(8, 25) + std::max(0, attempt - 19));
               });

    writeDated(m_trainingsCsv, Purpose::Training, year, kTrainingsPerYear, [&](Random& r, int day, int attempt) {
        const int center = regions.pickCenter(r);
        m_trainingsCsv.add(regions.center(center).code).addDate(day);
        if (r.chance(0.05))
            m_trainingsCsv.addEmpty();
        else
            m_trainingsCsv.add(regions.county(regions.pickCounty(r, center)).code);
        m_trainingsCsv.add(kAudience.pick(r)).add(r.between(7, 45) + std::max(0, attempt - 19));
        m_trainingsCsv.add(SyntheticTexts::trainingTopic(r));
    });

    writeDated(m_eventsCsv, Purpose::Event, year, kEventsPerYear, [&](Random& r, int day, int attempt) {
        const int center = regions.pickCenter(r);
        const CountyInfo& county = regions.county(regions.pickCounty(r, center));
        const std::string type = kEventType.pick(r);
        m_eventsCsv.add(regions.center(center).code).addDate(day).add(type).add(kEventRole.pick(r));
        m_eventsCsv.add(withAttempt(SyntheticTexts::eventTitle(r, type, county.city, county.name, year), attempt));
    });

    writeFundedProjects(year);
}

void ActivityTables::writeFundedProjects(int year)
{
    Random random = m_context.random(Purpose::FundedProject, quint64(year));
    const Regions& regions = m_context.regions();
    const std::vector<int> days = GeneratorContext::workingDays(year);
    const int count = m_context.perYear(kFundedProjectsPerYear);
    for (int i = 0; i < count && !m_context.cancelled(); ++i) {
        const int start = days[std::size_t(GeneratorContext::spread(random, i, count, int(days.size())))];
        const int center = regions.pickCenter(random);
        const auto project = SyntheticTexts::fundedProject(random, regions.center(center).region);
        int y = 0, m = 0, d = 0;
        CivilDay::toDate(start, y, m, d);
        // 6 to 36 months, ending on the last day of a month; 10 % without an end date.
        const int months = random.between(6, 36);
        const int endMonth = m + months; // the month after the last one, counted from January of y
        int end = CivilDay::fromDate(y + (endMonth - 1) / 12, (endMonth - 1) % 12 + 1, 1) - 1;
        if (random.chance(0.1) || end > m_context.lastDay())
            end = CivilDay::kNoDay;
        ++m_projectCount;
        std::string code = project.codePrefix + "-" + std::to_string(year) + "-";
        const std::string number = std::to_string(m_projectCount);
        code += std::string(number.size() < 3 ? 3 - number.size() : 0, '0') + number;
        CsvFile& w = m_fundedProjectsCsv;
        w.add(code).add(regions.center(center).code).add(project.title).add(project.funder).add(project.focus);
        w.addDate(start).addDate(end);
        w.commit();
    }
}

} // namespace reper::gen
