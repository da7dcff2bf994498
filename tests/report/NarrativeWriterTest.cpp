// The narrative of the bilanț: the 2018 sample's phrases, the 2019 statement's sentences, and
// agreement for 0, 1, 2 and every number of the issue.
#include "report/NarrativeWriter.h"

#include "report/CountPhrase.h"
#include "report/ReportTestData.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::containsPhrase;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

QString narrative(const BilantFigures& f) { return NarrativeWriter(f).text(); }

// Every figure, breakdowns aside, set to n.
BilantFigures allFigures(qint64 n, int year = 2018)
{
    BilantFigures f;
    f.year = year;
    f.scope = Scope::national();
    for (qint64* field :
         {&f.victimsAssistanceMonitored, &f.victimsRepatriated, &f.victimsJudicialParticipation,
          &f.preventionActivities, &f.preventionCampaigns, &f.personsReached, &f.onlineReach, &f.protocolsSigned,
          &f.actionPlans, &f.teamMeetings, &f.trainingSessions, &f.specialistsTrained, &f.interinstitutionalEvents,
          &f.fundedProjects, &f.victimsIdentified, &f.campaignsNational, &f.campaignsLocal})
        *field = n;
    return f;
}

// The 2019 statement's figures (shared/seed), with what its last paragraph says of the projects.
BilantFigures figures2019()
{
    BilantFigures f = allFigures(0, 2019);
    f.victimsAssistanceMonitored = 495;
    f.victimsRepatriated = 30;
    f.victimsJudicialParticipation = 808;
    f.preventionActivities = 2537;
    f.preventionCampaigns = 30;
    f.campaignsNational = 10;
    f.campaignsLocal = 20;
    f.personsReached = 178642;
    f.protocolsSigned = 5;
    f.actionPlans = 20;
    f.teamMeetings = 55;
    f.trainingSessions = 160;
    f.specialistsTrained = 4012;
    f.interinstitutionalEvents = 236;
    f.fundedProjects = 2;
    f.fundedProjectsByFocus = {{QStringLiteral("identification_referral"), 1}, {QStringLiteral("prevention"), 1}};
    f.victimsIdentified = 497;
    return f;
}

// The counted nouns of the narrative: a number before one of them must follow the "de" rule.
const QString kNouns = QStringLiteral("(victim[eă]|activități|activitate|campanii|persoane|persoană|protocoale|"
                                      "protocol|noi|nou|planuri|plan|întâlniri|întâlnire|sesiuni|sesiune|specialiști|"
                                      "specialist|evenimente|eveniment|proiecte|proiect)");

// Each "<number> [de] <noun>" of the text whose "de" disagrees with the rule of domain.md §6.
QStringList deSlips(const QString& text)
{
    static const QRegularExpression counted(QStringLiteral("(?<![\\d.])(\\d{1,3}(?:\\.\\d{3})*) (de )?") + kNouns
                                            + QStringLiteral("\\b"));
    QStringList slips;
    for (auto it = counted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 n = m.captured(1).remove(QLatin1Char('.')).toLongLong();
        if (CountPhrase::takesDe(n) != m.hasCaptured(2))
            slips << m.captured(0);
    }
    return slips;
}

} // namespace

TEST_CASE("The 2018 narrative has every phrase of expected_phrases.txt", "[report][narrative]")
{
    const QString text = narrative(test::figures2018());
    for (const QString& phrase : test::phrases2018()) {
        INFO(phrase.toStdString());
        CHECK(containsPhrase(text, phrase));
    }
    CHECK(deSlips(text).isEmpty());
}

TEST_CASE("The narrative of the sample's expected.json has the sample's phrases", "[report][narrative][samples]")
{
    const QString folder = test::requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
    const auto figures = test::figuresFromJson(test::readBytes(folder + QStringLiteral("/expected.json")));
    REQUIRE(figures);
    REQUIRE(figures->preventionActivities == 1912);
    const QString text = narrative(*figures);
    const QStringList lines = test::readText(folder + QStringLiteral("/expected_phrases.txt")).split(QLatin1Char('\n'));
    int checked = 0;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        INFO(line.toStdString());
        if (line.startsWith(QLatin1Char('!')))
            CHECK_FALSE(containsPhrase(text, line.mid(1)));
        else
            CHECK(containsPhrase(text, line));
        ++checked;
    }
    CHECK(checked >= 13);
}

TEST_CASE("The phrase matcher follows the sample rules", "[report][narrative]")
{
    CHECK(containsPhrase(s("au fost repatriate 27 de victime"), s("27 de victime")));
    CHECK_FALSE(containsPhrase(s("au fost repatriate 127 de victime"), s("27 de victime")));
    CHECK_FALSE(containsPhrase(s("peste 1.127 de victime"), s("127 de victime")));
    CHECK_FALSE(containsPhrase(s("x27 de victime"), s("27 de victime")));
    CHECK(containsPhrase(s("Peste 1.900 DE\u00a0\n activităţi"), s("peste 1.900 de activități")));
    CHECK_FALSE(containsPhrase(s("201 evenimente"), s("236 de evenimente")));
}

TEST_CASE("The narrative's title lines, nationally and for a centre", "[report][narrative]")
{
    BilantFigures f = test::figures2018();
    NarrativeWriter national(f);
    CHECK(national.title() == s("BILANȚ 2018"));
    CHECK(national.subtitle() == s("Evaluarea activității Agenției Naționale Împotriva Traficului de Persoane"));
    CHECK(national.yearLine() == s("– pentru anul 2018 –"));
    CHECK(national.text().startsWith(s("BILANȚ 2018\n\nEvaluarea activității")));
    CHECK(national.text().endsWith(QLatin1Char('\n')));
    CHECK(national.text().contains(s("Prin intermediul Centrelor Regionale au fost organizate")));
    CHECK(national.backgroundHeading() == s("Informații de background:"));
    CHECK(national.backgroundParagraphs().size() == 3);
    CHECK(national.paragraphs().last().startsWith(s("Dorim să mulțumim tuturor partenerilor noștri")));

    f.scope = Scope::ofCenter(QStringLiteral("CR-BV"));
    NarrativeWriter centre(f);
    CHECK(centre.subtitle()
          == s("Evaluarea activității Agenției Naționale Împotriva Traficului de Persoane – Centrul Regional Brașov"));
    CHECK(centre.text().contains(s("Prin intermediul Centrului Regional Brașov au fost organizate")));
}

TEST_CASE("The 2019 figures give back the 2019 statement's sentences", "[report][narrative]")
{
    const QString text = narrative(figures2019());
    const char* sentences[] = {
        "a fost monitorizată asistența acordată unui număr de 495 de victime ale traficului, au fost repatriate 30 de "
        "victime, cetățeni români, și a fost facilitată participarea în cadrul procedurilor penale pentru un număr de "
        "808 victime.",
        "implementarea Strategiei Naționale Împotriva Traficului de Persoane pentru perioada 2018-2022 și a Planului "
        "Național de Acțiune 2018-2020",
        "În ceea ce privește eforturile de prevenire a traficului de persoane, au fost realizate peste 2.500 de "
        "activități informativ-preventive, în cadrul a 30 de campanii/proiecte de prevenire, la nivel național și "
        "local. Prin intermediul acestor activități, mesajele și recomandările preventive au ajuns la aproximativ "
        "180.000 de persoane.",
        "De asemenea, au fost încheiate 5 noi protocoale de colaborare și 20 de planuri de acțiune.",
        "Prin intermediul Centrelor Regionale au fost organizate 55 de întâlniri ale echipelor interinstituționale "
        "antitrafic județene, 160 de sesiuni de instruire, de care au beneficiat aproximativ 4.000 de specialiști, și "
        "s-a asigurat participarea la 236 de evenimente interinstituționale – seminarii, ședințe de lucru, mese "
        "rotunde, workshop-uri etc.",
        "Tot în cursul anului 2019, au fost implementate două proiecte finanțate prin fonduri externe nerambursabile, "
        "unul care a vizat domeniul identificării și referirii victimelor, iar altul care a vizat prevenirea "
        "traficului de persoane.",
        "În anul 2019 au fost identificate 497 de victime ale traficului de persoane.",
    };
    for (const char* sentence : sentences) {
        INFO(sentence);
        CHECK(text.contains(s(sentence)));
    }
    CHECK_FALSE(text.contains(s("236 evenimente")));
    CHECK_FALSE(text.contains(s("Separat, în mediul online"))); // no online reach that year
    CHECK(deSlips(text).isEmpty());
}

TEST_CASE("The narrative is clean Romanian: comma-below, no placeholders, no stray spaces", "[report][narrative]")
{
    for (qint64 n : {0, 1, 2, 19, 20, 21, 100, 101, 119, 120, 999, 1000, 1001, 1912, 2500, 2537, 3288, 4012, 178642}) {
        INFO(n);
        const QString text = narrative(allFigures(n));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[şţŞŢ]"))));
        CHECK_FALSE(text.contains(QLatin1Char('%')));
        CHECK_FALSE(text.contains(QStringLiteral("  ")));
        CHECK_FALSE(text.contains(QStringLiteral(" ,")));
        CHECK_FALSE(text.contains(QStringLiteral(" .")));
        CHECK_FALSE(text.contains(QStringLiteral(",,")));
        CHECK_FALSE(text.contains(QStringLiteral("..")));
        const QStringList slips = deSlips(text);
        INFO(slips.join(QStringLiteral(" | ")).toStdString());
        CHECK(slips.isEmpty());
    }
}

TEST_CASE("Zero figures give 'nicio' or no sentence, never '0 victime'", "[report][narrative]")
{
    const QString text = narrative(allFigures(0));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("(?<![\\d.])0 \\w"))));
    CHECK(text.contains(s("nu a fost repatriată nicio victimă de cetățenie română")));
    CHECK(text.contains(s("În anul 2018 nu a fost identificată nicio victimă a traficului de persoane.")));
    CHECK(text.contains(s("nu a fost realizată nicio activitate informativ-preventivă.")));
    for (const char* dropped : {"monitorizată", "procedurilor penale", "protocoale", "protocol", "planuri", "sesiuni",
                                "specialiști", "evenimente", "proiecte", "proiect ", "mesajele", "online"}) {
        INFO(dropped);
        CHECK_FALSE(text.contains(s(dropped)));
    }
    CHECK(text.contains(s("Dorim să mulțumim")));
    CHECK(text.contains(s("Informații de background:")));
}

TEST_CASE("A figure of 1 takes the singular and its verb agrees", "[report][narrative]")
{
    const QString text = narrative(allFigures(1));
    for (const char* phrase : {
             "a fost monitorizată asistența acordată unei victime a traficului, a fost repatriată o victimă, "
             "cetățean român, și a fost facilitată participarea în cadrul procedurilor penale pentru o victimă.",
             "În anul 2018 a fost identificată o victimă a traficului de persoane.",
             "a fost realizată o activitate informativ-preventivă, în cadrul unei campanii/unui proiect de prevenire, "
             "la nivel național și local.",
             "Prin intermediul acestei activități, mesajele și recomandările preventive au ajuns la o persoană.",
             "au fost încheiate un nou protocol de colaborare și un plan de acțiune.",
             "au fost organizate o întâlnire a echipelor interinstituționale antitrafic județene, o sesiune de "
             "instruire, de care a beneficiat un specialist, și s-a asigurat participarea la un eveniment "
             "interinstituțional.",
             "Tot în cursul anului 2018, a fost implementat un proiect finanțat prin fonduri externe nerambursabile.",
         }) {
        INFO(phrase);
        CHECK(text.contains(s(phrase)));
    }

    BilantFigures f = allFigures(0);
    f.protocolsSigned = 1;
    f.trainingSessions = 1;
    f.specialistsTrained = 12;
    const QString single = narrative(f);
    CHECK(single.contains(s("De asemenea, a fost încheiat un nou protocol de colaborare.")));
    CHECK(single.contains(
        s("Prin intermediul Centrelor Regionale a fost organizată o sesiune de instruire, de care au beneficiat 12 "
          "specialiști.")));
}

TEST_CASE("A figure of 2 agrees in gender", "[report][narrative]")
{
    const QString text = narrative(allFigures(2));
    for (const char* phrase :
         {"unui număr de două victime ale traficului", "au fost repatriate două victime, cetățeni români",
          "pentru un număr de două victime", "au fost identificate două victime",
          "au fost realizate două activități informativ-preventive", "în cadrul a două campanii/proiecte de prevenire",
          "au ajuns la două persoane", "au fost încheiate două noi protocoale de colaborare și două planuri de acțiune",
          "două întâlniri ale echipelor", "două sesiuni de instruire, de care au beneficiat doi specialiști",
          "participarea la două evenimente interinstituționale.", "au fost implementate două proiecte finanțate"}) {
        INFO(phrase);
        CHECK(text.contains(s(phrase)));
    }
}

TEST_CASE("Online reach has its own sentence and is never added to the persons reached", "[report][narrative]")
{
    const QString text = narrative(test::figures2018());
    CHECK(text.contains(s("au ajuns la aproximativ 120.000 de persoane.")));
    CHECK(text.contains(s("Separat, în mediul online, mesajele preventive au avut o audiență de aproximativ "
                          "290.000 de persoane.")));
    CHECK_FALSE(text.contains(s("410.000"))); // 121.377 + 287.406, rounded
}

TEST_CASE("Campaign levels follow the national and local counts", "[report][narrative]")
{
    BilantFigures f = test::figures2018();
    f.campaignsLocal = 0;
    CHECK(narrative(f).contains(s("24 de campanii/proiecte de prevenire, la nivel național.")));
    f.campaignsNational = 0;
    f.campaignsLocal = 24;
    CHECK(narrative(f).contains(s("24 de campanii/proiecte de prevenire, la nivel local.")));
    f.campaignsLocal = 0;
    CHECK(narrative(f).contains(s("24 de campanii/proiecte de prevenire.")));
}

TEST_CASE("What the funded projects addressed, when every project's focus is known", "[report][narrative]")
{
    BilantFigures f = allFigures(0);
    f.fundedProjects = 3;
    f.fundedProjectsByFocus = {{QStringLiteral("research"), 1}, {QStringLiteral("prevention"), 2}};
    CHECK(narrative(f).contains(
        s("au fost implementate 3 proiecte finanțate prin fonduri externe nerambursabile, dintre care două au vizat "
          "prevenirea traficului de persoane, iar unul a vizat cercetarea fenomenului traficului de persoane.")));

    f.fundedProjectsByFocus = {{QStringLiteral("assistance"), 3}};
    CHECK(narrative(f).contains(s("nerambursabile, care au vizat asistența acordată victimelor.")));

    f.fundedProjectsByFocus = {{QStringLiteral("assistance"), 2}}; // one project's focus unknown
    CHECK(narrative(f).contains(s("3 proiecte finanțate prin fonduri externe nerambursabile.")));

    f.fundedProjects = 1;
    f.fundedProjectsByFocus = {{QStringLiteral("other"), 1}};
    CHECK(narrative(f).contains(s("a fost implementat un proiect finanțat prin fonduri externe nerambursabile, care a "
                                  "vizat alte domenii.")));
}

TEST_CASE("The strategy named is the one in force in the year", "[report][narrative]")
{
    CHECK(narrative(allFigures(1, 2018)).contains(s("perioada 2018-2022 și a Planului Național de Acțiune 2018-2020")));
    CHECK(narrative(allFigures(1, 2021)).contains(s("perioada 2018-2022 și a Planului Național de Acțiune 2021-2022")));
    CHECK(narrative(allFigures(1, 2025)).contains(s("perioada 2024-2028 și a Planului Național de Acțiune 2024-2026")));
    CHECK(narrative(allFigures(1, 2027)).contains(s("perioada 2024-2028, a fost monitorizată")));
    const QString gapYear = narrative(allFigures(1, 2017));
    CHECK_FALSE(gapYear.contains(s("Strategiei")));
    CHECK(gapYear.contains(s("au fost desfășurate activități în domeniul prevenirii și combaterii traficului de "
                             "persoane, a fost monitorizată")));
}
