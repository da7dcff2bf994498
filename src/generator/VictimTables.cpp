#include "VictimTables.h"

#include "generator/CivilDay.h"
#include "generator/SyntheticTexts.h"
#include "generator/VictimPerson.h"
#include "generator/Weighted.h"

#include <algorithm>

namespace reper::gen {

namespace {

constexpr double kIdentificationsPerYear = 700;
constexpr double kReidentification = 0.04;
constexpr double kReidentifiedElsewhere = 0.2;
constexpr int kReidentificationGap = 90; // days since the victim's latest notification
constexpr double kJudicialActionsPerYear = 1500;
constexpr double kInProceedings = 0.62;
constexpr double kSharesCase = 0.35;
constexpr double kRepatriated = 0.11; // of identifications exploited abroad

const Weighted<const char*> kMnirStatus = {{"identified", 80}, {"presumed", 12}, {"potential", 8}};
const Weighted<const char*> kInstitution = {{"police", 430},
                                            {"prosecutor", 120},
                                            {"border_police", 100},
                                            {"dgaspc", 95},
                                            {"ngo", 70},
                                            {"anitp", 30},
                                            {"self", 26},
                                            {"transport_police", 20},
                                            {"consular_mission", 20},
                                            {"other", 20},
                                            {"international_org", 12},
                                            {"labour_inspection", 10},
                                            {"court", 8},
                                            {"immigration", 5},
                                            {"", 20}};
const Weighted<const char*> kAbroad
    = {{"IT", 25}, {"DE", 17}, {"ES", 12}, {"FR", 11}, {"GB", 10}, {"NL", 5}, {"BE", 5}, {"AT", 4}, {"GR", 3},
       {"CY", 3},  {"IE", 2},  {"NO", 1},  {"SE", 1},  {"DK", 1},  {"CZ", 1}, {"CH", 1}, {"PL", 1}, {"", 5}};
const Weighted<const char*> kExploitationWomen
    = {{"sexual", 680},         {"labour", 110},         {"begging", 40},    {"criminality", 20},
       {"pornography", 35},     {"forced_marriage", 25}, {"slavery", 12},    {"organ_removal", 3},
       {"illegal_adoption", 3}, {"surrogacy", 2},        {"unspecified", 25}};
const Weighted<const char*> kExploitationMen
    = {{"labour", 560}, {"sexual", 150},     {"begging", 110},      {"criminality", 80},
       {"slavery", 40}, {"pornography", 15}, {"organ_removal", 10}, {"unspecified", 35}};
const Weighted<const char*> kAttempt = {{"no", 85}, {"yes", 6}, {"", 9}};
const Weighted<const char*> kRecruitment = {{"direct_approach", 27},
                                            {"job_offer", 19},
                                            {"loverboy", 16},
                                            {"online", 10},
                                            {"family", 8},
                                            {"unknown", 6},
                                            {"advertisement", 3},
                                            {"other", 3},
                                            {"placement_agency", 2},
                                            {"abduction", 1},
                                            {"", 4}};
const Weighted<const char*> kRecruiterRelation
    = {{"acquaintance", 30}, {"partner", 20},  {"friend", 14}, {"stranger", 11},
       {"relative", 8},      {"neighbour", 7}, {"unknown", 5}, {"", 3}};
// Services per identification: about 2,000 a year for 700 identifications. Many victims refuse
// assistance; those who accept receive several services, so that about 600–700 victims a year are
// monitored, as in the 2019 bilanț.
const Weighted<int> kServiceCount = {{0, 52}, {4, 8}, {5, 10}, {6, 10}, {7, 10}, {8, 10}};
const Weighted<const char*> kService = {{"psychological", 16},
                                        {"social", 15},
                                        {"legal", 12},
                                        {"shelter", 8},
                                        {"medical", 7},
                                        {"family_reintegration", 7},
                                        {"documents", 4},
                                        {"vocational", 4},
                                        {"school_reintegration", 3},
                                        {"court_accompaniment", 3},
                                        {"financial", 2},
                                        {"interpretation", 1},
                                        {"other", 1}};
const Weighted<const char*> kShelterProvider = {{"ngo", 40}, {"public_shelter", 30}, {"dgaspc", 30}};
const Weighted<const char*> kProviderAdult
    = {{"anitp", 37}, {"ngo", 28}, {"dgaspc", 10}, {"other", 12}, {"public_shelter", 3}};
const Weighted<const char*> kProviderMinor = {{"dgaspc", 45}, {"anitp", 25}, {"ngo", 22}, {"other", 8}};
const Weighted<const char*> kRepatriationStatus
    = {{"completed", 82}, {"in_progress", 8}, {"requested", 5}, {"cancelled", 5}};
const Weighted<const char*> kRole
    = {{"injured_party", 58}, {"civil_party", 15}, {"witness", 14}, {"protected_witness", 13}};
const Weighted<const char*> kSupport
    = {{"information", 27}, {"hearing_accompaniment", 27}, {"prosecutor_liaison", 12}, {"travel_support", 10},
       {"legal_aid", 9},    {"child_friendly_hearing", 7}, {"video_link", 4},          {"other", 4}};
const int kCourts[] = {2, 3, 40, 63, 95, 105, 109, 117, 118, 180, 215, 245, 256, 285, 302};

// The usual companion of a primary form, when a victim suffered two.
const char* secondForm(Random& random, const std::string& primary)
{
    if (primary == "sexual")
        return random.chance(0.55) ? "pornography" : "labour";
    if (primary == "labour")
        return random.chance(0.5) ? "begging" : "slavery";
    if (primary == "begging")
        return random.chance(0.5) ? "labour" : "criminality";
    if (primary == "criminality")
        return "begging";
    if (primary == "pornography")
        return "sexual";
    if (primary == "forced_marriage")
        return random.chance(0.5) ? "sexual" : "slavery";
    if (primary == "slavery")
        return "labour";
    return nullptr;
}

} // namespace

VictimTables::VictimTables(const GeneratorContext& context, CsvFile& victims, CsvFile& assistance,
                           CsvFile& repatriations, CsvFile& judicial)
    : m_context(context)
    , m_victimsCsv(victims)
    , m_assistanceCsv(assistance)
    , m_repatriationsCsv(repatriations)
    , m_judicialCsv(judicial)
    , m_codeRandom(context.random(Purpose::VictimCode))
    , m_lastCaseOfCenter(context.regions().centers().size(), -1)
{
}

void VictimTables::writeYear(int year)
{
    m_firstCaseOfYear.push_back(m_caseCount);
    writeIdentifications(year);
    writeJudicial(year);
}

std::string VictimTables::codeText(quint32 code) const
{
    std::string text = "RV-XXXXXX";
    for (int i = 8; i >= 3; --i) {
        const quint32 digit = code % 36;
        code /= 36;
        text[std::size_t(i)] = digit < 26 ? char('A' + digit) : char('0' + digit - 26);
    }
    return text;
}

int VictimTables::newVictim(Random& random, int day, int year)
{
    Entry e{};
    do
        e.code = quint32(m_codeRandom.below(2176782336ull)); // 36^6
    while (!m_usedCodes.insert(e.code).second);
    e.firstDay = day;
    e.lastDay = day;
    e.center = quint8(m_context.regions().pickCenter(random));
    e.caseNo = -1;
    e.caseFrom = std::min(day + random.skewedLow(0, 45), CivilDay::lastOfYear(year));
    const int index = int(m_victims.size());
    if (random.chance(kInProceedings)) {
        const int previous = m_lastCaseOfCenter[e.center];
        if (previous >= 0 && day - m_victims[std::size_t(previous)].firstDay <= 120 && random.chance(kSharesCase)) {
            e.caseNo = m_victims[std::size_t(previous)].caseNo;
            e.caseYear = m_victims[std::size_t(previous)].caseYear;
        } else {
            e.caseNo = m_caseCount++;
            e.caseYear = qint16(year);
            m_lastCaseOfCenter[e.center] = index;
        }
        m_caseVictims.push_back(index);
    }
    m_victims.push_back(e);
    return index;
}

int VictimTables::reidentifiable(Random& random, int day) const
{
    const int latest = day - kReidentificationGap;
    const auto end = std::upper_bound(m_victims.begin(), m_victims.end(), latest,
                                      [](int d, const Entry& e) { return d < e.firstDay; });
    const quint64 candidates = quint64(end - m_victims.begin());
    for (int attempt = 0; candidates > 0 && attempt < 5; ++attempt) {
        const quint64 index = random.below(candidates);
        if (m_victims[index].lastDay <= latest)
            return int(index);
    }
    return -1;
}

void VictimTables::writeIdentifications(int year)
{
    Random random = m_context.random(Purpose::Identification, quint64(year));
    const int first = CivilDay::firstOfYear(year);
    const int days = CivilDay::lastOfYear(year) - first + 1;
    const int count = m_context.perYear(kIdentificationsPerYear);
    for (int i = 0; i < count && !m_context.cancelled(); ++i) {
        const int day = first + GeneratorContext::spread(random, i, count, days);
        int index = random.chance(kReidentification) ? reidentifiable(random, day) : -1;
        int center = 0;
        if (index >= 0) {
            Entry& again = m_victims[std::size_t(index)];
            again.lastDay = day;
            center = random.chance(kReidentifiedElsewhere) ? m_context.regions().pickOtherCenter(random, again.center)
                                                           : again.center;
        } else {
            index = newVictim(random, day, year);
            center = m_victims[std::size_t(index)].center;
        }
        const Entry& entry = m_victims[std::size_t(index)];
        const VictimPerson person = makeVictimPerson(m_context, index, entry.firstDay, entry.center);
        if (entry.firstDay == day)
            m_victims[std::size_t(index)].minor = person.minorAt(day) ? 1 : 0;
        const Identification identification = writeIdentificationRow(random, entry, person, day, center);
        writeAssistance(random, entry, person, day, center);
        writeRepatriation(random, entry, identification, day, center);
    }
}

VictimTables::Identification VictimTables::writeIdentificationRow(Random& random, const Entry& entry,
                                                                  const VictimPerson& person, int day, int center)
{
    CsvFile& w = m_victimsCsv;
    w.add(codeText(entry.code)).add(m_context.regions().center(center).code).add(person.sex);
    w.addDate(person.birthDay);
    if (person.birthYear > 0)
        w.add(person.birthYear);
    else
        w.addEmpty();
    w.add(person.citizenship).add(person.county).add(person.residenceEnv).add(person.education);
    w.addDate(day);
    w.addDate(random.chance(0.88) ? std::min(day + random.skewedLow(0, 40), m_context.lastDay()) : CivilDay::kNoDay);
    w.add(kMnirStatus.pick(random)).add(kInstitution.pick(random));

    Identification id;
    if (person.citizenship != "RO") {
        id.scope = "international";
        id.country = random.chance(0.5) ? "RO" : kAbroad.pick(random);
    } else if (random.chance(0.58)) {
        id.scope = "internal";
        id.country = "RO";
    } else {
        id.scope = "international";
        id.country = kAbroad.pick(random);
    }
    w.add(id.scope);

    const std::string primary = (person.sex == "M" ? kExploitationMen : kExploitationWomen).pick(random);
    const char* second = random.chance(0.14) ? secondForm(random, primary) : nullptr;
    std::string forms = primary;
    bool primaryFirst = true;
    if (second) {
        primaryFirst = random.chance(0.8);
        forms = primaryFirst ? primary + ";" + second : std::string(second) + ";" + primary;
    }
    w.add(forms);
    const bool writePrimary = !primaryFirst || random.chance(second ? 0.5 : 0.3);
    w.add(writePrimary ? primary : std::string());
    w.add(kAttempt.pick(random)).add(id.country).add(kRecruitment.pick(random)).add(kRecruiterRelation.pick(random));
    w.add(person.lastName).add(person.firstName).add(person.cnp).add(person.address).add(person.phone);
    w.add(person.notes);
    w.commit();
    return id;
}

void VictimTables::writeAssistance(Random& random, const Entry& entry, const VictimPerson& person, int day, int center)
{
    const bool minor = person.minorAt(day);
    const int services = kServiceCount.pick(random);
    std::vector<const char*> given;
    for (int attempt = 0; int(given.size()) < services && attempt < 100; ++attempt) {
        const char* service = kService.pick(random);
        if (std::string_view(service) == "school_reintegration" && !minor)
            continue;
        if (std::find_if(given.begin(), given.end(), [&](const char* g) { return std::string_view(g) == service; })
            != given.end())
            continue; // one period of each service per identification
        given.push_back(service);
        const char* provider = std::string_view(service) == "shelter" ? kShelterProvider.pick(random)
            : minor                                                   ? kProviderMinor.pick(random)
                                                                      : kProviderAdult.pick(random);
        const int start = std::min(day + random.skewedLow(0, 60), m_context.lastDay());
        int end = CivilDay::kNoDay;
        if (!random.chance(0.01)) {
            const int bucket = int(random.below(100));
            const int length = bucket < 25 ? random.between(0, 30)
                : bucket < 70              ? random.between(31, 180)
                                           : random.between(181, 365);
            end = start + length;
        }
        if (end > m_context.lastDay())
            end = CivilDay::kNoDay; // still running when the data end
        const int by = random.chance(0.03) ? m_context.regions().pickOtherCenter(random, center) : center;
        m_assistanceCsv.add(codeText(entry.code)).add(m_context.regions().center(by).code);
        m_assistanceCsv.add(service).add(provider).addDate(start).addDate(end);
        m_assistanceCsv.commit();
    }
}

void VictimTables::writeRepatriation(Random& random, const Entry& entry, const Identification& identification, int day,
                                     int center)
{
    if (identification.scope != "international" || identification.country.empty() || identification.country == "RO"
        || !random.chance(kRepatriated))
        return;
    const int lastDay = m_context.lastDay();
    const int request = std::min(day + random.skewedLow(0, 20), lastDay);
    std::string status = kRepatriationStatus.pick(random);
    int arrival = CivilDay::kNoDay;
    if (status == "completed") {
        arrival = request + random.between(3, 45);
        if (arrival > lastDay) {
            status = "in_progress";
            arrival = CivilDay::kNoDay;
        }
    } else if ((status == "in_progress" && random.chance(0.3)) || (status == "cancelled" && random.chance(0.2))) {
        arrival = request + random.between(10, 40); // a planned arrival
        if (arrival > lastDay)
            arrival = CivilDay::kNoDay;
    }
    const std::string entryPoint = arrival != CivilDay::kNoDay && status != "cancelled"
        ? SyntheticTexts::entryPoint(random, identification.country)
        : std::string();
    const int by = random.chance(0.05) ? m_context.regions().pickOtherCenter(random, center) : center;
    m_repatriationsCsv.add(codeText(entry.code)).add(m_context.regions().center(by).code);
    m_repatriationsCsv.add(identification.country).addDate(request).addDate(arrival).add(entryPoint).add(status);
    m_repatriationsCsv.commit();
}

std::string VictimTables::caseRef(const Entry& entry) const
{
    const int yearIndex = entry.caseYear - m_context.firstYear();
    const qint64 sequence = entry.caseNo - m_firstCaseOfYear[std::size_t(yearIndex)];
    const quint64 h = mix64(m_context.seed() ^ (quint64(entry.caseNo) * 0x9E3779B97F4A7C15ull));
    const std::string year = std::to_string(entry.caseYear);
    const int kind = int(h % 100);
    // Numbers grow through the year and never repeat within a year and a kind of file.
    if (kind < 65)
        return std::to_string(1 + sequence * 2 + qint64(h >> 8) % 2) + "D/P/" + year;
    if (kind < 95)
        return std::to_string(100 + sequence * 3 + qint64(h >> 8) % 3) + "/P/" + year;
    const int court = kCourts[(h >> 16) % (sizeof kCourts / sizeof kCourts[0])];
    return std::to_string(1000 + sequence * 5 + qint64(h >> 8) % 5) + "/" + std::to_string(court) + "/" + year;
}

void VictimTables::writeJudicial(int year)
{
    Random random = m_context.random(Purpose::Judicial, quint64(year));
    const int first = CivilDay::firstOfYear(year);
    const int last = CivilDay::lastOfYear(year);
    const auto begin
        = std::lower_bound(m_caseVictims.begin(), m_caseVictims.end(), first - 2 * 365,
                           [this](qint32 index, int d) { return m_victims[std::size_t(index)].firstDay < d; });
    const quint64 window = quint64(m_caseVictims.end() - begin);
    if (window == 0)
        return;
    m_judicialCsv.forgetRows();
    const int count = m_context.perYear(kJudicialActionsPerYear);
    for (int i = 0; i < count && !m_context.cancelled(); ++i) {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const qint32 index = *(begin + qint64(random.below(window)));
            const Entry& e = m_victims[std::size_t(index)];
            const int date = random.between(std::max(first, int(e.caseFrom)), last);
            const int age = date - e.caseFrom;
            const std::string ref = caseRef(e);
            const bool diicot = ref.find("D/P/") != std::string::npos;
            const bool inCourt = ref.find("/P/") == std::string::npos; // a court file number
            const char* stage = "investigation";
            const int roll = int(random.below(100));
            if (age >= 1000)
                stage = roll < 20 ? "trial" : roll < 60 ? "appeal" : "final";
            else if (age >= 600)
                stage = roll < 60 ? "trial" : roll < 90 ? "appeal" : "final";
            else if (age >= 270)
                stage = roll < 60 ? "trial" : "investigation";
            if (inCourt && std::string_view(stage) == "investigation")
                stage = "trial";
            const char* body = "court";
            if (std::string_view(stage) == "investigation")
                body = diicot ? (random.chance(0.8) ? "diicot" : "police")
                              : (random.chance(0.6) ? "prosecutor_office" : "police");
            Random victimRandom(mix64(m_context.seed() ^ (quint64(index) << 1)));
            const char* role = kRole.pick(victimRandom); // a victim keeps one role in a case
            const char* support = kSupport.pick(random);
            if (std::string_view(support) == "child_friendly_hearing" && !e.minor)
                support = "hearing_accompaniment";
            const int by = random.chance(0.07) ? m_context.regions().pickOtherCenter(random, e.center) : e.center;
            m_judicialCsv.add(codeText(e.code)).add(m_context.regions().center(by).code).addDate(date);
            m_judicialCsv.add(ref).add(body).add(stage).add(role).add(support);
            if (m_judicialCsv.commitUnique())
                break;
        }
    }
}

} // namespace reper::gen
