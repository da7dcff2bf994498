#include "BilantFields.h"

#include "core/Codes.h"
#include "core/ReferenceData.h"
#include "core/TextFold.h"
#include "report/CountPhrase.h"

#include <QRegularExpression>
#include <algorithm>

namespace reper::BilantFields {

namespace {

const QString kUnknownCode = QStringLiteral("unknown");

// Breakdown name -> the code list its codes come from, where §4 has one.
const CodeList* codeListFor(const QString& name)
{
    static const QMap<QString, QString> lists = {
        {QStringLiteral("sex"), QStringLiteral("sex")},
        {QStringLiteral("primary_exploitation"), QStringLiteral("exploitation")},
        {QStringLiteral("scope"), QStringLiteral("scope")},
        {QStringLiteral("institution"), QStringLiteral("institution")},
    };
    const auto it = lists.constFind(name);
    if (it != lists.constEnd())
        return &Codes::byName(*it);
    if (name == QLatin1String("exploitation_country"))
        return &Codes::countries();
    return nullptr;
}

struct Breakdown
{
    QString name;
    QString title;
};

const std::vector<Breakdown>& knownBreakdowns()
{
    static const std::vector<Breakdown> list = {
        {QStringLiteral("sex"), QStringLiteral("după sex")},
        {QStringLiteral("age_group"), QStringLiteral("după grupa de vârstă la notificare")},
        {QStringLiteral("minor_adult"), QStringLiteral("minori și adulți")},
        {QStringLiteral("primary_exploitation"), QStringLiteral("după forma principală de exploatare")},
        {QStringLiteral("scope"), QStringLiteral("după tipul traficului")},
        {QStringLiteral("county"), QStringLiteral("după județul de reședință")},
        {QStringLiteral("exploitation_country"), QStringLiteral("după țara de exploatare")},
        {QStringLiteral("institution"), QStringLiteral("după instituția care a identificat victima")},
    };
    return list;
}

// "14-17" -> "14–17 ani", "36+" -> "36 de ani și peste"
QString ageGroupLabel(const QString& code)
{
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)$"));
    static const QRegularExpression open(QStringLiteral("^(\\d+)\\+$"));
    if (const auto m = range.match(code); m.hasMatch())
        return m.captured(1) + QStringLiteral("–") + m.captured(2)
            + (CountPhrase::takesDe(m.captured(2).toLongLong()) ? QStringLiteral(" de ani") : QStringLiteral(" ani"));
    if (const auto m = open.match(code); m.hasMatch())
        return m.captured(1)
            + (CountPhrase::takesDe(m.captured(1).toLongLong()) ? QStringLiteral(" de ani și peste")
                                                                : QStringLiteral(" ani și peste"));
    return code;
}

} // namespace

const std::vector<Field>& figures()
{
    using F = BilantFigures;
    static const std::vector<Field> list = {
        {"victims_assistance_monitored", QStringLiteral("Victime a căror asistență a fost monitorizată"),
         &F::victimsAssistanceMonitored, true},
        {"victims_repatriated", QStringLiteral("Victime repatriate, cetățeni români"), &F::victimsRepatriated, true},
        {"victims_judicial_participation",
         QStringLiteral("Victime pentru care s-a facilitat participarea în procedurile penale"),
         &F::victimsJudicialParticipation, true},
        {"prevention_activities", QStringLiteral("Activități informativ-preventive"), &F::preventionActivities, false},
        {"prevention_campaigns", QStringLiteral("Campanii/proiecte de prevenire"), &F::preventionCampaigns, false},
        {"persons_reached", QStringLiteral("Persoane la care au ajuns mesajele preventive"), &F::personsReached, false},
        {"online_reach", QStringLiteral("Audiența online a mesajelor preventive (separat de persoane)"),
         &F::onlineReach, false},
        {"protocols_signed", QStringLiteral("Protocoale de colaborare noi"), &F::protocolsSigned, false},
        {"action_plans", QStringLiteral("Planuri de acțiune"), &F::actionPlans, false},
        {"team_meetings", QStringLiteral("Întâlniri ale echipelor interinstituționale antitrafic județene"),
         &F::teamMeetings, false},
        {"training_sessions", QStringLiteral("Sesiuni de instruire"), &F::trainingSessions, false},
        {"specialists_trained", QStringLiteral("Specialiști care au beneficiat de instruire"), &F::specialistsTrained,
         false},
        {"interinstitutional_events", QStringLiteral("Evenimente interinstituționale"), &F::interinstitutionalEvents,
         false},
        {"funded_projects", QStringLiteral("Proiecte finanțate prin fonduri externe nerambursabile"),
         &F::fundedProjects, false},
        {"victims_identified", QStringLiteral("Victime identificate"), &F::victimsIdentified, true},
    };
    return list;
}

const std::vector<Field>& info()
{
    using F = BilantFigures;
    static const std::vector<Field> list = {
        {"repatriation_events", QStringLiteral("Repatrieri finalizate ale cetățenilor români"), &F::repatriationEvents,
         false},
        {"judicial_support_actions", QStringLiteral("Acțiuni de sprijin în procedurile penale"),
         &F::judicialSupportActions, false},
        {"judicial_case_refs", QStringLiteral("Dosare penale distincte în care s-a acordat sprijin"),
         &F::judicialCaseRefs, false},
        {"prevention_campaigns_national", QStringLiteral("Campanii/proiecte de prevenire la nivel național"),
         &F::campaignsNational, false},
        {"prevention_campaigns_local", QStringLiteral("Campanii/proiecte de prevenire la nivel local"),
         &F::campaignsLocal, false},
        {"identifications_in_year", QStringLiteral("Identificări notificate în cursul anului"),
         &F::identificationsInYear, false},
        {"attempts", QStringLiteral("Victime identificate în cazul cărora traficul a rămas în fază de tentativă"),
         &F::attempts, true},
    };
    return list;
}

QStringList breakdownNames(const BilantFigures& figures)
{
    QStringList names;
    for (const Breakdown& b : knownBreakdowns()) {
        if (figures.breakdowns.contains(b.name))
            names << b.name;
    }
    for (auto it = figures.breakdowns.constBegin(); it != figures.breakdowns.constEnd(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    return names;
}

QString breakdownTitle(const QString& name, int year)
{
    QString what = name;
    for (const Breakdown& b : knownBreakdowns()) {
        if (b.name == name)
            what = b.title;
    }
    return QStringLiteral("Victime identificate în %1, %2").arg(year).arg(what);
}

QString breakdownLabel(const QString& name, const QString& code)
{
    if (code == kUnknownCode)
        return QStringLiteral("nespecificat");
    if (const CodeList* list = codeListFor(name))
        return list->label(code, Language::Romanian);
    if (name == QLatin1String("age_group"))
        return ageGroupLabel(code);
    if (name == QLatin1String("minor_adult")) {
        if (code == QLatin1String("minor"))
            return QStringLiteral("minori");
        if (code == QLatin1String("adult"))
            return QStringLiteral("adulți");
    }
    if (name == QLatin1String("county")) {
        for (const CountyDefault& c : ReferenceData::counties()) {
            if (c.code == code)
                return c.name;
        }
    }
    return code;
}

QStringList orderedCodes(const QString& name, const QMap<QString, qint64>& counts)
{
    QStringList codes = counts.keys();
    codes.removeAll(kUnknownCode);
    const bool largestFirst = name == QLatin1String("county") || name == QLatin1String("exploitation_country");
    const CodeList* list = codeListFor(name);
    if (largestFirst) {
        std::stable_sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
            if (counts.value(a) != counts.value(b))
                return counts.value(a) > counts.value(b);
            return foldText(breakdownLabel(name, a)) < foldText(breakdownLabel(name, b)); // same on every machine
        });
    } else if (list || name == QLatin1String("minor_adult")) {
        const QStringList order = list ? list->codes() : QStringList{QStringLiteral("minor"), QStringLiteral("adult")};
        std::stable_sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
            const auto rank = [&](const QString& c) {
                const int i = order.indexOf(c);
                return i < 0 ? int(order.size()) : i;
            };
            return rank(a) < rank(b);
        });
    }
    if (counts.contains(kUnknownCode))
        codes << kUnknownCode;
    return codes;
}

QString scopeLabel(const BilantFigures& figures)
{
    if (figures.isNational())
        return QStringLiteral("național");
    for (const CenterDefault& c : ReferenceData::centers()) {
        if (c.code == figures.scope.center())
            return QStringLiteral("Centrul Regional %1 (%2)").arg(c.seat, c.code);
    }
    return figures.scope.center();
}

} // namespace reper::BilantFields
