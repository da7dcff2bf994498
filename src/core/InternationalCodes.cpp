#include "InternationalCodes.h"

namespace reper::International {

namespace {

// The one mapping table (docs/international.md §2 explains each row). Eurostat groups the forms of
// Directive 2011/36/EU art. 2(3) as sexual exploitation, labour exploitation (forced labour or
// services, slavery or practices similar to slavery, servitude) and other forms (begging, criminal
// activities, removal of organs, and the forms outside art. 2(3): forced marriage, illegal
// adoption, surrogacy); GRETA's Part III asks for the same three. CTDC instead counts begging and
// criminality as kinds of forced labour and has flags of its own for slavery, organ removal and
// forced marriage.
const std::vector<Mapping> kMappings = {
    // list, code, Eurostat/GRETA, CTDC, CTDC detail, CTDC name
    {"sex", "F", "F", "Female", "", ""},
    {"sex", "M", "M", "Male", "", ""},
    {"sex", "U", "U", "-99", "", ""},

    {"exploitation", "sexual", "sexual", "isSexualExploit", "", "Sexual exploitation"},
    {"exploitation", "labour", "labour", "isForcedLabour", "", "Forced labour"},
    {"exploitation", "begging", "other", "isForcedLabour", "typeOfLabourBegging", "Forced labour"},
    {"exploitation", "criminality", "other", "isForcedLabour", "typeOfLabourIllicitActivities", "Forced labour"},
    {"exploitation", "organ_removal", "other", "isOrganRemoval", "", "Organ removal"},
    {"exploitation", "forced_marriage", "other", "isForcedMarriage", "", "Forced marriage"},
    {"exploitation", "slavery", "labour", "isSlaveryAndPractices", "", "Slavery and similar practices"},
    {"exploitation", "pornography", "sexual", "isSexualExploit", "typeOfSexPornography", "Sexual exploitation"},
    {"exploitation", "illegal_adoption", "other", "isOtherExploit", "", "Other"},
    {"exploitation", "surrogacy", "other", "isOtherExploit", "", "Other"},
    {"exploitation", "unspecified", "unknown", "", "", ""},

    {"recruiter_relation", "partner", "", "Intimate Partner", "recruiterRelationIntimatePartner", ""},
    {"recruiter_relation", "friend", "", "Friend", "recruiterRelationFriend", ""},
    {"recruiter_relation", "relative", "", "Family/Relative", "recruiterRelationFamily", ""},
    {"recruiter_relation", "acquaintance", "", "Other", "recruiterRelationOther", ""},
    {"recruiter_relation", "neighbour", "", "Other", "recruiterRelationOther", ""},
    {"recruiter_relation", "stranger", "", "Other", "recruiterRelationOther", ""},
    {"recruiter_relation", "unknown", "", "Unknown", "recruiterRelationUnknown", ""},

    // isAbduction: 1 for abduction, 0 for any other known method, -99 when unknown or not given.
    {"recruitment", "abduction", "", "1", "", ""},
    {"recruitment", "direct_approach", "", "0", "", ""},
    {"recruitment", "job_offer", "", "0", "", ""},
    {"recruitment", "advertisement", "", "0", "", ""},
    {"recruitment", "placement_agency", "", "0", "", ""},
    {"recruitment", "online", "", "0", "", ""},
    {"recruitment", "loverboy", "", "0", "", ""},
    {"recruitment", "family", "", "0", "", ""},
    {"recruitment", "other", "", "0", "", ""},
    {"recruitment", "unknown", "", "-99", "", ""},
};

} // namespace

const std::vector<Mapping>& mappings() { return kMappings; }

const Mapping* mapping(const QString& list, const QString& code)
{
    for (const Mapping& m : kMappings) {
        if (list == QLatin1String(m.list) && code == QLatin1String(m.code))
            return &m;
    }
    return nullptr;
}

QString ageGroup(std::optional<int> age)
{
    if (!age)
        return QStringLiteral("unknown");
    return *age < 18 ? QStringLiteral("child") : QStringLiteral("adult");
}

QStringList ageGroups() { return {QStringLiteral("child"), QStringLiteral("adult"), QStringLiteral("unknown")}; }

QStringList sexes() { return {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U")}; }

QStringList forms()
{
    QStringList out;
    for (const Mapping& m : kMappings) {
        if (QLatin1String(m.list) == QLatin1String("exploitation"))
            out << QLatin1String(m.code);
    }
    return out;
}

QStringList formGroups()
{
    return {QStringLiteral("sexual"), QStringLiteral("labour"), QStringLiteral("other"), QStringLiteral("unknown")};
}

QString formGroup(const QString& form)
{
    const Mapping* m = mapping(QStringLiteral("exploitation"), form);
    return m ? QLatin1String(m->eurostat) : QStringLiteral("unknown");
}

QString ctdcGender(const QString& sex)
{
    const Mapping* m = mapping(QStringLiteral("sex"), sex);
    return m ? QLatin1String(m->ctdc) : missing();
}

QString ctdcAgeBroad(std::optional<int> age)
{
    if (!age || *age < 0)
        return missing();
    struct Band
    {
        int upTo;
        const char* name;
    };
    static const Band bands[] = {{8, "0--8"},    {17, "9--17"},  {20, "18--20"}, {23, "21--23"},
                                 {26, "24--26"}, {29, "27--29"}, {38, "30--38"}, {47, "39--47"}};
    for (const Band& b : bands) {
        if (*age <= b.upTo)
            return QLatin1String(b.name);
    }
    return QStringLiteral("48+");
}

QString ctdcMajority(std::optional<int> age)
{
    if (!age || *age < 0)
        return missing();
    return *age < 18 ? QStringLiteral("Minor") : QStringLiteral("Adult");
}

QStringList ctdcFormFlags()
{
    return {QStringLiteral("isForcedLabour"),   QStringLiteral("isSexualExploit"),
            QStringLiteral("isOtherExploit"),   QStringLiteral("isSexAndLabour"),
            QStringLiteral("isForcedMarriage"), QStringLiteral("isForcedMilitary"),
            QStringLiteral("isOrganRemoval"),   QStringLiteral("isSlaveryAndPractices")};
}

QStringList ctdcFormDetails()
{
    return {QStringLiteral("typeOfLabourBegging"), QStringLiteral("typeOfLabourIllicitActivities"),
            QStringLiteral("typeOfSexPornography")};
}

QStringList ctdcRelationFlags()
{
    return {QStringLiteral("recruiterRelationIntimatePartner"), QStringLiteral("recruiterRelationFriend"),
            QStringLiteral("recruiterRelationFamily"), QStringLiteral("recruiterRelationOther"),
            QStringLiteral("recruiterRelationUnknown")};
}

QString citizenshipGroup(const QString& iso)
{
    if (iso.isEmpty())
        return QStringLiteral("unknown");
    if (iso == QLatin1String("RO"))
        return QStringLiteral("RO");
    return isEu27(iso) ? QStringLiteral("EU") : QStringLiteral("NONEU");
}

QStringList citizenshipGroups()
{
    return {QStringLiteral("RO"), QStringLiteral("EU"), QStringLiteral("NONEU"), QStringLiteral("unknown")};
}

QString region(const QString& iso)
{
    if (iso.isEmpty())
        return missing();
    if (iso == QLatin1String("RO"))
        return QStringLiteral("RO");
    if (isEu27(iso))
        return QStringLiteral("Other EU");
    const QString c = continent(iso);
    if (c.isEmpty())
        return missing();
    if (c == QLatin1String("Europe"))
        return QStringLiteral("Europe (non-EU)");
    return c;
}

} // namespace reper::International
