#include "core/RecordValidator.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

QStringList fieldsOf(const FieldProblems& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << p.field;
    return out;
}

QStringList names(std::initializer_list<const char*> fields)
{
    QStringList out;
    for (const char* f : fields)
        out << QLatin1String(f);
    return out;
}

bool hasProblemOn(const FieldProblems& problems, const char* field)
{
    return fieldsOf(problems).contains(QLatin1String(field));
}

QString messageOn(const FieldProblems& problems, const char* field)
{
    for (const auto& p : problems)
        if (p.field == QLatin1String(field))
            return p.message;
    return {};
}

// One valid record of each kind, as the forms and the import would build it.
const QString kCenter = QStringLiteral("CR-BV");

Victim validVictim()
{
    Victim v;
    v.code = QStringLiteral("RV-TEST01");
    v.center = kCenter;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    return v;
}

Identification validIdentification()
{
    Identification i;
    i.center = kCenter;
    i.notificationDate = QDate(2018, 1, 1);
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("internal");
    i.exploitation = {QStringLiteral("sexual"), QStringLiteral("labour")};
    i.primaryExploitation = QStringLiteral("labour");
    return i;
}

Assistance validAssistance()
{
    Assistance a;
    a.center = kCenter;
    a.service = QStringLiteral("shelter");
    a.provider = QStringLiteral("ngo");
    a.startDate = QDate(2018, 3, 1);
    return a;
}

Repatriation validRepatriation()
{
    Repatriation r;
    r.center = kCenter;
    r.fromCountry = QStringLiteral("IT");
    r.requestDate = QDate(2018, 3, 1);
    r.status = QStringLiteral("completed");
    return r;
}

JudicialParticipation validJudicial()
{
    JudicialParticipation j;
    j.center = kCenter;
    j.date = QDate(2018, 3, 1);
    j.caseRef = QStringLiteral("123/P/2018");
    j.body = QStringLiteral("prosecutor_office");
    j.stage = QStringLiteral("investigation");
    j.role = QStringLiteral("injured_party");
    j.support = QStringLiteral("information");
    return j;
}

Campaign validCampaign()
{
    Campaign c;
    c.code = QStringLiteral("CMP-1");
    c.center = kCenter;
    c.title = QStringLiteral("Safe work abroad");
    c.level = QStringLiteral("national");
    c.funding = QStringLiteral("own");
    c.startDate = QDate(2018, 3, 1);
    return c;
}

PreventionActivity validPrevention()
{
    PreventionActivity p;
    p.center = kCenter;
    p.date = QDate(2018, 3, 1);
    p.county = QStringLiteral("BV");
    p.type = QStringLiteral("information_session");
    p.targetGroup = QStringLiteral("pupils");
    p.participants = 30;
    return p;
}

Protocol validProtocol()
{
    Protocol p;
    p.center = kCenter;
    p.signedDate = QDate(2018, 3, 1);
    p.partner = QStringLiteral("County school inspectorate");
    return p;
}

ActionPlan validActionPlan()
{
    ActionPlan p;
    p.center = kCenter;
    p.date = QDate(2018, 3, 1);
    p.partner = QStringLiteral("County police");
    return p;
}

TeamMeeting validTeamMeeting()
{
    TeamMeeting m;
    m.center = kCenter;
    m.date = QDate(2018, 3, 1);
    m.county = QStringLiteral("BV");
    m.attendees = 12;
    return m;
}

Training validTraining()
{
    Training t;
    t.center = kCenter;
    t.date = QDate(2018, 3, 1);
    t.audience = QStringLiteral("police");
    t.participants = 20;
    return t;
}

Event validEvent()
{
    Event e;
    e.center = kCenter;
    e.date = QDate(2018, 3, 1);
    e.type = QStringLiteral("conference");
    e.role = QStringLiteral("organiser");
    e.title = QStringLiteral("Regional conference");
    return e;
}

FundedProject validProject()
{
    FundedProject f;
    f.code = QStringLiteral("PRJ-1");
    f.center = kCenter;
    f.title = QStringLiteral("Shelter network");
    f.funder = QStringLiteral("EEA Grants");
    f.focus = QStringLiteral("assistance");
    f.startDate = QDate(2018, 3, 1);
    return f;
}

} // namespace

TEST_CASE("a valid record of every kind has no problem", "[core][validation]")
{
    CHECK(fieldsOf(RecordValidator::check(validVictim())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(VictimIdentity{})).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validIdentification(), validVictim())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validAssistance())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validRepatriation())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validJudicial())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validCampaign())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validPrevention())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validProtocol())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validActionPlan())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validTeamMeeting())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validTraining())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validEvent())).isEmpty());
    CHECK(fieldsOf(RecordValidator::check(validProject())).isEmpty());
}

TEST_CASE("an empty record of every kind names each required field", "[core][validation]")
{
    // The starred columns of interchange.md §1, in the file's column order; the victim code of a
    // case record and the campaign of an activity are names the store resolves, not the record's.
    const auto required = [](const FieldProblems& problems) {
        QStringList out;
        for (const auto& p : problems)
            if (p.message == RecordValidator::requiredMessage() && !out.contains(p.field))
                out << p.field;
        return out;
    };
    CHECK(required(RecordValidator::check(Victim{})) == names({"victim_code", "center", "sex", "citizenship"}));
    CHECK(required(RecordValidator::check(Identification{}))
          == names({"center", "notification_date", "mnir_status", "scope"}));
    CHECK(required(RecordValidator::check(Assistance{})) == names({"center", "service", "provider", "start_date"}));
    CHECK(required(RecordValidator::check(Repatriation{}))
          == names({"center", "from_country", "request_date", "status"}));
    CHECK(required(RecordValidator::check(JudicialParticipation{}))
          == names({"center", "date", "case_ref", "body", "stage", "role", "support"}));
    CHECK(required(RecordValidator::check(Campaign{}))
          == names({"campaign_code", "center", "title", "level", "funding", "start_date"}));
    CHECK(required(RecordValidator::check(PreventionActivity{}))
          == names({"center", "date", "county", "type", "target_group"}));
    CHECK(required(RecordValidator::check(Protocol{})) == names({"center", "signed_date", "partner"}));
    CHECK(required(RecordValidator::check(ActionPlan{})) == names({"center", "date", "partner"}));
    CHECK(required(RecordValidator::check(TeamMeeting{})) == names({"center", "date", "county"}));
    CHECK(required(RecordValidator::check(Training{})) == names({"center", "date", "audience"}));
    CHECK(required(RecordValidator::check(Event{})) == names({"center", "date", "type", "role", "title"}));
    CHECK(required(RecordValidator::check(FundedProject{}))
          == names({"project_code", "center", "title", "funder", "focus", "start_date"}));
    // An identification without any form of exploitation says so in its own words.
    CHECK(hasProblemOn(RecordValidator::check(Identification{}), "exploitation"));
}

TEST_CASE("text of blanks only is as empty as no text", "[core][validation]")
{
    Protocol p = validProtocol();
    p.partner = QStringLiteral("   ");
    CHECK(fieldsOf(RecordValidator::check(p)) == QStringList{QStringLiteral("partner")});
    ActionPlan a = validActionPlan();
    a.partner = QStringLiteral("\t");
    CHECK(fieldsOf(RecordValidator::check(a)) == QStringList{QStringLiteral("partner")});
    FundedProject f = validProject();
    f.funder = QStringLiteral(" ");
    CHECK(fieldsOf(RecordValidator::check(f)) == QStringList{QStringLiteral("funder")});
}

TEST_CASE("a code outside its list is named with the list", "[core][validation]")
{
    Victim v = validVictim();
    v.sex = QStringLiteral("X");
    CHECK(messageOn(RecordValidator::check(v), "sex").contains(QStringLiteral("'X' is not in the sex list")));
    v = validVictim();
    v.citizenship = QStringLiteral("UK");
    CHECK(hasProblemOn(RecordValidator::check(v), "citizenship"));

    Repatriation r = validRepatriation();
    r.status = QStringLiteral("lost");
    CHECK(fieldsOf(RecordValidator::check(r)) == QStringList{QStringLiteral("status")});
    JudicialParticipation j = validJudicial();
    j.body = QStringLiteral("court_of_appeal");
    CHECK(fieldsOf(RecordValidator::check(j)) == QStringList{QStringLiteral("body")});
    Campaign c = validCampaign();
    c.level = QStringLiteral("galactic");
    CHECK(fieldsOf(RecordValidator::check(c)) == QStringList{QStringLiteral("level")});
    PreventionActivity p = validPrevention();
    p.targetGroup = QStringLiteral("everyone");
    CHECK(fieldsOf(RecordValidator::check(p)) == QStringList{QStringLiteral("target_group")});
    Training t = validTraining();
    t.audience = QStringLiteral("aliens");
    CHECK(fieldsOf(RecordValidator::check(t)) == QStringList{QStringLiteral("audience")});
    Event e = validEvent();
    e.role = QStringLiteral("spectator");
    CHECK(fieldsOf(RecordValidator::check(e)) == QStringList{QStringLiteral("role")});
    FundedProject f = validProject();
    f.focus = QStringLiteral("housing");
    CHECK(fieldsOf(RecordValidator::check(f)) == QStringList{QStringLiteral("focus")});
    Assistance a = validAssistance();
    a.provider = QStringLiteral("friend");
    CHECK(fieldsOf(RecordValidator::check(a)) == QStringList{QStringLiteral("provider")});
    Identification i = validIdentification();
    i.exploitation << QStringLiteral("piracy");
    CHECK(fieldsOf(RecordValidator::check(i)) == QStringList{QStringLiteral("exploitation")});
}

TEST_CASE("a period may end on the day it starts but not before", "[core][validation]")
{
    Assistance a = validAssistance();
    a.endDate = QDate(2018, 3, 1);
    CHECK(RecordValidator::check(a).isEmpty());
    a.endDate = QDate(2018, 1, 30);
    const auto problems = RecordValidator::check(a);
    REQUIRE(fieldsOf(problems) == QStringList{QStringLiteral("end_date")});
    CHECK(problems.first().message.contains(QStringLiteral("30 days before")));
    a.endDate = QDate();
    CHECK(RecordValidator::check(a).isEmpty());

    // The same rule for the other kinds with a period.
    Campaign c = validCampaign();
    c.endDate = QDate(2018, 2, 28);
    CHECK(messageOn(RecordValidator::check(c), "end_date") == QStringLiteral("ends one day before it starts"));
    FundedProject f = validProject();
    f.endDate = QDate(2017, 3, 1);
    CHECK(fieldsOf(RecordValidator::check(f)) == QStringList{QStringLiteral("end_date")});
    Repatriation r = validRepatriation();
    r.arrivalDate = QDate(2018, 2, 1);
    CHECK(fieldsOf(RecordValidator::check(r)) == QStringList{QStringLiteral("arrival_date")});
    r.arrivalDate = r.requestDate;
    CHECK(RecordValidator::check(r).isEmpty());
}

TEST_CASE("counts are of zero or more", "[core][validation]")
{
    PreventionActivity p = validPrevention();
    p.participants = 0;
    p.materials = 0;
    p.onlineReach = 0;
    CHECK(RecordValidator::check(p).isEmpty());
    p.participants = -1;
    p.materials = -2;
    p.onlineReach = -3;
    CHECK(fieldsOf(RecordValidator::check(p))
          == QStringList{QStringLiteral("participants"), QStringLiteral("materials"), QStringLiteral("online_reach")});
    CHECK(messageOn(RecordValidator::check(p), "materials").contains(QStringLiteral("-2")));

    TeamMeeting m = validTeamMeeting();
    m.attendees.reset(); // not given: allowed
    CHECK(RecordValidator::check(m).isEmpty());
    m.attendees = -5;
    CHECK(fieldsOf(RecordValidator::check(m)) == QStringList{QStringLiteral("attendees")});

    Training t = validTraining();
    t.participants = -1;
    CHECK(fieldsOf(RecordValidator::check(t)) == QStringList{QStringLiteral("participants")});
}

TEST_CASE("birth date and birth year must agree and the birth date is not in the future", "[core][validation]")
{
    Victim v = validVictim();
    v.birthDate = QDate(1990, 5, 1);
    v.birthYear = 1990;
    CHECK(RecordValidator::check(v).isEmpty());
    v.birthYear = 1991;
    CHECK(fieldsOf(RecordValidator::check(v)) == QStringList{QStringLiteral("birth_year")});
    v.birthYear = 1850;
    CHECK(messageOn(RecordValidator::check(v), "birth_year").contains(QStringLiteral("not a plausible year")));

    v = validVictim();
    v.birthDate = QDate(2026, 1, 16);
    const QDate today(2026, 1, 15);
    CHECK(fieldsOf(RecordValidator::check(v, today)) == QStringList{QStringLiteral("birth_date")});
    CHECK(messageOn(RecordValidator::check(v, today), "birth_date") == QStringLiteral("is in the future"));
    v.birthDate = today;
    CHECK(RecordValidator::check(v, today).isEmpty());
    // Without a today, the birth date is not compared with one.
    v.birthDate = QDate(2099, 1, 1);
    CHECK(RecordValidator::check(v).isEmpty());
}

TEST_CASE("an identification's dates, forms of exploitation and the victim's birth date", "[core][validation]")
{
    const Victim v = validVictim();
    Identification i = validIdentification();
    CHECK(RecordValidator::check(i, v).isEmpty());
    i.primaryExploitation = QStringLiteral("begging");
    CHECK(fieldsOf(RecordValidator::check(i, v)) == QStringList{QStringLiteral("primary_exploitation")});
    i.primaryExploitation = QStringLiteral("labour");
    i.identificationDate = QDate(2017, 12, 31);
    CHECK(fieldsOf(RecordValidator::check(i, v)) == QStringList{QStringLiteral("identification_date")});

    i = validIdentification();
    Victim born = v;
    born.birthDate = QDate(2018, 1, 2); // after the notification
    CHECK(fieldsOf(RecordValidator::check(i, born)) == QStringList{QStringLiteral("birth_date")});
    CHECK(RecordValidator::check(i).isEmpty()); // without the victim, nothing to compare
}

TEST_CASE("a CNP is checked only when given and never repeated in the message", "[core][validation]")
{
    VictimIdentity identity;
    identity.lastName = QStringLiteral("Popescu");
    CHECK(RecordValidator::check(identity).isEmpty());
    identity.cnp = QStringLiteral("1234567890123");
    const auto problems = RecordValidator::check(identity);
    REQUIRE(fieldsOf(problems) == QStringList{QStringLiteral("cnp")});
    CHECK_FALSE(problems.first().message.contains(identity.cnp));
}

TEST_CASE("addNew keeps the first word on a field and every problem of the others", "[core][validation]")
{
    FieldProblems out{{QStringLiteral("county"), QStringLiteral("'Xyz' is not in the list")}};
    RecordValidator::addNew(out,
                            {{QStringLiteral("county"), RecordValidator::requiredMessage()},
                             {QStringLiteral("date"), RecordValidator::requiredMessage()},
                             {QStringLiteral("date"), QStringLiteral("second word on date")}});
    REQUIRE(out.size() == 3);
    CHECK(out.at(0).message == QStringLiteral("'Xyz' is not in the list"));
    CHECK(out.at(1).field == QStringLiteral("date"));
    CHECK(out.at(2).message == QStringLiteral("second word on date"));
}

TEST_CASE("a case's state, closing date and reason agree", "[core][validation][cases]")
{
    VictimCase c;
    c.center = QStringLiteral("CR-BV");
    c.status = QStringLiteral("active");
    c.openedOn = QDate(2026, 1, 5);
    CHECK(fieldsOf(RecordValidator::check(c)).isEmpty());
    // Open: no closing date or reason.
    VictimCase openWithDate = c;
    openWithDate.closedOn = QDate(2026, 1, 6);
    CHECK(hasProblemOn(RecordValidator::check(openWithDate), "closed_on"));
    // Closed: both required, not before the opening.
    VictimCase closed = c;
    closed.status = QStringLiteral("closed");
    CHECK(hasProblemOn(RecordValidator::check(closed), "closed_on"));
    CHECK(hasProblemOn(RecordValidator::check(closed), "closing_reason"));
    closed.closedOn = QDate(2026, 1, 4);
    closed.closingReason = QStringLiteral("reintegrated");
    CHECK(hasProblemOn(RecordValidator::check(closed), "closed_on"));
    closed.closedOn = QDate(2026, 1, 5);
    CHECK(fieldsOf(RecordValidator::check(closed)).isEmpty());
    // Referred: the state is closed_referred and the institution is named.
    closed.closingReason = QStringLiteral("referred");
    CHECK(hasProblemOn(RecordValidator::check(closed), "status"));
    closed.status = QStringLiteral("closed_referred");
    CHECK(hasProblemOn(RecordValidator::check(closed), "referred_to"));
    closed.referredTo = QStringLiteral("DGASPC");
    CHECK(fieldsOf(RecordValidator::check(closed)).isEmpty());
    closed.closingReason = QStringLiteral("deceased");
    CHECK(hasProblemOn(RecordValidator::check(closed), "closing_reason"));
    closed.status = QStringLiteral("archived");
    CHECK(hasProblemOn(RecordValidator::check(closed), "status"));
}

TEST_CASE("a monitoring contact has a date and kind — the next contact is not before it", "[core][validation][cases]")
{
    CHECK(fieldsOf(RecordValidator::check(MonitoringContact{}))
          == QStringList{QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("kind")});
    MonitoringContact m;
    m.center = QStringLiteral("CR-BV");
    m.date = QDate(2026, 1, 10);
    m.kind = QStringLiteral("phone");
    m.nextDate = QDate(2026, 1, 10);
    CHECK(fieldsOf(RecordValidator::check(m)).isEmpty());
    m.nextDate = QDate(2026, 1, 9);
    CHECK(hasProblemOn(RecordValidator::check(m), "next_date"));
    m.nextDate = {};
    m.kind = QStringLiteral("email");
    CHECK(hasProblemOn(RecordValidator::check(m), "kind"));
    m.kind = QStringLiteral("visit");
    m.outcome = QStringLiteral("bine\u202Eascuns");
    CHECK(hasProblemOn(RecordValidator::check(m), "outcome"));
}
