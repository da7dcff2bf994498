#include "Regions.h"

#include "core/ReferenceData.h"

#include <cstring>

namespace reper::gen {

namespace {

struct CountyFacts
{
    const char* code;
    const char* seat;
    int cnp;
};

// County seats and the county numbers of the CNP (01–52; București is 40, its sectors 41–46).
const CountyFacts kCountyFacts[] = {
    {"AB", u8"Alba Iulia", 1},
    {"AR", u8"Arad", 2},
    {"AG", u8"Pitești", 3},
    {"BC", u8"Bacău", 4},
    {"BH", u8"Oradea", 5},
    {"BN", u8"Bistrița", 6},
    {"BT", u8"Botoșani", 7},
    {"BV", u8"Brașov", 8},
    {"BR", u8"Brăila", 9},
    {"BZ", u8"Buzău", 10},
    {"CS", u8"Reșița", 11},
    {"CJ", u8"Cluj-Napoca", 12},
    {"CT", u8"Constanța", 13},
    {"CV", u8"Sfântu Gheorghe", 14},
    {"DB", u8"Târgoviște", 15},
    {"DJ", u8"Craiova", 16},
    {"GL", u8"Galați", 17},
    {"GJ", u8"Târgu Jiu", 18},
    {"HR", u8"Miercurea Ciuc", 19},
    {"HD", u8"Deva", 20},
    {"IL", u8"Slobozia", 21},
    {"IS", u8"Iași", 22},
    {"IF", u8"Buftea", 23},
    {"MM", u8"Baia Mare", 24},
    {"MH", u8"Drobeta-Turnu Severin", 25},
    {"MS", u8"Târgu Mureș", 26},
    {"NT", u8"Piatra Neamț", 27},
    {"OT", u8"Slatina", 28},
    {"PH", u8"Ploiești", 29},
    {"SM", u8"Satu Mare", 30},
    {"SJ", u8"Zalău", 31},
    {"SB", u8"Sibiu", 32},
    {"SV", u8"Suceava", 33},
    {"TR", u8"Alexandria", 34},
    {"TM", u8"Timișoara", 35},
    {"TL", u8"Tulcea", 36},
    {"VS", u8"Vaslui", 37},
    {"VL", u8"Râmnicu Vâlcea", 38},
    {"VN", u8"Focșani", 39},
    {"B", u8"București", 40},
    {"CL", u8"Călărași", 51},
    {"GR", u8"Giurgiu", 52},
};

struct CenterFacts
{
    const char* code;
    int weight; // in half per cent: CR-B carries 14 %, CR-BV 6 %
    const char* region;
};

const CenterFacts kCenterFacts[] = {
    {"CR-B", 28, u8"București-Ilfov"}, {"CR-BV", 12, u8"Centru"},   {"CR-DJ", 20, u8"Sud-Vest Oltenia"},
    {"CR-GL", 16, u8"Sud-Est"},        {"CR-BC", 15, u8"Nord-Est"}, {"CR-IS", 15, u8"Nord-Est"},
    {"CR-PH", 14, u8"Sud-Muntenia"},   {"CR-AB", 13, u8"Centru"},   {"CR-AG", 12, u8"Sud-Muntenia"},
    {"CR-TM", 11, u8"Vest"},           {"CR-CT", 10, u8"Sud-Est"},  {"CR-MS", 9, u8"Centru"},
    {"CR-CJ", 9, u8"Nord-Vest"},       {"CR-SV", 8, u8"Nord-Est"},  {"CR-BH", 8, u8"Nord-Vest"},
};

std::string utf8(const QString& text) { return text.toStdString(); }

} // namespace

Regions::Regions()
{
    for (const CenterDefault& c : ReferenceData::centers()) {
        CenterInfo info;
        info.code = utf8(c.code);
        info.seat = utf8(c.seat);
        info.region = "România";
        int weight = 12; // a centre the defaults did not know of gets an average share
        for (const CenterFacts& f : kCenterFacts)
            if (info.code == f.code) {
                weight = f.weight;
                info.region = f.region;
            }
        m_centerChoice.add(int(m_centers.size()), weight);
        m_centers.push_back(std::move(info));
    }
    for (const CountyDefault& c : ReferenceData::counties()) {
        CountyInfo info;
        info.code = utf8(c.code);
        info.name = utf8(c.name);
        info.city = info.name;
        for (const CountyFacts& f : kCountyFacts)
            if (info.code == f.code) {
                info.city = f.seat;
                info.cnpCode = f.cnp;
            }
        const std::string center = utf8(c.center);
        for (std::size_t i = 0; i < m_centers.size(); ++i)
            if (m_centers[i].code == center)
                info.center = int(i);
        CenterInfo& owner = m_centers[std::size_t(info.center)];
        owner.counties.push_back(int(m_counties.size()));
        owner.countyChoice.add(int(m_counties.size()), owner.code == "CR-" + info.code ? 3 : 1);
        m_counties.push_back(std::move(info));
    }
}

int Regions::pickOtherCenter(Random& random, int notThis) const
{
    if (m_centers.size() < 2)
        return notThis;
    for (;;) {
        const int other = pickCenter(random);
        if (other != notThis)
            return other;
    }
}

int Regions::pickCounty(Random& random, int center) const
{
    const CenterInfo& info = m_centers[std::size_t(center)];
    return info.countyChoice.isEmpty() ? 0 : info.countyChoice.pick(random);
}

int Regions::cnpCountyCode(Random& random, int county) const
{
    const int code = m_counties[std::size_t(county)].cnpCode;
    if (code == 40)
        return random.between(41, 46);
    return code > 0 ? code : random.between(1, 39);
}

} // namespace reper::gen
