#include "NarrativeWriter.h"

#include "core/Codes.h"
#include "core/ReferenceData.h"
#include "report/CountPhrase.h"

#include <utility>
#include <vector>

namespace reper {

namespace {

using CountPhrase::Gender;
using CountPhrase::Noun;

// ---------------------------------------------------------------------------------------------
// The wording that goes with the figures, kept together here (it follows the 2019 statement, with
// its slips mended). The wording without figures is in the template (resources/templates/).
// ---------------------------------------------------------------------------------------------
namespace fixed {

const QString kPartners = QStringLiteral(
    "Astfel, cu sprijinul partenerilor (instituții de stat, ONG, autorități locale și mediul privat), ");
const QString kStrategyAndPlan = QStringLiteral(
    "au fost desfășurate activități care au vizat implementarea Strategiei Naționale Împotriva Traficului de "
    "Persoane pentru perioada %1 și a Planului Național de Acțiune %2");
const QString kStrategyOnly = QStringLiteral(
    "au fost desfășurate activități care au vizat implementarea Strategiei Naționale Împotriva Traficului de "
    "Persoane pentru perioada %1");
const QString kNoStrategy
    = QStringLiteral("au fost desfășurate activități în domeniul prevenirii și combaterii traficului de persoane");

// The national strategies and their action plans (reference/domain-research.md, S33 and S34).
struct Period
{
    int from;
    int to;
    const char* label;
};
const std::vector<Period> kStrategies = {{2018, 2022, "2018-2022"}, {2024, 2028, "2024-2028"}};
const std::vector<Period> kActionPlans
    = {{2018, 2020, "2018-2020"}, {2021, 2022, "2021-2022"}, {2024, 2026, "2024-2026"}};

const QString kPrevention = QStringLiteral("În ceea ce privește eforturile de prevenire a traficului de persoane, ");
const QString kEventKinds = QStringLiteral(" – seminarii, ședințe de lucru, mese rotunde, workshop-uri etc.");
const QString kNationalCentres = QStringLiteral("Prin intermediul Centrelor Regionale");
const QString kOneCentre = QStringLiteral("Prin intermediul Centrului Regional %1");

// What a funded project addressed, by project_focus code.
QString projectFocus(const QString& code)
{
    if (code == QLatin1String("identification_referral"))
        return QStringLiteral("domeniul identificării și referirii victimelor");
    if (code == QLatin1String("prevention"))
        return QStringLiteral("prevenirea traficului de persoane");
    if (code == QLatin1String("assistance"))
        return QStringLiteral("asistența acordată victimelor");
    if (code == QLatin1String("research"))
        return QStringLiteral("cercetarea fenomenului traficului de persoane");
    if (code == QLatin1String("other"))
        return QStringLiteral("alte domenii");
    return {};
}

// The nouns counted in the narrative; forms may carry the complement that follows the noun.
const Noun kVictim{QStringLiteral("victimă"), QStringLiteral("victime"), Gender::Feminine};
const Noun kVictimOfTrafficking{QStringLiteral("victimă a traficului"), QStringLiteral("victime ale traficului"),
                                Gender::Feminine};
const Noun kIdentifiedVictim{QStringLiteral("victimă a traficului de persoane"),
                             QStringLiteral("victime ale traficului de persoane"), Gender::Feminine};
const Noun kActivity{QStringLiteral("activitate informativ-preventivă"),
                     QStringLiteral("activități informativ-preventive"), Gender::Feminine};
const Noun kCampaign{QStringLiteral("campanie/proiect de prevenire"), QStringLiteral("campanii/proiecte de prevenire"),
                     Gender::Feminine};
const Noun kPerson{QStringLiteral("persoană"), QStringLiteral("persoane"), Gender::Feminine};
const Noun kProtocol{QStringLiteral("protocol de colaborare"), QStringLiteral("protocoale de colaborare"),
                     Gender::Neuter};
const CountPhrase::Adjective kNew{QStringLiteral("nou"), QStringLiteral("noi")};
const Noun kActionPlan{QStringLiteral("plan de acțiune"), QStringLiteral("planuri de acțiune"), Gender::Neuter};
const Noun kTeamMeeting{QStringLiteral("întâlnire a echipelor interinstituționale antitrafic județene"),
                        QStringLiteral("întâlniri ale echipelor interinstituționale antitrafic județene"),
                        Gender::Feminine};
const Noun kTrainingSession{QStringLiteral("sesiune de instruire"), QStringLiteral("sesiuni de instruire"),
                            Gender::Feminine};
const Noun kSpecialist{QStringLiteral("specialist"), QStringLiteral("specialiști"), Gender::Masculine};
const Noun kEvent{QStringLiteral("eveniment interinstituțional"), QStringLiteral("evenimente interinstituționale"),
                  Gender::Neuter};
const Noun kFundedProject{QStringLiteral("proiect finanțat prin fonduri externe nerambursabile"),
                          QStringLiteral("proiecte finanțate prin fonduri externe nerambursabile"), Gender::Neuter};

} // namespace fixed

// "a fost monitorizată" for one, "au fost monitorizate" for more.
QString passive(qint64 n, const char* singular, const char* plural)
{
    return QString::fromUtf8(n == 1 ? singular : plural);
}

// "A, B și C"
QString joinWithAnd(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" și ") + items.last();
}

const char* labelFor(const std::vector<fixed::Period>& periods, int year)
{
    for (const fixed::Period& p : periods) {
        if (year >= p.from && year <= p.to)
            return p.label;
    }
    return nullptr;
}

} // namespace

NarrativeWriter::NarrativeWriter(BilantFigures figures, const BilantTemplate& wording)
    : m_figures(std::move(figures))
    , m_wording(wording)
{
}

QHash<QString, QString> NarrativeWriter::vars() const
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("year"), QString::number(m_figures.year));
    v.insert(QStringLiteral("previous_year"), QString::number(m_figures.year - 1));
    v.insert(QStringLiteral("seat"), centreSeat());
    v.insert(QStringLiteral("centre_code"), m_figures.scope.center());
    if (m_date.isValid())
        v.insert(QStringLiteral("date"),
                 m_date.toString(m_wording.setting(QStringLiteral("date_format"), QStringLiteral("dd.MM.yyyy"))));
    // The place may itself name the seat ("sediul Centrului Regional {seat}").
    v.insert(QStringLiteral("place"),
             BilantTemplate::fill(m_wording.setting(m_figures.isNational() ? QStringLiteral("place.national")
                                                                           : QStringLiteral("place.centre")),
                                  v));
    return v;
}

QString NarrativeWriter::scoped(const QString& name) const
{
    return name + (m_figures.isNational() ? QStringLiteral(".national") : QStringLiteral(".centre"));
}

QString NarrativeWriter::title() const { return BilantTemplate::fill(m_wording.text(QStringLiteral("title")), vars()); }

QString NarrativeWriter::subtitle() const
{
    return BilantTemplate::fill(m_wording.text(scoped(QStringLiteral("subtitle"))), vars());
}

QString NarrativeWriter::yearLine() const
{
    return BilantTemplate::fill(m_wording.text(QStringLiteral("year_line")), vars());
}

QString NarrativeWriter::dateLine() const
{
    if (!m_date.isValid())
        return {};
    return BilantTemplate::fill(m_wording.text(scoped(QStringLiteral("date_line"))), vars());
}

QStringList NarrativeWriter::paragraphs() const
{
    const QHash<QString, QString> v = vars();
    QStringList out;
    for (const QString& p : m_wording.paragraphs(QStringLiteral("body"))) {
        QString text;
        if (p == QLatin1String("{date_line}"))
            text = dateLine();
        else if (p == QLatin1String("{victims}"))
            text = victimsParagraph();
        else if (p == QLatin1String("{prevention}"))
            text = preventionParagraph();
        else if (p == QLatin1String("{cooperation}"))
            text = cooperationParagraph();
        else if (p == QLatin1String("{centres}"))
            text = centresParagraph();
        else if (p == QLatin1String("{projects}"))
            text = projectsParagraph();
        else
            text = BilantTemplate::fill(p, v);
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

QString NarrativeWriter::backgroundHeading() const
{
    return BilantTemplate::fill(m_wording.text(QStringLiteral("background_heading")), vars());
}

QStringList NarrativeWriter::backgroundParagraphs() const
{
    QStringList out;
    for (const QString& p : m_wording.paragraphs(QStringLiteral("background")))
        out << BilantTemplate::fill(p, vars());
    return out;
}

QString NarrativeWriter::text() const
{
    QStringList blocks{title(), subtitle(), yearLine()};
    blocks << paragraphs();
    const QString heading = backgroundHeading();
    if (!heading.isEmpty())
        blocks << heading;
    blocks << backgroundParagraphs();
    blocks.removeAll(QString());
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString NarrativeWriter::strategyClause() const
{
    const char* strategy = labelFor(fixed::kStrategies, m_figures.year);
    const char* plan = labelFor(fixed::kActionPlans, m_figures.year);
    if (!strategy)
        return fixed::kNoStrategy;
    if (!plan)
        return fixed::kStrategyOnly.arg(QLatin1String(strategy));
    return fixed::kStrategyAndPlan.arg(QLatin1String(strategy), QLatin1String(plan));
}

// Assistance, repatriation and criminal proceedings, then the victims identified in the year.
QString NarrativeWriter::victimsParagraph() const
{
    using namespace CountPhrase;
    const BilantFigures& f = m_figures;
    QStringList clauses;
    QList<bool> apposition; // ", cetățeni români" calls for a comma before a following "și"
    if (f.victimsAssistanceMonitored == 1) {
        clauses << QStringLiteral("a fost monitorizată asistența acordată unei victime a traficului");
        apposition << false;
    } else if (f.victimsAssistanceMonitored > 1) {
        clauses << QStringLiteral("a fost monitorizată asistența acordată unui număr de ")
                + exact(f.victimsAssistanceMonitored, fixed::kVictimOfTrafficking);
        apposition << false;
    }

    if (f.victimsRepatriated == 0) {
        clauses << QStringLiteral("nu a fost repatriată nicio victimă de cetățenie română");
        apposition << false;
    } else {
        clauses << passive(f.victimsRepatriated, "a fost repatriată ", "au fost repatriate ")
                + exact(f.victimsRepatriated, fixed::kVictim)
                + (f.victimsRepatriated == 1 ? QStringLiteral(", cetățean român")
                                             : QStringLiteral(", cetățeni români"));
        apposition << true;
    }

    if (f.victimsJudicialParticipation > 0) {
        clauses << QStringLiteral("a fost facilitată participarea în cadrul procedurilor penale pentru ")
                + (f.victimsJudicialParticipation == 1 ? QString() : QStringLiteral("un număr de "))
                + exact(f.victimsJudicialParticipation, fixed::kVictim);
        apposition << false;
    }

    QString body = clauses.first();
    for (int i = 1; i < clauses.size(); ++i) {
        if (i < clauses.size() - 1)
            body += QStringLiteral(", ");
        else
            body += apposition[i - 1] ? QStringLiteral(", și ") : QStringLiteral(" și ");
        body += clauses[i];
    }

    const qint64 identified = f.victimsIdentified;
    QString identification = QStringLiteral("În anul %1 ").arg(f.year);
    if (identified == 0)
        identification += QStringLiteral("nu a fost identificată ");
    else
        identification += passive(identified, "a fost identificată ", "au fost identificate ");
    identification += exact(identified, fixed::kIdentifiedVictim) + QLatin1Char('.');

    return fixed::kPartners + strategyClause() + QStringLiteral(", ") + body + QStringLiteral(". ") + identification;
}

// Activities, campaigns, persons reached and, apart, the online reach.
QString NarrativeWriter::preventionParagraph() const
{
    using namespace CountPhrase;
    const BilantFigures& f = m_figures;
    const qint64 activities = f.preventionActivities;
    if (activities == 0)
        return fixed::kPrevention + QStringLiteral("nu a fost realizată ") + exact(0, fixed::kActivity)
            + QLatin1Char('.');

    QString text = fixed::kPrevention + passive(activities, "a fost realizată ", "au fost realizate ")
        + over(activities, fixed::kActivity);
    const qint64 campaigns = f.preventionCampaigns;
    if (campaigns == 1)
        text += QStringLiteral(", în cadrul unei campanii/unui proiect de prevenire");
    else if (campaigns > 1)
        text += QStringLiteral(", în cadrul a ") + exact(campaigns, fixed::kCampaign);
    if (campaigns > 0) {
        if (f.campaignsNational > 0 && f.campaignsLocal > 0)
            text += QStringLiteral(", la nivel național și local");
        else if (f.campaignsNational > 0)
            text += QStringLiteral(", la nivel național");
        else if (f.campaignsLocal > 0)
            text += QStringLiteral(", la nivel local");
    }
    text += QLatin1Char('.');

    if (f.personsReached > 0)
        text += QStringLiteral(" Prin intermediul ")
            + (activities == 1 ? QStringLiteral("acestei activități") : QStringLiteral("acestor activități"))
            + QStringLiteral(", mesajele și recomandările preventive au ajuns la ")
            + approximately(f.personsReached, fixed::kPerson) + QLatin1Char('.');
    // Online reach is counted apart from the persons reached (domain.md §5), so it is never added to them.
    if (f.onlineReach > 0)
        text += QStringLiteral(" Separat, în mediul online, mesajele preventive au avut o audiență de ")
            + approximately(f.onlineReach, fixed::kPerson) + QLatin1Char('.');
    return text;
}

// New protocols and action plans; dropped when there are none.
QString NarrativeWriter::cooperationParagraph() const
{
    using namespace CountPhrase;
    const BilantFigures& f = m_figures;
    QStringList items;
    qint64 onlyCount = 0;
    if (f.protocolsSigned > 0) {
        items << exact(f.protocolsSigned, fixed::kProtocol, fixed::kNew);
        onlyCount = f.protocolsSigned;
    }
    if (f.actionPlans > 0) {
        items << exact(f.actionPlans, fixed::kActionPlan);
        onlyCount = f.actionPlans;
    }
    if (items.isEmpty())
        return {};
    const bool singular = items.size() == 1 && onlyCount == 1;
    return QStringLiteral("De asemenea, ")
        + (singular ? QStringLiteral("a fost încheiat ") : QStringLiteral("au fost încheiate ")) + joinWithAnd(items)
        + QLatin1Char('.');
}

// Team meetings, trainings and specialists, events: the work done through the regional centres.
QString NarrativeWriter::centresParagraph() const
{
    using namespace CountPhrase;
    const BilantFigures& f = m_figures;
    QStringList organised;
    qint64 onlyCount = 0;
    bool endsWithSubclause = false;
    if (f.teamMeetings > 0) {
        organised << exact(f.teamMeetings, fixed::kTeamMeeting);
        onlyCount = f.teamMeetings;
    }
    if (f.trainingSessions > 0) {
        QString sessions = exact(f.trainingSessions, fixed::kTrainingSession);
        if (f.specialistsTrained > 0) {
            sessions += passive(f.specialistsTrained, ", de care a beneficiat ", ", de care au beneficiat ")
                + approximately(f.specialistsTrained, fixed::kSpecialist);
            endsWithSubclause = true;
        }
        organised << sessions;
        onlyCount = f.trainingSessions;
    }

    QString events;
    if (f.interinstitutionalEvents > 0) {
        events = QStringLiteral("s-a asigurat participarea la ") + exact(f.interinstitutionalEvents, fixed::kEvent);
        if (f.interinstitutionalEvents > 2)
            events += fixed::kEventKinds;
    }
    if (organised.isEmpty() && events.isEmpty())
        return {};

    QString body;
    if (!organised.isEmpty()) {
        const bool singular = organised.size() == 1 && onlyCount == 1;
        body = singular ? QStringLiteral("a fost organizată ") : QStringLiteral("au fost organizate ");
        if (events.isEmpty())
            body += joinWithAnd(organised);
        else
            body += organised.join(QStringLiteral(", "))
                + (endsWithSubclause ? QStringLiteral(", și ") : QStringLiteral(" și ")) + events;
    } else {
        body = events;
    }
    const QString seat = centreSeat();
    const QString lead = seat.isEmpty() ? fixed::kNationalCentres : fixed::kOneCentre.arg(seat);
    // "… etc." already ends the sentence.
    return lead + QLatin1Char(' ') + body + (body.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
}

// Funded projects and, when every project's focus is known, what they addressed.
QString NarrativeWriter::projectsParagraph() const
{
    const qint64 projects = m_figures.fundedProjects;
    if (projects == 0)
        return {};
    return QStringLiteral("Tot în cursul anului %1, ").arg(m_figures.year)
        + passive(projects, "a fost implementat ", "au fost implementate ")
        + CountPhrase::exact(projects, fixed::kFundedProject) + projectFocusClause() + QLatin1Char('.');
}

QString NarrativeWriter::projectFocusClause() const
{
    const qint64 projects = m_figures.fundedProjects;
    QList<std::pair<qint64, QString>> parts; // count, focus wording, in the order of the code list
    qint64 total = 0;
    for (auto it = m_figures.fundedProjectsByFocus.constBegin(); it != m_figures.fundedProjectsByFocus.constEnd();
         ++it) {
        if (it.value() <= 0)
            continue;
        const QString wording = fixed::projectFocus(it.key());
        if (wording.isEmpty())
            return {}; // a focus the text has no words for: say nothing rather than something wrong
        total += it.value();
    }
    if (total != projects)
        return {}; // the focus of some project is not known
    for (const QString& code : Codes::byName(QStringLiteral("project_focus")).codes()) {
        const qint64 n = m_figures.fundedProjectsByFocus.value(code);
        if (n > 0)
            parts.append({n, fixed::projectFocus(code)});
    }

    if (parts.size() == 1)
        return passive(projects, ", care a vizat ", ", care au vizat ") + parts.first().second;
    if (parts.size() == 2 && projects == 2) // the 2019 statement's "unul care …, iar altul care …"
        return QStringLiteral(", unul care a vizat ") + parts[0].second + QStringLiteral(", iar altul care a vizat ")
            + parts[1].second;
    QStringList pieces;
    for (const auto& [n, wording] : parts)
        pieces << (n == 1 ? QStringLiteral("unul a vizat ")
                          : CountPhrase::numeral(n, Gender::Neuter) + QStringLiteral(" au vizat "))
                + wording;
    return QStringLiteral(", dintre care ") + pieces.mid(0, pieces.size() - 1).join(QStringLiteral(", "))
        + QStringLiteral(", iar ") + pieces.last();
}

QString NarrativeWriter::centreSeat() const
{
    if (m_figures.isNational())
        return {};
    for (const CenterDefault& c : ReferenceData::centers()) {
        if (c.code == m_figures.scope.center())
            return c.seat;
    }
    return m_figures.scope.center(); // a centre added by an administrator: its code is the best name we have
}

} // namespace reper
