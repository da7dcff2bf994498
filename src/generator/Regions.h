#pragma once
// The centres and counties as the generator uses them: the shipped reference data
// (ReferenceData::centers()/counties()) with unequal centre weights, the seat city of each county
// and its CNP county number. Records of a centre take their counties from that centre's counties,
// the one named like the centre (CR-BV → BV) three times as often as the others.
#include "generator/Weighted.h"

#include <string>
#include <vector>

namespace reper::gen {

struct CountyInfo
{
    std::string code; // ISO 3166-2:RO suffix
    std::string name; // Brașov
    std::string city; // the county seat: Brașov, Sfântu Gheorghe, …
    int cnpCode = 0; // the JJ digits of a CNP; București uses 41–46 (its sectors)
    int center = 0; // index into centers()
};

struct CenterInfo
{
    std::string code; // CR-BV
    std::string seat; // Brașov
    std::string region; // development region, for project titles
    std::vector<int> counties;
    Weighted<int> countyChoice;
};

class Regions
{
public:
    Regions();

    const std::vector<CenterInfo>& centers() const { return m_centers; }
    const std::vector<CountyInfo>& counties() const { return m_counties; }
    const CenterInfo& center(int index) const { return m_centers[std::size_t(index)]; }
    const CountyInfo& county(int index) const { return m_counties[std::size_t(index)]; }

    int pickCenter(Random& random) const { return m_centerChoice.pick(random); }
    int pickOtherCenter(Random& random, int notThis) const;
    int pickCounty(Random& random, int center) const;
    int cnpCountyCode(Random& random, int county) const;

private:
    std::vector<CenterInfo> m_centers;
    std::vector<CountyInfo> m_counties;
    Weighted<int> m_centerChoice;
};

} // namespace reper::gen
