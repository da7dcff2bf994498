#pragma once
// campaigns.csv and prevention_activities.csv. Each year has a few national campaigns (the yearly
// ones of the agency, mostly run by CR-B) and local ones of the centres; activities take part in a
// campaign that runs on their date and is national or their centre's own, or in none (about 28 %).
// Online and media activities reach people online only: 0 participants and an online_reach.
#include "generator/CsvFile.h"
#include "generator/GeneratorContext.h"

#include <string>
#include <vector>

namespace reper::gen {

class CampaignTables
{
public:
    CampaignTables(const GeneratorContext& context, CsvFile& campaigns, CsvFile& prevention);

    void writeYear(int year);

private:
    struct Campaign
    {
        std::string code;
        int center;
        bool national;
        int start;
        int end; // INT_MAX while open-ended
    };

    void writeCampaigns(int year);
    void writePrevention(int year);
    void writeCampaign(const Campaign& campaign, const std::string& title, bool external, const std::string& funder);
    const Campaign* campaignFor(Random& random, int center, int day) const;

    const GeneratorContext& m_context;
    CsvFile& m_campaignsCsv;
    CsvFile& m_preventionCsv;
    std::vector<Campaign> m_live; // campaigns that have not ended before this year
    std::vector<int> m_national; // indices into m_live running this year
    std::vector<std::vector<int>> m_localByCenter; // the same, local, by centre
    mutable std::vector<int> m_scratch;
};

} // namespace reper::gen
