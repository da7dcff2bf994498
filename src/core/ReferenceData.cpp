#include "ReferenceData.h"

namespace reper::ReferenceData {

const std::vector<CenterDefault>& centers()
{
    static const std::vector<CenterDefault> list = {
        {"CR-AB", QString::fromUtf8("Alba Iulia")},  {"CR-BC", QString::fromUtf8("Bacău")},
        {"CR-BV", QString::fromUtf8("Brașov")},      {"CR-B", QString::fromUtf8("București")},
        {"CR-CJ", QString::fromUtf8("Cluj-Napoca")}, {"CR-CT", QString::fromUtf8("Constanța")},
        {"CR-DJ", QString::fromUtf8("Craiova")},     {"CR-GL", QString::fromUtf8("Galați")},
        {"CR-IS", QString::fromUtf8("Iași")},        {"CR-BH", QString::fromUtf8("Oradea")},
        {"CR-AG", QString::fromUtf8("Pitești")},     {"CR-PH", QString::fromUtf8("Ploiești")},
        {"CR-SV", QString::fromUtf8("Suceava")},     {"CR-MS", QString::fromUtf8("Târgu Mureș")},
        {"CR-TM", QString::fromUtf8("Timișoara")},
    };
    return list;
}

const std::vector<CountyDefault>& counties()
{
    // Default assignment of domain.md §2 (unconfirmed by the agency, hence editable in the store).
    static const std::vector<CountyDefault> list = {
        {"AB", QString::fromUtf8("Alba"), "CR-AB"},      {"AR", QString::fromUtf8("Arad"), "CR-TM"},
        {"AG", QString::fromUtf8("Argeș"), "CR-AG"},     {"BC", QString::fromUtf8("Bacău"), "CR-BC"},
        {"BH", QString::fromUtf8("Bihor"), "CR-BH"},     {"BN", QString::fromUtf8("Bistrița-Năsăud"), "CR-CJ"},
        {"BT", QString::fromUtf8("Botoșani"), "CR-SV"},  {"BV", QString::fromUtf8("Brașov"), "CR-BV"},
        {"BR", QString::fromUtf8("Brăila"), "CR-GL"},    {"B", QString::fromUtf8("București"), "CR-B"},
        {"BZ", QString::fromUtf8("Buzău"), "CR-PH"},     {"CS", QString::fromUtf8("Caraș-Severin"), "CR-TM"},
        {"CL", QString::fromUtf8("Călărași"), "CR-B"},   {"CJ", QString::fromUtf8("Cluj"), "CR-CJ"},
        {"CT", QString::fromUtf8("Constanța"), "CR-CT"}, {"CV", QString::fromUtf8("Covasna"), "CR-BV"},
        {"DB", QString::fromUtf8("Dâmbovița"), "CR-PH"}, {"DJ", QString::fromUtf8("Dolj"), "CR-DJ"},
        {"GL", QString::fromUtf8("Galați"), "CR-GL"},    {"GR", QString::fromUtf8("Giurgiu"), "CR-B"},
        {"GJ", QString::fromUtf8("Gorj"), "CR-DJ"},      {"HR", QString::fromUtf8("Harghita"), "CR-BV"},
        {"HD", QString::fromUtf8("Hunedoara"), "CR-AB"}, {"IL", QString::fromUtf8("Ialomița"), "CR-B"},
        {"IS", QString::fromUtf8("Iași"), "CR-IS"},      {"IF", QString::fromUtf8("Ilfov"), "CR-B"},
        {"MM", QString::fromUtf8("Maramureș"), "CR-CJ"}, {"MH", QString::fromUtf8("Mehedinți"), "CR-DJ"},
        {"MS", QString::fromUtf8("Mureș"), "CR-MS"},     {"NT", QString::fromUtf8("Neamț"), "CR-BC"},
        {"OT", QString::fromUtf8("Olt"), "CR-DJ"},       {"PH", QString::fromUtf8("Prahova"), "CR-PH"},
        {"SM", QString::fromUtf8("Satu Mare"), "CR-BH"}, {"SJ", QString::fromUtf8("Sălaj"), "CR-CJ"},
        {"SB", QString::fromUtf8("Sibiu"), "CR-AB"},     {"SV", QString::fromUtf8("Suceava"), "CR-SV"},
        {"TR", QString::fromUtf8("Teleorman"), "CR-B"},  {"TM", QString::fromUtf8("Timiș"), "CR-TM"},
        {"TL", QString::fromUtf8("Tulcea"), "CR-CT"},    {"VS", QString::fromUtf8("Vaslui"), "CR-IS"},
        {"VL", QString::fromUtf8("Vâlcea"), "CR-AG"},    {"VN", QString::fromUtf8("Vrancea"), "CR-GL"},
    };
    return list;
}

} // namespace reper::ReferenceData
