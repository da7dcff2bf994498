#include "SyntheticTexts.h"

#include "generator/Weighted.h"

#include <algorithm>

namespace reper::gen::SyntheticTexts {

namespace {

std::string replaced(std::string text, const std::string& key, const std::string& value)
{
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
}

std::string filled(const char* pattern, const std::string& city, const std::string& county)
{
    return replaced(replaced(pattern, "{city}", city), "{county}", county);
}

const char* const kNotes[] = {
    u8"Victima a fost referită către DGASPC {city},\nurmează evaluarea psihologică.",
    u8"Revenită în țară cu sprijinul OIM.\nLocuiește temporar la o rudă, în {city}.",
    u8"Mama victimei a fost contactată telefonic, \"nu dorește implicarea familiei\".",
    u8"Dorește să depună plângere; a solicitat sprijin pentru acte de identitate.",
    u8"Audiată la DIICOT {city}, declarație dată în prezența psihologului.",
    u8"Refuză cazarea în adăpost, acceptă consilierea psihologică și juridică.",
    u8"Contact prin asistentul social al primăriei, tel. la dosar.\nAtenție: nu se comunică adresa către terți!",
    u8"A declarat: \"mi-au promis un loc de muncă bine plătit\", apoi i-au luat actele.",
    u8"Programare la medicul de familie, la psiholog și la SPCLEP {city}, pentru carte de identitate.",
    u8"Datorii la recrutor (transport, cazare, \"comision\"), amenințări prin telefon.",
    u8"Frecventează cursul de calificare „ajutor bucătar”, cu sprijinul AJOFM {city}.",
};

const char* const kMinorNotes[] = {
    u8"Minor, însoțit la audieri de reprezentantul DGASPC; vezi dosarul penal.",
    u8"Reintegrare școlară, clasa a VIII-a; diriginta a fost informată, \"fără detalii\".",
};

struct EntryPoint
{
    const char* name;
    int weight;
};

const EntryPoint kAirEntries[] = {
    {u8"Aeroportul Internațional Henri Coandă (Otopeni)", 60},
    {u8"Aeroportul Internațional Craiova", 6},
    {u8"Aeroportul Internațional Iași", 5},
    {u8"Aeroportul Internațional Cluj", 5},
    {u8"Aeroportul Internațional Timișoara", 4},
    {u8"Aeroportul Internațional Bacău", 3},
    {u8"Aeroportul Internațional Sibiu", 2},
    {u8"PTF Nădlac II", 3},
    {u8"PTF Borș", 3},
    {u8"PTF Petea", 2},
    {u8"PTF Giurgiu", 2},
    {u8"PTF Calafat", 1},
};

const char* const kLocalCampaigns[] = {
    u8"Caravana anti-trafic {city}",
    u8"Vara fără capcane – {city}",
    u8"Informare și prevenire în școlile din județul {county}",
    u8"Prevenirea exploatării prin muncă în județul {county}",
    u8"Campania locală \"Nu te lăsa păcălit!\", {county}",
    u8"Părinți informați, copii protejați, județul {county}",
    u8"Tineri informați, tineri protejați – {city}",
    u8"Siguranța online a elevilor din {county}",
    u8"Prevenirea cerșetoriei forțate, {city}",
    u8"Muncă sigură, drumuri sigure – {city}",
    u8"Sărbători în siguranță – {city}",
};

const char* const kFunders[] = {
    u8"UNICEF România",
    u8"Consiliul Județean {county}",
    u8"Ambasada SUA la București",
    u8"Fundația Orange",
    u8"Fondul pentru Securitate Internă (ISF)",
    u8"Granturile SEE și Norvegiene",
    u8"Organizația Internațională pentru Migrație (OIM)",
};

const char* const kCountyPartners[] = {
    u8"Inspectoratul de Poliție Județean {county}",
    u8"Inspectoratul Școlar Județean {county}",
    u8"Direcția Generală de Asistență Socială și Protecția Copilului {county}",
    u8"Consiliul Județean {county}",
    u8"Inspectoratul Teritorial de Muncă {county}",
    u8"Direcția de Sănătate Publică {county}",
    u8"Arhiepiscopia {city}, Departamentul social-filantropic",
    u8"Asociația \"Pro Refugiu\", filiala {city}",
    u8"Universitatea din {city}, Facultatea de Sociologie și Asistență Socială",
};

const char* const kNationalPartners[] = {
    u8"Fundația Terre des hommes, România",
    u8"Organizația Internațională pentru Migrație (OIM), Misiunea în România",
    u8"Asociația eLiberare",
    u8"Asociația Pro Refugiu",
    u8"Salvați Copiii România",
    u8"Inspectoratul General al Poliției de Frontieră",
};

const char* const kActionPlanPartners[] = {
    u8"ITM {county}",
    u8"IPJ {county}",
    u8"DGASPC {county}",
    u8"DIICOT – Serviciul Teritorial {city}",
    u8"Parchetul de pe lângă Tribunalul {county}",
    u8"Inspectoratul Școlar Județean {county}",
    u8"Inspectoratul Județean de Jandarmi {county}",
    u8"Biblioteca Județeană {county}",
    u8"Echipa interinstituțională antitrafic a județului {county}",
    u8"AJOFM {county}",
};

const char* const kTopics[] = {
    u8"Indicatori ai exploatării prin muncă",
    u8"Identificarea victimelor traficului de persoane",
    u8"Mecanismul național de identificare și referire (MNIR)",
    u8"Audierea minorilor victime ale traficului, tehnici și bune practici",
    u8"Drepturile victimelor în procesul penal",
    u8"Recrutarea online și metoda loverboy",
    u8"Cooperarea interinstituțională în cazurile de trafic transfrontalier",
    u8"Prevenirea traficului de persoane în școli, ghid pentru cadre didactice",
    u8"Exploatarea prin cerșetorie: semne, referire, protecție",
    u8"Victimele traficului în sistemul medical: ce observă personalul de urgență",
};

struct EventTitles
{
    const char* type;
    const char* titles[4]; // unused places are null
};

const EventTitles kEventTitles[] = {
    {"working_meeting",
     {u8"Ședința de lucru DIICOT – ANITP, {city}", u8"Ședința grupului de lucru interinstituțional, județul {county}",
      u8"Întâlnire de lucru cu reprezentanții ONG din {county}",
      u8"Ședință de lucru cu ITM {county}, controale comune"}},
    {"seminar",
     {u8"Seminarul „Protecția victimelor în procesul penal”, {city}",
      u8"Seminar regional: identificarea victimelor, {city}"}},
    {"round_table",
     {u8"Masă rotundă: „Traficul de persoane în mediul online”, {city}",
      u8"Masă rotundă privind exploatarea prin muncă, {county}"}},
    {"workshop",
     {u8"Atelier de lucru: interviul cu victima, {city}",
      u8"Workshop pentru specialiștii DGASPC {county}, identificarea copiilor victime"}},
    {"conference",
     {u8"Conferința regională \"Împreună împotriva traficului de persoane\"\nediția a {edition}-a, {city}",
      u8"Conferința națională privind traficul de persoane, {year}"}},
    {"other",
     {u8"Vizită de studiu, {city}", u8"Ziua Europeană de Luptă Împotriva Traficului de Persoane, eveniment la {city}"}},
};

struct ProjectKind
{
    const char* prefix;
    const char* funder;
    const char* title;
    const char* focus;
    int weight;
};

const ProjectKind kProjects[] = {
    {"ISF", u8"Fondul pentru Securitate Internă (ISF)",
     u8"Consolidarea mecanismului național de identificare și referire a victimelor, regiunea {region}",
     "identification_referral", 3},
    {"POCU", u8"Programul Operațional Capital Uman (POCU)",
     u8"Reintegrare socio-profesională pentru victimele traficului, regiunea {region}", "assistance", 3},
    {"SEE", u8"Granturile SEE și Norvegiene", u8"Siguranța online a adolescenților, regiunea {region}", "prevention",
     3},
    {"JUST", u8"Comisia Europeană, Programul Justiție", u8"Proiectul \"Victime informate\", componenta {region}",
     "other", 1},
    {"UNICEF", u8"UNICEF România", u8"Cercetare privind exploatarea copiilor prin muncă, regiunea {region}", "research",
     1},
    {"AMIF", u8"Fondul pentru Azil, Migrație și Integrare (AMIF)",
     u8"Sprijin pentru victimele străine ale traficului, regiunea {region}", "assistance", 1},
};

} // namespace

std::string victimNote(Random& random, const std::string& city, bool female, bool minor)
{
    if (minor && random.chance(0.4)) {
        std::string note = random.pick(kMinorNotes);
        if (female)
            note = replaced(replaced(note, u8"Minor, însoțit", u8"Minoră, însoțită"), "{city}", city);
        return note;
    }
    return filled(random.pick(kNotes), city, city);
}

std::string entryPoint(Random& random, const std::string& fromCountry)
{
    if (random.chance(0.18))
        return {};
    if (fromCountry == "MD" && random.chance(0.8))
        return u8"PTF Albița";
    if (fromCountry == "UA" && random.chance(0.8))
        return u8"PTF Siret";
    static const Weighted<const char*> choice = [] {
        Weighted<const char*> w;
        for (const EntryPoint& e : kAirEntries)
            w.add(e.name, e.weight);
        return w;
    }();
    return choice.pick(random);
}

NationalCampaign nationalCampaign(int k, int year)
{
    static const NationalCampaign kList[] = {
        {u8"Alege să fii informat!", 1, 10, 12, 20, false, ""},
        {u8"Loverboy: iubire sau trafic?", 2, 1, 5, 31, false, ""},
        {u8"Muncește informat în străinătate!", 3, 1, 12, 31, false, ""},
        {u8"Navighează în siguranță, #FărăCapcane", 4, 1, 12, 15, true, u8"UNICEF România"},
        {u8"Vacanță în siguranță", 6, 1, 9, 15, false, ""},
        {u8"Săptămâna prevenirii traficului de persoane", 10, 14, 10, 20, false, ""},
        {u8"Ziua Europeană de Luptă Împotriva Traficului de Persoane – 18 octombrie", 10, 15, 10, 25, false, ""},
        {u8"Nu ești de vânzare!", 5, 1, 7, 31, true, u8"Granturile SEE și Norvegiene"},
    };
    constexpr int n = int(sizeof kList / sizeof kList[0]);
    NationalCampaign c = kList[k % n];
    c.title += ' ' + std::to_string(year);
    if (k >= n)
        c.title += ", etapa a " + std::to_string(k / n + 1) + "-a";
    return c;
}

std::string localCampaignTitle(Random& random, const std::string& city, const std::string& countyName)
{
    return filled(random.pick(kLocalCampaigns), city, countyName);
}

std::string campaignFunder(Random& random, const std::string& countyName)
{
    return filled(random.pick(kFunders), countyName, countyName);
}

std::string protocolPartner(Random& random, const std::string& countyName, const std::string& city)
{
    if (random.chance(0.25))
        return random.pick(kNationalPartners);
    return filled(random.pick(kCountyPartners), city, countyName);
}

std::string actionPlanPartner(Random& random, const std::string& countyName, const std::string& city)
{
    return filled(random.pick(kActionPlanPartners), city, countyName);
}

std::string trainingTopic(Random& random)
{
    if (random.chance(0.05))
        return {};
    return random.pick(kTopics);
}

std::string eventTitle(Random& random, const std::string& type, const std::string& city, const std::string& countyName,
                       int year)
{
    for (const EventTitles& e : kEventTitles) {
        if (type != e.type)
            continue;
        quint64 count = 0;
        while (count < 4 && e.titles[count])
            ++count;
        const char* pattern = e.titles[random.below(count)];
        std::string title = filled(pattern, city, countyName);
        title = replaced(title, "{year}", std::to_string(year));
        return replaced(title, "{edition}", std::to_string(std::max(2, year - 2009)));
    }
    return filled(u8"Întâlnire interinstituțională, {city}", city, countyName);
}

ProjectText fundedProject(Random& random, const std::string& region)
{
    static const Weighted<const ProjectKind*> choice = [] {
        Weighted<const ProjectKind*> w;
        for (const ProjectKind& p : kProjects)
            w.add(&p, p.weight);
        return w;
    }();
    const ProjectKind& kind = *choice.pick(random);
    return {kind.prefix, replaced(kind.title, "{region}", region), kind.funder, kind.focus};
}

} // namespace reper::gen::SyntheticTexts
