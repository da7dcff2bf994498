#include "CampaignTables.h"

#include "generator/CivilDay.h"
#include "generator/SyntheticTexts.h"
#include "generator/Weighted.h"

#include <algorithm>
#include <climits>

namespace reper::gen {

namespace {

constexpr double kCampaignsPerYear = 30;
constexpr double kNationalShare = 0.25;
constexpr double kOpenEnded = 0.01;
constexpr double kActivitiesPerYear = 2500;
constexpr double kInCampaign = 0.72;

const Weighted<const char*> kActivityType = {{"information_session", 45},
                                             {"materials_distribution", 14},
                                             {"target_group_meeting", 12},
                                             {"workshop", 9},
                                             {"online", 8},
                                             {"debate", 7},
                                             {"media", 3},
                                             {"other", 2}};
const Weighted<const char*> kTargetGroup = {{"pupils", 40}, {"general_public", 24}, {"vulnerable_groups", 12},
                                            {"parents", 9}, {"students", 7},        {"professionals", 5},
                                            {"other", 3}};
const Weighted<const char*> kOnlineTarget = {{"pupils", 40}, {"students", 30}, {"general_public", 30}};

std::string campaignCode(int year, int sequence)
{
    std::string number = std::to_string(sequence);
    if (number.size() < 3)
        number.insert(0, 3 - number.size(), '0');
    const int yy = ((year % 100) + 100) % 100;
    return "CMP-" + std::string(1, char('0' + yy / 10)) + char('0' + yy % 10) + "-" + number;
}

} // namespace

CampaignTables::CampaignTables(const GeneratorContext& context, CsvFile& campaigns, CsvFile& prevention)
    : m_context(context)
    , m_campaignsCsv(campaigns)
    , m_preventionCsv(prevention)
    , m_localByCenter(context.regions().centers().size())
{
}

void CampaignTables::writeYear(int year)
{
    const int first = CivilDay::firstOfYear(year);
    m_live.erase(std::remove_if(m_live.begin(), m_live.end(), [first](const Campaign& c) { return c.end < first; }),
                 m_live.end());
    writeCampaigns(year);
    m_national.clear();
    for (auto& local : m_localByCenter)
        local.clear();
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        const Campaign& c = m_live[i];
        if (c.start > CivilDay::lastOfYear(year))
            continue;
        if (c.national)
            m_national.push_back(int(i));
        else
            m_localByCenter[std::size_t(c.center)].push_back(int(i));
    }
    writePrevention(year);
}

void CampaignTables::writeCampaign(const Campaign& campaign, const std::string& title, bool external,
                                   const std::string& funder)
{
    CsvFile& w = m_campaignsCsv;
    w.add(campaign.code).add(m_context.regions().center(campaign.center).code).add(title);
    w.add(campaign.national ? "national" : "local").add(external ? "external" : "own").add(external ? funder : "");
    w.addDate(campaign.start).addDate(campaign.end == INT_MAX ? CivilDay::kNoDay : campaign.end);
    w.commit();
}

void CampaignTables::writeCampaigns(int year)
{
    Random random = m_context.random(Purpose::Campaign, quint64(year));
    const Regions& regions = m_context.regions();
    const int count = m_context.perYear(kCampaignsPerYear);
    const int national = int(qRound64(count * kNationalShare));
    const int first = CivilDay::firstOfYear(year);
    const int startSpan = CivilDay::lastOfYear(year) - 30 - first + 1;
    int bucharest = 0;
    for (std::size_t i = 0; i < regions.centers().size(); ++i)
        if (regions.centers()[i].code == "CR-B")
            bucharest = int(i);

    for (int k = 0; k < count && !m_context.cancelled(); ++k) {
        Campaign c;
        c.code = campaignCode(year, k + 1);
        std::string title;
        bool external = false;
        std::string funder;
        if (k < national) {
            const auto n = SyntheticTexts::nationalCampaign(k, year);
            c.national = true;
            c.center = random.chance(0.7) ? bucharest : regions.pickCenter(random);
            c.start = CivilDay::fromDate(year, n.startMonth, n.startDay);
            c.end = CivilDay::fromDate(year, n.endMonth, n.endDay);
            title = n.title;
            external = n.external;
            funder = n.funder;
        } else {
            c.national = false;
            c.center = regions.pickCenter(random);
            const CountyInfo& county = regions.county(regions.pickCounty(random, c.center));
            c.start = first + GeneratorContext::spread(random, k - national, count - national, startSpan);
            c.end = c.start + random.between(30, 240);
            title = SyntheticTexts::localCampaignTitle(random, county.city, county.name);
            external = random.chance(0.2);
            if (external)
                funder = SyntheticTexts::campaignFunder(random, county.name);
        }
        if (random.chance(kOpenEnded) || c.end > m_context.lastDay())
            c.end = INT_MAX;
        writeCampaign(c, title, external, funder);
        m_live.push_back(std::move(c));
    }
}

const CampaignTables::Campaign* CampaignTables::campaignFor(Random& random, int center, int day) const
{
    auto running = [&](const std::vector<int>& from) {
        m_scratch.clear();
        for (const int i : from)
            if (m_live[std::size_t(i)].start <= day && day <= m_live[std::size_t(i)].end)
                m_scratch.push_back(i);
        return !m_scratch.empty();
    };
    const bool preferLocal = random.chance(0.6);
    if ((preferLocal && running(m_localByCenter[std::size_t(center)])) || running(m_national)
        || running(m_localByCenter[std::size_t(center)]))
        return &m_live[std::size_t(m_scratch[random.below(m_scratch.size())])];
    return nullptr;
}

void CampaignTables::writePrevention(int year)
{
    Random random = m_context.random(Purpose::Prevention, quint64(year));
    const Regions& regions = m_context.regions();
    const std::vector<int> days = GeneratorContext::workingDays(year);
    const int count = m_context.perYear(kActivitiesPerYear);
    int previousDay = -1;
    for (int i = 0; i < count && !m_context.cancelled(); ++i) {
        const int day = days[std::size_t(GeneratorContext::spread(random, i, count, int(days.size())))];
        if (day != previousDay)
            m_preventionCsv.forgetRows(); // rows are in date order: repeats can only be on the same day
        previousDay = day;
        const int center = regions.pickCenter(random);
        const std::string& county = regions.county(regions.pickCounty(random, center)).code;
        const Campaign* campaign = random.chance(kInCampaign) ? campaignFor(random, center, day) : nullptr;
        const std::string type = kActivityType.pick(random);
        const bool online = type == "online" || type == "media";
        const char* target = type == "media" ? "general_public"
            : online                         ? kOnlineTarget.pick(random)
                                             : kTargetGroup.pick(random);
        int participants = 0;
        int materials = -1;
        int reach = -1;
        if (type == "online")
            reach = random.between(200, 3000) * random.between(1, 8);
        else if (type == "media")
            reach = random.between(500, 20000);
        else if (type == "materials_distribution")
            participants = random.skewedLow(60, 700);
        else if (type == "information_session")
            participants = random.between(20, 80);
        else if (type == "target_group_meeting")
            participants = random.between(5, 50);
        else if (type == "workshop")
            participants = random.between(8, 30);
        else if (type == "debate")
            participants = random.between(15, 80);
        else
            participants = random.between(10, 150);
        if (type == "materials_distribution")
            materials = participants + int(random.below(quint64(participants) + 1));
        else if (type == "information_session" && random.chance(0.5))
            materials = participants + random.between(0, 50);
        else if (!online && random.chance(0.2))
            materials = random.between(10, 100);

        for (;;) {
            CsvFile& w = m_preventionCsv;
            w.add(regions.center(center).code).addDate(day).add(county).add(campaign ? campaign->code : "");
            w.add(type).add(target).add(participants);
            if (materials >= 0)
                w.add(materials);
            else
                w.addEmpty();
            if (reach >= 0)
                w.add(reach);
            else
                w.addEmpty();
            if (w.commitUnique())
                break;
            // Two activities alike in everything are two records only if a count differs.
            if (online)
                ++reach;
            else
                ++participants;
        }
    }
}

} // namespace reper::gen
