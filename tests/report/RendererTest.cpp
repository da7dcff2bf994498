// The plain-text and JSON renderers of the bilanț.
#include "report/JsonRenderer.h"
#include "report/ReportTestData.h"
#include "report/TextRenderer.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

// interchange.md §2, in its order; then what this program adds.
const QStringList kSpecKeys = {QStringLiteral("year"),
                               QStringLiteral("scope"),
                               QStringLiteral("victims_assistance_monitored"),
                               QStringLiteral("victims_repatriated"),
                               QStringLiteral("victims_judicial_participation"),
                               QStringLiteral("prevention_activities"),
                               QStringLiteral("prevention_campaigns"),
                               QStringLiteral("persons_reached"),
                               QStringLiteral("online_reach"),
                               QStringLiteral("protocols_signed"),
                               QStringLiteral("action_plans"),
                               QStringLiteral("team_meetings"),
                               QStringLiteral("training_sessions"),
                               QStringLiteral("specialists_trained"),
                               QStringLiteral("interinstitutional_events"),
                               QStringLiteral("funded_projects"),
                               QStringLiteral("victims_identified"),
                               QStringLiteral("breakdowns"),
                               QStringLiteral("_info")};
const QStringList kInfoKeys = {QStringLiteral("repatriation_events"),
                               QStringLiteral("judicial_support_actions"),
                               QStringLiteral("judicial_case_refs"),
                               QStringLiteral("prevention_campaigns_national"),
                               QStringLiteral("prevention_campaigns_local"),
                               QStringLiteral("identifications_in_year"),
                               QStringLiteral("attempts")};

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// The lines of the plain-text table under `heading`, from its header to the blank line after it.
QStringList tableLines(const QString& text, const QString& heading)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int at = int(lines.indexOf(heading));
    QStringList out;
    if (at < 0)
        return out;
    for (int i = at + 2; i < lines.size() && !lines[i].isEmpty(); ++i)
        out << lines[i];
    return out;
}

} // namespace

TEST_CASE("JSON: every key of interchange.md §2, in order, with integer counts", "[report][json]")
{
    const BilantFigures f = test::figures2018();
    const QByteArray json = renderJson(f);
    CHECK(json.endsWith("}\n"));
    const QJsonObject o = parse(json);

    CHECK(o.keys().size() == kSpecKeys.size());
    qsizetype previous = -1;
    for (const QString& key : kSpecKeys) {
        INFO(key.toStdString());
        REQUIRE(o.contains(key));
        const qsizetype at = json.indexOf("\n  \"" + key.toUtf8() + "\": ");
        CHECK(at > previous); // written in the spec's order
        previous = at;
    }
    CHECK(o.value(QStringLiteral("year")).toInteger() == 2018);
    CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("national"));
    CHECK(o.value(QStringLiteral("victims_assistance_monitored")).toInteger() == f.victimsAssistanceMonitored);
    CHECK(o.value(QStringLiteral("victims_repatriated")).toInteger() == f.victimsRepatriated);
    CHECK(o.value(QStringLiteral("victims_judicial_participation")).toInteger() == f.victimsJudicialParticipation);
    CHECK(o.value(QStringLiteral("prevention_activities")).toInteger() == f.preventionActivities);
    CHECK(o.value(QStringLiteral("prevention_campaigns")).toInteger() == f.preventionCampaigns);
    CHECK(o.value(QStringLiteral("persons_reached")).toInteger() == f.personsReached);
    CHECK(o.value(QStringLiteral("online_reach")).toInteger() == f.onlineReach);
    CHECK(o.value(QStringLiteral("protocols_signed")).toInteger() == f.protocolsSigned);
    CHECK(o.value(QStringLiteral("action_plans")).toInteger() == f.actionPlans);
    CHECK(o.value(QStringLiteral("team_meetings")).toInteger() == f.teamMeetings);
    CHECK(o.value(QStringLiteral("training_sessions")).toInteger() == f.trainingSessions);
    CHECK(o.value(QStringLiteral("specialists_trained")).toInteger() == f.specialistsTrained);
    CHECK(o.value(QStringLiteral("interinstitutional_events")).toInteger() == f.interinstitutionalEvents);
    CHECK(o.value(QStringLiteral("funded_projects")).toInteger() == f.fundedProjects);
    CHECK(o.value(QStringLiteral("victims_identified")).toInteger() == f.victimsIdentified);

    const QJsonObject info = o.value(QStringLiteral("_info")).toObject();
    CHECK(info.keys().size() == kInfoKeys.size());
    for (const QString& key : kInfoKeys)
        CHECK(info.contains(key));
    CHECK(info.value(QStringLiteral("repatriation_events")).toInteger() == 28);
    CHECK(info.value(QStringLiteral("judicial_support_actions")).toInteger() == 1159);
    CHECK(info.value(QStringLiteral("judicial_case_refs")).toInteger() == 582);
    CHECK(info.value(QStringLiteral("prevention_campaigns_national")).toInteger() == 8);
    CHECK(info.value(QStringLiteral("prevention_campaigns_local")).toInteger() == 16);
    CHECK(info.value(QStringLiteral("identifications_in_year")).toInteger() == 500);
    CHECK(info.value(QStringLiteral("attempts")).toInteger() == 27);

    const QJsonObject breakdowns = o.value(QStringLiteral("breakdowns")).toObject();
    CHECK(breakdowns.value(QStringLiteral("sex")).toObject().value(QStringLiteral("F")).toInteger() == 378);
    CHECK(breakdowns.value(QStringLiteral("county")).toObject().value(QStringLiteral("unknown")).toInteger() == 16);
    // The breakdowns come in the order of domain.md §5.
    CHECK(json.indexOf("\"sex\": {") < json.indexOf("\"age_group\": {"));
    CHECK(json.indexOf("\"age_group\": {") < json.indexOf("\"minor_adult\": {"));
    CHECK(json.indexOf("\"county\": {") < json.indexOf("\"exploitation_country\": {"));
}

TEST_CASE("JSON: counts are written as plain integers, even large ones", "[report][json]")
{
    BilantFigures f;
    f.year = 2030;
    f.scope = Scope::ofCenter(QStringLiteral("CR-BV"));
    f.personsReached = 5000000000LL;
    f.onlineReach = 123456789;
    const QByteArray json = renderJson(f);
    CHECK(json.contains("\"persons_reached\": 5000000000,"));
    CHECK(json.contains("\"online_reach\": 123456789,"));
    CHECK(json.contains("\"breakdowns\": {},"));
    CHECK_FALSE(json.contains("e+"));
    CHECK_FALSE(QString::fromUtf8(json).contains(QRegularExpression(QStringLiteral(": \\d+\\.\\d"))));
    const QJsonObject o = parse(json);
    CHECK(o.value(QStringLiteral("persons_reached")).toInteger() == 5000000000LL);
    CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("CR-BV"));
}

TEST_CASE("JSON: text is escaped and UTF-8", "[report][json]")
{
    BilantFigures f;
    f.year = 2018;
    f.scope = Scope::ofCenter(s("CR-\"Ț\"\\\n"));
    f.breakdowns[s("țară")][s("Ș\t")] = 3;
    const QJsonObject o = parse(renderJson(f));
    CHECK(o.value(QStringLiteral("scope")).toString() == f.scope.text());
    CHECK(o.value(s("breakdowns")).toObject().value(s("țară")).toObject().value(s("Ș\t")).toInteger() == 3);
}

TEST_CASE("JSON: the sample's expected.json goes round the renderer unchanged", "[report][json][samples]")
{
    const QString folder = test::requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
    for (const char* name : {"expected.json", "expected_CR-BV.json"}) {
        INFO(name);
        const QByteArray expected = test::readBytes(folder + QLatin1Char('/') + QLatin1String(name));
        const auto figures = test::figuresFromJson(expected);
        REQUIRE(figures);
        CHECK(QJsonDocument::fromJson(renderJson(*figures)) == QJsonDocument::fromJson(expected));
    }
}

TEST_CASE("Text: the narrative, then tables with the exact figures", "[report][text]")
{
    const QString text = renderText(test::figures2018());
    CHECK(text.startsWith(s("BILANȚ 2018\n")));
    for (const QString& phrase : test::phrases2018()) {
        INFO(phrase.toStdString());
        CHECK(test::containsPhrase(text, phrase));
    }
    const QStringList figures = tableLines(text, s("Cifrele bilanțului 2018 – național"));
    REQUIRE(figures.size() == 2 + 15);
    CHECK(figures[0].startsWith(s("Indicator")));
    CHECK(figures.contains(QRegularExpression(s("^Activități informativ-preventive +1\\.912$"))));
    CHECK(figures.contains(QRegularExpression(s("^Persoane la care au ajuns mesajele preventive +121\\.377$"))));
    CHECK(figures.contains(QRegularExpression(s("^Audiența online .* +287\\.406$"))));
    CHECK(figures.contains(QRegularExpression(s("^Specialiști care au beneficiat de instruire +3\\.288$"))));
    CHECK(figures.contains(QRegularExpression(s("^Victime a căror asistență a fost monitorizată \\* +410$"))));
    CHECK(figures.contains(QRegularExpression(s("^Victime identificate \\* +497$"))));
    CHECK(text.contains(s("* Victime distincte:")));
    CHECK(text.contains(s("nu sunt suma cifrelor centrelor regionale")));

    const QStringList info = tableLines(text, s("Alte cifre"));
    CHECK(info.contains(QRegularExpression(s("^Repatrieri finalizate .* +28$"))));
    CHECK(info.contains(QRegularExpression(s("^Acțiuni de sprijin în procedurile penale +1\\.159$"))));
    CHECK(info.contains(QRegularExpression(s("^Dosare penale distincte .* +582$"))));
}

TEST_CASE("Text: columns line up in characters, not bytes", "[report][text]")
{
    const QString text = renderText(test::figures2018());
    for (const char* heading :
         {"Cifrele bilanțului 2018 – național", "Alte cifre", "Victime identificate în 2018, după sex",
          "Victime identificate în 2018, după județul de reședință"}) {
        INFO(heading);
        const QStringList lines = tableLines(text, s(heading));
        REQUIRE(lines.size() >= 3);
        // The last column is right-aligned, so every line of the table is as long as its rule line.
        for (const QString& line : lines)
            CHECK(line.size() == lines[1].size());
    }
}

TEST_CASE("Text: breakdowns with Romanian labels", "[report][text]")
{
    const QString text = renderText(test::figures2018());
    const QStringList sex = tableLines(text, s("Victime identificate în 2018, după sex"));
    REQUIRE(sex.size() == 2 + 3 + 1);
    CHECK(sex[2].startsWith(s("feminin ")));
    CHECK(sex[2].contains(QRegularExpression(s(" 378 +76,1%$"))));
    CHECK(sex[3].startsWith(s("masculin ")));
    CHECK(sex[4].startsWith(s("nespecificat ")));
    CHECK(sex[5].contains(QRegularExpression(s("^Total +497 +100,0%$"))));

    const QStringList age = tableLines(text, s("Victime identificate în 2018, după grupa de vârstă la notificare"));
    REQUIRE(age.size() == 2 + 6 + 1);
    CHECK(age[2].startsWith(s("0–13 ani ")));
    CHECK(age[4].startsWith(s("18–25 de ani ")));
    CHECK(age[6].startsWith(s("36 de ani și peste ")));
    CHECK(age[7].startsWith(s("nespecificat ")));

    const QStringList minors = tableLines(text, s("Victime identificate în 2018, minori și adulți"));
    REQUIRE(minors.size() == 2 + 3 + 1);
    CHECK(minors[2].startsWith(s("minori ")));
    CHECK(minors[3].startsWith(s("adulți ")));

    const QStringList counties = tableLines(text, s("Victime identificate în 2018, după județul de reședință"));
    REQUIRE(counties.size() == 2 + 5 + 1);
    CHECK(counties[2].startsWith(s("Dolj "))); // largest first
    CHECK(counties[3].startsWith(s("Bacău ")));
    CHECK(counties[4].startsWith(s("București ")));
    CHECK(counties[5].startsWith(s("Brașov ")));
    CHECK(counties[6].startsWith(s("nespecificat ")));

    const QStringList countries = tableLines(text, s("Victime identificate în 2018, după țara de exploatare"));
    REQUIRE(countries.size() == 2 + 4 + 1);
    CHECK(countries[2].startsWith(s("România ")));
    CHECK(countries[3].startsWith(s("Italia ")));
    CHECK(countries[4].startsWith(s("Germania ")));

    const QStringList forms = tableLines(text, s("Victime identificate în 2018, după forma principală de exploatare"));
    REQUIRE(forms.size() == 2 + 3 + 1);
    CHECK(forms[2].startsWith(s("exploatare sexuală ")));
    CHECK(forms[3].startsWith(s("exploatare prin muncă ")));
    CHECK(forms[4].startsWith(s("cerșetorie ")));

    CHECK(text.contains(s("Victime identificate în 2018, după tipul traficului")));
    CHECK(text.contains(s("trafic intern")));
    CHECK(text.indexOf(s("după sex")) < text.indexOf(s("după grupa de vârstă")));
    CHECK(text.indexOf(s("după forma principală")) < text.indexOf(s("după județul")));
}

TEST_CASE("Text: a centre's bilanț has no national note, zero figures no '0 victime'", "[report][text]")
{
    BilantFigures f;
    f.year = 2018;
    f.scope = Scope::ofCenter(QStringLiteral("CR-BV"));
    const QString text = renderText(f);
    CHECK(text.contains(s("Centrul Regional Brașov")));
    CHECK(text.contains(s("Cifrele bilanțului 2018 – Centrul Regional Brașov (CR-BV)")));
    CHECK_FALSE(text.contains(s("Victime distincte")));
    CHECK_FALSE(text.contains(QRegularExpression(s("(?<![\\d.])0 \\p{L}"))));
    const QStringList figures = tableLines(text, s("Cifrele bilanțului 2018 – Centrul Regional Brașov (CR-BV)"));
    REQUIRE(figures.size() == 2 + 15);
    for (int i = 2; i < figures.size(); ++i)
        CHECK(figures[i].endsWith(QStringLiteral(" 0")));
}
