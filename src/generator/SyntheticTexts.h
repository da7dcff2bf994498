#pragma once
// The free text of the synthetic records, in Romanian as the centres write it: case notes, entry
// points, campaign and project titles, funders, partners of protocols and action plans, training
// topics and event titles. Several hold commas, quotes or a line break, as real spreadsheets do,
// so that every file exercises the CSV quoting.
#include "generator/Random.h"

#include <string>

namespace reper::gen::SyntheticTexts {

// A note on a victim's file; city is the seat of the victim's county.
std::string victimNote(Random& random, const std::string& city, bool female, bool minor);
// Where a repatriated victim entered Romania; empty when not recorded.
std::string entryPoint(Random& random, const std::string& fromCountry);

struct NationalCampaign
{
    std::string title;
    int startMonth, startDay, endMonth, endDay; // the usual period in the campaign's year
    bool external;
    const char* funder;
};
// The k-th national campaign of a year (they repeat yearly, with a stage number past the list).
NationalCampaign nationalCampaign(int k, int year);
std::string localCampaignTitle(Random& random, const std::string& city, const std::string& countyName);
std::string campaignFunder(Random& random, const std::string& countyName);

std::string protocolPartner(Random& random, const std::string& countyName, const std::string& city);
std::string actionPlanPartner(Random& random, const std::string& countyName, const std::string& city);
// Empty for a few sessions whose topic was not written down.
std::string trainingTopic(Random& random);
// A title for an event of that type (a code of event_type).
std::string eventTitle(Random& random, const std::string& type, const std::string& city, const std::string& countyName,
                       int year);

struct ProjectText
{
    std::string codePrefix; // POCU, ISF, SEE, …
    std::string title;
    std::string funder;
    const char* focus; // a code of project_focus
};
ProjectText fundedProject(Random& random, const std::string& region);

} // namespace reper::gen::SyntheticTexts
