#pragma once
// Shared by the report tests: the 2018 sample figures (by hand, or read from the public samples),
// and the phrase matching rules of shared/samples/README.md ("expected_phrases.txt").
#include "core/BilantFigures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <tuple>
#include <vector>

namespace reper::test {

// The figures of shared/samples/national-2018/expected.json, copied by hand (breakdowns in part).
inline BilantFigures figures2018()
{
    BilantFigures f;
    f.year = 2018;
    f.scope = Scope::national();
    f.victimsAssistanceMonitored = 410;
    f.victimsRepatriated = 27;
    f.victimsJudicialParticipation = 611;
    f.preventionActivities = 1912;
    f.preventionCampaigns = 24;
    f.personsReached = 121377;
    f.onlineReach = 287406;
    f.protocolsSigned = 7;
    f.actionPlans = 14;
    f.teamMeetings = 48;
    f.trainingSessions = 133;
    f.specialistsTrained = 3288;
    f.interinstitutionalEvents = 201;
    f.fundedProjects = 3;
    f.victimsIdentified = 497;
    f.repatriationEvents = 28;
    f.judicialSupportActions = 1159;
    f.judicialCaseRefs = 582;
    f.campaignsNational = 8;
    f.campaignsLocal = 16;
    f.identificationsInYear = 500;
    f.attempts = 27;
    f.breakdowns[QStringLiteral("sex")]
        = {{QStringLiteral("F"), 378}, {QStringLiteral("M"), 116}, {QStringLiteral("U"), 3}};
    f.breakdowns[QStringLiteral("minor_adult")]
        = {{QStringLiteral("adult"), 260}, {QStringLiteral("minor"), 211}, {QStringLiteral("unknown"), 26}};
    f.breakdowns[QStringLiteral("age_group")]
        = {{QStringLiteral("0-13"), 50},  {QStringLiteral("14-17"), 161}, {QStringLiteral("18-25"), 149},
           {QStringLiteral("26-35"), 58}, {QStringLiteral("36+"), 53},    {QStringLiteral("unknown"), 26}};
    f.breakdowns[QStringLiteral("scope")] = {{QStringLiteral("internal"), 295}, {QStringLiteral("international"), 202}};
    f.breakdowns[QStringLiteral("county")] = {{QStringLiteral("DJ"), 38},
                                              {QStringLiteral("BC"), 29},
                                              {QStringLiteral("B"), 23},
                                              {QStringLiteral("BV"), 15},
                                              {QStringLiteral("unknown"), 16}};
    f.breakdowns[QStringLiteral("exploitation_country")] = {{QStringLiteral("IT"), 51},
                                                            {QStringLiteral("DE"), 44},
                                                            {QStringLiteral("RO"), 266},
                                                            {QStringLiteral("unknown"), 34}};
    f.breakdowns[QStringLiteral("primary_exploitation")]
        = {{QStringLiteral("sexual"), 325}, {QStringLiteral("labour"), 93}, {QStringLiteral("begging"), 24}};
    return f;
}

// The phrases the 2018 narrative must contain, as expected_phrases.txt lists them.
inline QStringList phrases2018()
{
    return {QStringLiteral("410 victime"),
            QStringLiteral("27 de victime"),
            QStringLiteral("611 victime"),
            QStringLiteral("peste 1.900 de activități"),
            QStringLiteral("24 de campanii"),
            QStringLiteral("aproximativ 120.000 de persoane"),
            QStringLiteral("7 noi protocoale"),
            QStringLiteral("14 planuri"),
            QStringLiteral("48 de întâlniri"),
            QStringLiteral("133 de sesiuni"),
            QStringLiteral("aproximativ 3.300 de specialiști"),
            QStringLiteral("201 evenimente"),
            QStringLiteral("3 proiecte")};
}

// A figures struct from a bilanț JSON object (expected.json's keys, "_info" included).
inline std::optional<BilantFigures> figuresFromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonObject info = o.value(QStringLiteral("_info")).toObject();
    const auto n = [](const QJsonObject& obj, const char* key) { return obj.value(QLatin1String(key)).toInteger(); };
    BilantFigures f;
    f.year = int(n(o, "year"));
    f.scope = Scope::fromText(o.value(QStringLiteral("scope")).toString());
    f.victimsAssistanceMonitored = n(o, "victims_assistance_monitored");
    f.victimsRepatriated = n(o, "victims_repatriated");
    f.victimsJudicialParticipation = n(o, "victims_judicial_participation");
    f.preventionActivities = n(o, "prevention_activities");
    f.preventionCampaigns = n(o, "prevention_campaigns");
    f.personsReached = n(o, "persons_reached");
    f.onlineReach = n(o, "online_reach");
    f.protocolsSigned = n(o, "protocols_signed");
    f.actionPlans = n(o, "action_plans");
    f.teamMeetings = n(o, "team_meetings");
    f.trainingSessions = n(o, "training_sessions");
    f.specialistsTrained = n(o, "specialists_trained");
    f.interinstitutionalEvents = n(o, "interinstitutional_events");
    f.fundedProjects = n(o, "funded_projects");
    f.victimsIdentified = n(o, "victims_identified");
    f.repatriationEvents = n(info, "repatriation_events");
    f.judicialSupportActions = n(info, "judicial_support_actions");
    f.judicialCaseRefs = n(info, "judicial_case_refs");
    f.campaignsNational = n(info, "prevention_campaigns_national");
    f.campaignsLocal = n(info, "prevention_campaigns_local");
    f.identificationsInYear = n(info, "identifications_in_year");
    f.attempts = n(info, "attempts");
    const QJsonObject breakdowns = o.value(QStringLiteral("breakdowns")).toObject();
    for (auto b = breakdowns.begin(); b != breakdowns.end(); ++b) {
        const QJsonObject counts = b.value().toObject();
        for (auto c = counts.begin(); c != counts.end(); ++c)
            f.breakdowns[b.key()][c.key()] = c.value().toInteger();
    }
    return f;
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The matching form of a text: lower case, cedilla read as comma-below, white space runs as one space.
inline QString matchForm(const QString& text)
{
    QString out;
    bool inSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) { // NBSP included
            if (!inSpace)
                out += QLatin1Char(' ');
            inSpace = true;
            continue;
        }
        inSpace = false;
        c = c.toLower();
        if (c == QChar(0x015F)) // ş
            c = QChar(0x0219); // ș
        else if (c == QChar(0x0163)) // ţ
            c = QChar(0x021B); // ț
        out += c;
    }
    return out;
}

// True when the phrase occurs in the text under the rules of samples/README.md: case ignored,
// any white space run, cedilla = comma-below, and not right after a digit, a dot or a letter.
inline bool containsPhrase(const QString& text, const QString& phrase)
{
    const QString haystack = matchForm(text);
    const QString needle = matchForm(phrase.trimmed());
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const QChar before = at > 0 ? haystack.at(at - 1) : QChar(QLatin1Char(' '));
        if (!before.isDigit() && !before.isLetter() && before != QLatin1Char('.'))
            return true;
    }
    return false;
}

} // namespace reper::test

namespace reper::test {

// The 2018 figures with what a document adds: months, the year before, two centres.
inline BilantReportData documentData2018()
{
    BilantReportData d;
    d.figures = figures2018();
    d.figures.identifiedByMonth = {40, 41, 42, 43, 44, 45, 41, 40, 40, 40, 40, 41};
    d.previous = figures2018();
    d.previous->year = 2017;
    d.previous->victimsIdentified = 450;
    for (const auto& [code, identified, activities, persons] :
         std::vector<std::tuple<const char*, qint64, qint64, qint64>>{{"CR-B", 300, 1000, 61377},
                                                                      {"CR-BV", 199, 912, 60000}}) {
        BilantFigures c;
        c.year = 2018;
        c.scope = Scope::ofCenter(QLatin1String(code));
        c.victimsIdentified = identified;
        c.preventionActivities = activities;
        c.personsReached = persons;
        d.centres << c;
    }
    return d;
}

} // namespace reper::test
