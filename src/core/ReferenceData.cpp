#include "ReferenceData.h"

namespace reper::ReferenceData {

const std::vector<CenterDefault>& centers()
{
    static const std::vector<CenterDefault> list = {
        {QStringLiteral("CR-AB"), QString::fromUtf8("Alba Iulia")},
        {QStringLiteral("CR-BC"), QString::fromUtf8("Bacău")},
        {QStringLiteral("CR-BV"), QString::fromUtf8("Brașov")},
        {QStringLiteral("CR-B"), QString::fromUtf8("București")},
        {QStringLiteral("CR-CJ"), QString::fromUtf8("Cluj-Napoca")},
        {QStringLiteral("CR-CT"), QString::fromUtf8("Constanța")},
        {QStringLiteral("CR-DJ"), QString::fromUtf8("Craiova")},
        {QStringLiteral("CR-GL"), QString::fromUtf8("Galați")},
        {QStringLiteral("CR-IS"), QString::fromUtf8("Iași")},
        {QStringLiteral("CR-BH"), QString::fromUtf8("Oradea")},
        {QStringLiteral("CR-AG"), QString::fromUtf8("Pitești")},
        {QStringLiteral("CR-PH"), QString::fromUtf8("Ploiești")},
        {QStringLiteral("CR-SV"), QString::fromUtf8("Suceava")},
        {QStringLiteral("CR-MS"), QString::fromUtf8("Târgu Mureș")},
        {QStringLiteral("CR-TM"), QString::fromUtf8("Timișoara")},
    };
    return list;
}

const std::vector<CountyDefault>& counties()
{
    // Default assignment of domain.md §2 (unconfirmed by the agency, hence editable in the store).
    static const std::vector<CountyDefault> list = {
        {QStringLiteral("AB"), QString::fromUtf8("Alba"), QStringLiteral("CR-AB")},
        {QStringLiteral("AR"), QString::fromUtf8("Arad"), QStringLiteral("CR-TM")},
        {QStringLiteral("AG"), QString::fromUtf8("Argeș"), QStringLiteral("CR-AG")},
        {QStringLiteral("BC"), QString::fromUtf8("Bacău"), QStringLiteral("CR-BC")},
        {QStringLiteral("BH"), QString::fromUtf8("Bihor"), QStringLiteral("CR-BH")},
        {QStringLiteral("BN"), QString::fromUtf8("Bistrița-Năsăud"), QStringLiteral("CR-CJ")},
        {QStringLiteral("BT"), QString::fromUtf8("Botoșani"), QStringLiteral("CR-SV")},
        {QStringLiteral("BV"), QString::fromUtf8("Brașov"), QStringLiteral("CR-BV")},
        {QStringLiteral("BR"), QString::fromUtf8("Brăila"), QStringLiteral("CR-GL")},
        {QStringLiteral("B"), QString::fromUtf8("București"), QStringLiteral("CR-B")},
        {QStringLiteral("BZ"), QString::fromUtf8("Buzău"), QStringLiteral("CR-PH")},
        {QStringLiteral("CS"), QString::fromUtf8("Caraș-Severin"), QStringLiteral("CR-TM")},
        {QStringLiteral("CL"), QString::fromUtf8("Călărași"), QStringLiteral("CR-B")},
        {QStringLiteral("CJ"), QString::fromUtf8("Cluj"), QStringLiteral("CR-CJ")},
        {QStringLiteral("CT"), QString::fromUtf8("Constanța"), QStringLiteral("CR-CT")},
        {QStringLiteral("CV"), QString::fromUtf8("Covasna"), QStringLiteral("CR-BV")},
        {QStringLiteral("DB"), QString::fromUtf8("Dâmbovița"), QStringLiteral("CR-PH")},
        {QStringLiteral("DJ"), QString::fromUtf8("Dolj"), QStringLiteral("CR-DJ")},
        {QStringLiteral("GL"), QString::fromUtf8("Galați"), QStringLiteral("CR-GL")},
        {QStringLiteral("GR"), QString::fromUtf8("Giurgiu"), QStringLiteral("CR-B")},
        {QStringLiteral("GJ"), QString::fromUtf8("Gorj"), QStringLiteral("CR-DJ")},
        {QStringLiteral("HR"), QString::fromUtf8("Harghita"), QStringLiteral("CR-BV")},
        {QStringLiteral("HD"), QString::fromUtf8("Hunedoara"), QStringLiteral("CR-AB")},
        {QStringLiteral("IL"), QString::fromUtf8("Ialomița"), QStringLiteral("CR-B")},
        {QStringLiteral("IS"), QString::fromUtf8("Iași"), QStringLiteral("CR-IS")},
        {QStringLiteral("IF"), QString::fromUtf8("Ilfov"), QStringLiteral("CR-B")},
        {QStringLiteral("MM"), QString::fromUtf8("Maramureș"), QStringLiteral("CR-CJ")},
        {QStringLiteral("MH"), QString::fromUtf8("Mehedinți"), QStringLiteral("CR-DJ")},
        {QStringLiteral("MS"), QString::fromUtf8("Mureș"), QStringLiteral("CR-MS")},
        {QStringLiteral("NT"), QString::fromUtf8("Neamț"), QStringLiteral("CR-BC")},
        {QStringLiteral("OT"), QString::fromUtf8("Olt"), QStringLiteral("CR-DJ")},
        {QStringLiteral("PH"), QString::fromUtf8("Prahova"), QStringLiteral("CR-PH")},
        {QStringLiteral("SM"), QString::fromUtf8("Satu Mare"), QStringLiteral("CR-BH")},
        {QStringLiteral("SJ"), QString::fromUtf8("Sălaj"), QStringLiteral("CR-CJ")},
        {QStringLiteral("SB"), QString::fromUtf8("Sibiu"), QStringLiteral("CR-AB")},
        {QStringLiteral("SV"), QString::fromUtf8("Suceava"), QStringLiteral("CR-SV")},
        {QStringLiteral("TR"), QString::fromUtf8("Teleorman"), QStringLiteral("CR-B")},
        {QStringLiteral("TM"), QString::fromUtf8("Timiș"), QStringLiteral("CR-TM")},
        {QStringLiteral("TL"), QString::fromUtf8("Tulcea"), QStringLiteral("CR-CT")},
        {QStringLiteral("VS"), QString::fromUtf8("Vaslui"), QStringLiteral("CR-IS")},
        {QStringLiteral("VL"), QString::fromUtf8("Vâlcea"), QStringLiteral("CR-AG")},
        {QStringLiteral("VN"), QString::fromUtf8("Vrancea"), QStringLiteral("CR-GL")},
    };
    return list;
}

} // namespace reper::ReferenceData
