#include "RecordValidator.h"

#include "core/Cnp.h"
#include "core/Codes.h"
#include "core/TextPolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace reper::RecordValidator {

namespace {

// The messages of this file, for lupdate and the translators (context "RecordValidator").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)
};

// Free text: no control or invisible formatting characters (TextPolicy).
void checkText(FieldProblems& out, const QString& field, const QString& text)
{
    if (const auto p = TextPolicy::textProblem(text))
        out.push_back({field, *p});
}

void requireText(FieldProblems& out, const QString& field, const QString& text)
{
    if (text.trimmed().isEmpty())
        out.push_back({field, requiredMessage()});
    else
        checkText(out, field, text);
}

// A victim, campaign or project code: printable ASCII (TextPolicy).
void requireRecordCode(FieldProblems& out, const QString& field, const QString& code)
{
    if (code.trimmed().isEmpty())
        out.push_back({field, requiredMessage()});
    else if (const auto p = TextPolicy::codeProblem(code.trimmed()))
        out.push_back({field, *p});
}

void requireCode(FieldProblems& out, const QString& field, const QString& list, const QString& code,
                 bool required = true)
{
    if (code.isEmpty()) {
        if (required)
            out.push_back({field, requiredMessage()});
        return;
    }
    const CodeList& codes = list == QLatin1String("country") ? Codes::countries() : Codes::byName(list);
    if (!codes.contains(code))
        out.push_back({field, Tr::tr("'%1' is not in the %2 list").arg(code, list)});
}

void requireDate(FieldProblems& out, const QString& field, const QDate& date)
{
    if (!date.isValid())
        out.push_back({field, requiredMessage()});
}

// Counts are of people or things: zero or more (the store's CHECK says the same).
void requireCount(FieldProblems& out, const QString& field, std::optional<qint64> count)
{
    if (count && *count < 0)
        out.push_back({field, Tr::tr("%1 is not a number of zero or more").arg(*count)});
}

void requireOrder(FieldProblems& out, const QString& field, const QDate& start, const QDate& end)
{
    if (const auto p = periodProblem(start, end))
        out.push_back({field, *p});
}

} // namespace

QString requiredMessage() { return Tr::tr("is required"); }

void addNew(FieldProblems& out, const FieldProblems& more)
{
    QSet<QString> named;
    for (const FieldProblem& p : out)
        named.insert(p.field);
    for (const FieldProblem& p : more)
        if (!named.contains(p.field))
            out.push_back(p);
}

std::optional<QString> periodProblem(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || end >= start)
        return std::nullopt;
    const qint64 days = end.daysTo(start);
    return days == 1 ? Tr::tr("ends one day before it starts") : Tr::tr("ends %1 days before it starts").arg(days);
}

FieldProblems check(const Victim& v, const QDate& today)
{
    FieldProblems out;
    requireRecordCode(out, QStringLiteral("victim_code"), v.code);
    requireText(out, QStringLiteral("center"), v.center);
    requireCode(out, QStringLiteral("sex"), QStringLiteral("sex"), v.sex);
    requireCode(out, QStringLiteral("citizenship"), QStringLiteral("country"), v.citizenship);
    requireCode(out, QStringLiteral("residence_env"), QStringLiteral("residence_env"), v.residenceEnv, false);
    requireCode(out, QStringLiteral("education"), QStringLiteral("education"), v.education, false);
    if (v.birthYear && (*v.birthYear < 1900 || *v.birthYear > 2100))
        out.push_back({QStringLiteral("birth_year"), Tr::tr("%1 is not a plausible year of birth").arg(*v.birthYear)});
    if (v.birthDate.isValid() && today.isValid() && v.birthDate > today)
        out.push_back({QStringLiteral("birth_date"), Tr::tr("is in the future")});
    if (v.birthDate.isValid() && v.birthYear && v.birthDate.year() != *v.birthYear)
        out.push_back({QStringLiteral("birth_year"),
                       Tr::tr("%1 does not agree with the birth date (%2)").arg(*v.birthYear).arg(v.birthDate.year())});
    return out;
}

FieldProblems check(const VictimIdentity& identity)
{
    FieldProblems out;
    checkText(out, QStringLiteral("last_name"), identity.lastName);
    checkText(out, QStringLiteral("first_name"), identity.firstName);
    if (!identity.cnp.isEmpty())
        if (const auto p = Cnp::problem(identity.cnp))
            out.push_back({QStringLiteral("cnp"), *p});
    checkText(out, QStringLiteral("address"), identity.address);
    checkText(out, QStringLiteral("phone"), identity.phone);
    checkText(out, QStringLiteral("notes"), identity.notes);
    return out;
}

FieldProblems check(const Identification& i, const Victim& v)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), i.center);
    requireDate(out, QStringLiteral("notification_date"), i.notificationDate);
    requireCode(out, QStringLiteral("mnir_status"), QStringLiteral("mnir_status"), i.mnirStatus);
    requireCode(out, QStringLiteral("institution"), QStringLiteral("institution"), i.institution, false);
    requireCode(out, QStringLiteral("scope"), QStringLiteral("scope"), i.scope);
    if (i.exploitation.isEmpty())
        out.push_back({QStringLiteral("exploitation"), Tr::tr("at least one form of exploitation is required")});
    for (const QString& form : i.exploitation)
        requireCode(out, QStringLiteral("exploitation"), QStringLiteral("exploitation"), form);
    if (!i.primaryExploitation.isEmpty() && !i.exploitation.isEmpty()
        && !i.exploitation.contains(i.primaryExploitation))
        out.push_back({QStringLiteral("primary_exploitation"),
                       Tr::tr("'%1' is not one of the forms listed in exploitation").arg(i.primaryExploitation)});
    requireCode(out, QStringLiteral("exploitation_country"), QStringLiteral("country"), i.exploitationCountry, false);
    requireCode(out, QStringLiteral("recruitment"), QStringLiteral("recruitment"), i.recruitment, false);
    requireCode(out, QStringLiteral("recruiter_relation"), QStringLiteral("recruiter_relation"), i.recruiterRelation,
                false);
    if (i.notificationDate.isValid() && i.identificationDate.isValid() && i.identificationDate < i.notificationDate)
        out.push_back({QStringLiteral("identification_date"), Tr::tr("is before the notification date")});
    if (i.notificationDate.isValid() && v.birthDate.isValid() && v.birthDate > i.notificationDate)
        out.push_back({QStringLiteral("birth_date"), Tr::tr("is after the notification date")});
    return out;
}

FieldProblems check(const Assistance& a)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), a.center);
    requireCode(out, QStringLiteral("service"), QStringLiteral("service"), a.service);
    requireCode(out, QStringLiteral("provider"), QStringLiteral("provider"), a.provider);
    requireDate(out, QStringLiteral("start_date"), a.startDate);
    requireOrder(out, QStringLiteral("end_date"), a.startDate, a.endDate);
    return out;
}

FieldProblems check(const Repatriation& r)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), r.center);
    requireCode(out, QStringLiteral("from_country"), QStringLiteral("country"), r.fromCountry);
    requireDate(out, QStringLiteral("request_date"), r.requestDate);
    requireCode(out, QStringLiteral("status"), QStringLiteral("repatriation_status"), r.status);
    checkText(out, QStringLiteral("entry_point"), r.entryPoint);
    if (r.requestDate.isValid() && r.arrivalDate.isValid() && r.arrivalDate < r.requestDate)
        out.push_back({QStringLiteral("arrival_date"), Tr::tr("is before the request date")});
    return out;
}

FieldProblems check(const JudicialParticipation& j)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), j.center);
    requireDate(out, QStringLiteral("date"), j.date);
    requireText(out, QStringLiteral("case_ref"), j.caseRef);
    requireCode(out, QStringLiteral("body"), QStringLiteral("judicial_body"), j.body);
    requireCode(out, QStringLiteral("stage"), QStringLiteral("judicial_stage"), j.stage);
    requireCode(out, QStringLiteral("role"), QStringLiteral("procedural_role"), j.role);
    requireCode(out, QStringLiteral("support"), QStringLiteral("judicial_support"), j.support);
    return out;
}

FieldProblems check(const Campaign& c)
{
    FieldProblems out;
    requireRecordCode(out, QStringLiteral("campaign_code"), c.code);
    requireText(out, QStringLiteral("center"), c.center);
    requireText(out, QStringLiteral("title"), c.title);
    requireCode(out, QStringLiteral("level"), QStringLiteral("campaign_level"), c.level);
    requireCode(out, QStringLiteral("funding"), QStringLiteral("funding"), c.funding);
    checkText(out, QStringLiteral("funder"), c.funder);
    requireDate(out, QStringLiteral("start_date"), c.startDate);
    requireOrder(out, QStringLiteral("end_date"), c.startDate, c.endDate);
    return out;
}

FieldProblems check(const PreventionActivity& p)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), p.center);
    requireDate(out, QStringLiteral("date"), p.date);
    requireText(out, QStringLiteral("county"), p.county);
    requireCode(out, QStringLiteral("type"), QStringLiteral("activity_type"), p.type);
    requireCode(out, QStringLiteral("target_group"), QStringLiteral("target_group"), p.targetGroup);
    requireCount(out, QStringLiteral("participants"), p.participants);
    requireCount(out, QStringLiteral("materials"), p.materials);
    requireCount(out, QStringLiteral("online_reach"), p.onlineReach);
    return out;
}

FieldProblems check(const Protocol& p)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), p.center);
    requireDate(out, QStringLiteral("signed_date"), p.signedDate);
    requireText(out, QStringLiteral("partner"), p.partner);
    return out;
}

FieldProblems check(const ActionPlan& p)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), p.center);
    requireDate(out, QStringLiteral("date"), p.date);
    requireText(out, QStringLiteral("partner"), p.partner);
    return out;
}

FieldProblems check(const TeamMeeting& m)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), m.center);
    requireDate(out, QStringLiteral("date"), m.date);
    requireText(out, QStringLiteral("county"), m.county);
    requireCount(out, QStringLiteral("attendees"), m.attendees);
    return out;
}

FieldProblems check(const Training& t)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), t.center);
    requireDate(out, QStringLiteral("date"), t.date);
    requireCode(out, QStringLiteral("audience"), QStringLiteral("audience"), t.audience);
    requireCount(out, QStringLiteral("participants"), t.participants);
    checkText(out, QStringLiteral("topic"), t.topic);
    return out;
}

FieldProblems check(const Event& e)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), e.center);
    requireDate(out, QStringLiteral("date"), e.date);
    requireCode(out, QStringLiteral("type"), QStringLiteral("event_type"), e.type);
    requireCode(out, QStringLiteral("role"), QStringLiteral("event_role"), e.role);
    requireText(out, QStringLiteral("title"), e.title);
    return out;
}

FieldProblems check(const FundedProject& f)
{
    FieldProblems out;
    requireRecordCode(out, QStringLiteral("project_code"), f.code);
    requireText(out, QStringLiteral("center"), f.center);
    requireText(out, QStringLiteral("title"), f.title);
    requireText(out, QStringLiteral("funder"), f.funder);
    requireCode(out, QStringLiteral("focus"), QStringLiteral("project_focus"), f.focus);
    requireDate(out, QStringLiteral("start_date"), f.startDate);
    requireOrder(out, QStringLiteral("end_date"), f.startDate, f.endDate);
    return out;
}

FieldProblems check(const VictimCase& c)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), c.center);
    requireCode(out, QStringLiteral("status"), QStringLiteral("case_status"), c.status);
    requireDate(out, QStringLiteral("opened_on"), c.openedOn);
    checkText(out, QStringLiteral("referred_to"), c.referredTo);
    if (c.isClosed()) {
        requireDate(out, QStringLiteral("closed_on"), c.closedOn);
        requireCode(out, QStringLiteral("closing_reason"), QStringLiteral("closing_reason"), c.closingReason);
        const bool referred = c.closingReason == QLatin1String("referred");
        if (referred && c.status != QLatin1String("closed_referred"))
            out.push_back({QStringLiteral("status"), Tr::tr("is \"closed – referred\" when the case was referred")});
        if (!referred && !c.closingReason.isEmpty() && c.status == QLatin1String("closed_referred"))
            out.push_back({QStringLiteral("closing_reason"), Tr::tr("is \"referred\" for a case closed as referred")});
        if (referred)
            requireText(out, QStringLiteral("referred_to"), c.referredTo);
        if (c.openedOn.isValid() && c.closedOn.isValid() && c.closedOn < c.openedOn)
            out.push_back({QStringLiteral("closed_on"), Tr::tr("is before the opening date")});
    } else {
        if (c.closedOn.isValid())
            out.push_back({QStringLiteral("closed_on"), Tr::tr("is given only when the case is closed")});
        if (!c.closingReason.isEmpty())
            out.push_back({QStringLiteral("closing_reason"), Tr::tr("is given only when the case is closed")});
    }
    return out;
}

FieldProblems check(const MonitoringContact& m)
{
    FieldProblems out;
    requireText(out, QStringLiteral("center"), m.center);
    requireDate(out, QStringLiteral("date"), m.date);
    requireCode(out, QStringLiteral("kind"), QStringLiteral("contact_kind"), m.kind);
    checkText(out, QStringLiteral("with_whom"), m.withWhom);
    checkText(out, QStringLiteral("outcome"), m.outcome);
    if (m.date.isValid() && m.nextDate.isValid() && m.nextDate < m.date)
        out.push_back({QStringLiteral("next_date"), Tr::tr("is before the date of the contact")});
    return out;
}

} // namespace reper::RecordValidator
