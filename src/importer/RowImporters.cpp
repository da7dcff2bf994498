#include "RowImporters.h"

#include "core/CivilDate.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/RecordValidator.h"
#include "importer/RowKey.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Import").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString d(const QDate& date) { return CivilDate::format(date); }
QString n(const std::optional<qint64>& v) { return v ? QString::number(*v) : QString(); }

// What the user reads when the store failed under a row: the error's own message (a lost
// connection, a full disk, …); the technical detail (the engine's text and the statement, never a
// row's values) goes to the log.
QString failureOf(const Error& error)
{
    if (!error.detail.isEmpty())
        Logging::logger("import")->warn("the import stopped on a store error: {}", error.detail.toStdString());
    return error.message;
}

// Records what an insert did; false (and the failure) when the store failed.
bool tally(const Result<InsertOutcome>& r, ImportContext& ctx, ImportFileCounts& counts)
{
    if (!r) {
        ctx.failure = failureOf(r.error());
        return false;
    }
    (r->added ? counts.added : counts.present) += 1;
    return true;
}

template<typename T>
bool fail(const Result<T>& r, ImportContext& ctx)
{
    if (r)
        return false;
    ctx.failure = failureOf(r.error());
    return true;
}

// A row may only write records of a centre in the user's scope (AccessPolicy): the rest of the
// row is still checked, so every problem is reported at once.
void checkScope(RowReader& row, ImportContext& ctx, const QString& center)
{
    if (center.isEmpty())
        return; // already reported by RowReader
    const AccessPolicy access = ctx.store.access();
    if (!access.canWriteRecords(center))
        row.problem(QStringLiteral("center"),
                    Tr::tr("%1 is outside your scope: you may import records of %2 only")
                        .arg(center, access.isNational() ? Tr::tr("your scope") : access.user().center));
}

// The victim a row refers to, from this import or an earlier one; 0 with a problem if unknown.
RecordId victimOf(RowReader& row, ImportContext& ctx, const QString& code, bool* storeFailed)
{
    *storeFailed = false;
    if (code.isEmpty())
        return 0;
    auto id = ctx.victims.idByCode(code);
    if (fail(id, ctx)) {
        *storeFailed = true;
        return 0;
    }
    if (!id->has_value()) {
        auto taken = ctx.victims.isCodeTaken(code);
        if (fail(taken, ctx)) {
            *storeFailed = true;
            return 0;
        }
        row.problem(QStringLiteral("victim_code"),
                    *taken ? Tr::tr("%1 is a victim outside your scope").arg(code)
                           : Tr::tr("%1 is neither in victims.csv nor already in the store").arg(code));
        return 0;
    }
    return **id;
}

// Names of the person columns on which two descriptions of one victim differ (never the values).
QStringList personDifferences(const Victim& a, const VictimIdentity& ai, const Victim& b, const VictimIdentity& bi)
{
    QStringList out;
    const auto effectiveYear
        = [](const Victim& v) { return v.birthDate.isValid() ? std::optional<int>(v.birthDate.year()) : v.birthYear; };
    if (a.sex != b.sex)
        out << QStringLiteral("sex");
    if (a.birthDate != b.birthDate)
        out << QStringLiteral("birth_date");
    if (effectiveYear(a) != effectiveYear(b))
        out << QStringLiteral("birth_year");
    if (a.citizenship != b.citizenship)
        out << QStringLiteral("citizenship");
    if (a.county != b.county)
        out << QStringLiteral("county");
    if (a.residenceEnv != b.residenceEnv)
        out << QStringLiteral("residence_env");
    if (a.education != b.education)
        out << QStringLiteral("education");
    // Identity is compared only where the row gives it: a centre may send a later file without
    // names, and that must not read as a different person.
    const auto identityDiffers
        = [](const QString& row, const QString& known) { return !row.isEmpty() && row != known; };
    if (identityDiffers(ai.lastName, bi.lastName))
        out << QStringLiteral("last_name");
    if (identityDiffers(ai.firstName, bi.firstName))
        out << QStringLiteral("first_name");
    if (identityDiffers(ai.cnp, bi.cnp))
        out << QStringLiteral("cnp");
    if (identityDiffers(ai.address, bi.address))
        out << QStringLiteral("address");
    if (identityDiffers(ai.phone, bi.phone))
        out << QStringLiteral("phone");
    if (identityDiffers(ai.notes, bi.notes))
        out << QStringLiteral("notes");
    return out;
}

QStringList identityValues(const VictimIdentity& i)
{
    return {i.lastName, i.firstName, i.cnp, i.address, i.phone, i.notes};
}

const std::array<const char*, GivenIdentity::kColumns> kIdentityColumns
    = {"last_name", "first_name", "cnp", "address", "phone", "notes"};

quint64 valueHash(const QString& value)
{
    if (value.isEmpty())
        return 0;
    const quint64 h = qHash(value, size_t(0x5EED5EEDu));
    return h == 0 ? 1 : h;
}

// Whether this row's identity agrees with what earlier rows of this import gave the same code:
// for a victim this import created, every value given must be the one written by its first row;
// otherwise values given by two rows must be the same. A disagreement is a problem on this row.
// `createdHere`: whether this import created the victim (only known when the row gives identity).
Result<bool> checkGivenIdentity(RowReader& row, ImportContext& ctx, const QString& code, const VictimIdentity& identity,
                                bool* createdHere)
{
    *createdHere = false;
    if (identity.isEmpty())
        return true;
    auto found = ctx.given.find(code);
    if (!found)
        return found.error();
    GivenIdentity given = found->value_or(GivenIdentity{});
    *createdHere = given.created;
    const QStringList values = identityValues(identity);
    QStringList differ;
    int firstLine = 0;
    bool learned = false;
    for (size_t k = 0; k < GivenIdentity::kColumns; ++k) {
        const quint64 h = valueHash(values[qsizetype(k)]);
        if (h == 0)
            continue;
        if (given.hash[k] == 0 && !given.created) {
            given.hash[k] = h;
            given.line[k] = row.line();
            learned = true;
        } else if (given.hash[k] != h) {
            differ << QLatin1String(kIdentityColumns[k]);
            if (firstLine == 0)
                firstLine = given.line[k];
        }
    }
    if (differ.isEmpty()) {
        if (learned)
            if (auto s = ctx.given.put(code, given); !s)
                return s.error();
        return true;
    }
    row.problem(differ.first(),
                Tr::tr("line %1 of this file gives %2 other identity values (%3 differ); one person "
                       "has one identity")
                    .arg(firstLine)
                    .arg(code, differ.join(QStringLiteral(", "))));
    return false;
}

Status rememberCreated(ImportContext& ctx, const QString& code, const VictimIdentity& identity, int line)
{
    GivenIdentity given;
    given.created = true;
    const QStringList values = identityValues(identity);
    for (size_t k = 0; k < GivenIdentity::kColumns; ++k) {
        given.hash[k] = valueHash(values[qsizetype(k)]);
        given.line[k] = line;
    }
    return ctx.given.put(code, given);
}

bool importVictim(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Victim v;
    v.code = row.codeText(QStringLiteral("victim_code"), true);
    v.center = row.center();
    checkScope(row, ctx, v.center);
    v.sex = row.code(QStringLiteral("sex"), QStringLiteral("sex"), true);
    v.birthDate = row.date(QStringLiteral("birth_date"), false);
    v.birthYear = row.year(QStringLiteral("birth_year"));
    v.citizenship = row.country(QStringLiteral("citizenship"), true);
    v.county = row.county(QStringLiteral("county"), false);
    v.residenceEnv = row.code(QStringLiteral("residence_env"), QStringLiteral("residence_env"), false);
    v.education = row.code(QStringLiteral("education"), QStringLiteral("education"), false);

    VictimIdentity identity;
    identity.lastName = row.text(QStringLiteral("last_name"));
    identity.firstName = row.text(QStringLiteral("first_name"));
    identity.cnp = row.text(QStringLiteral("cnp"));
    identity.address = row.text(QStringLiteral("address"));
    identity.phone = row.text(QStringLiteral("phone"));
    identity.notes = row.text(QStringLiteral("notes"));

    Identification i;
    i.center = v.center;
    i.notificationDate = row.date(QStringLiteral("notification_date"), true);
    i.identificationDate = row.date(QStringLiteral("identification_date"), false);
    i.mnirStatus = row.code(QStringLiteral("mnir_status"), QStringLiteral("mnir_status"), true);
    i.institution = row.code(QStringLiteral("institution"), QStringLiteral("institution"), false);
    i.scope = row.code(QStringLiteral("scope"), QStringLiteral("scope"), true);
    i.exploitation = row.codes(QStringLiteral("exploitation"), QStringLiteral("exploitation"), true);
    i.primaryExploitation = row.code(QStringLiteral("primary_exploitation"), QStringLiteral("exploitation"), false);
    if (i.primaryExploitation.isEmpty() && !i.exploitation.isEmpty()
        && !row.columnFailed(QStringLiteral("primary_exploitation")))
        i.primaryExploitation = i.exploitation.first();
    i.attempt = row.yesNo(QStringLiteral("attempt"));
    i.exploitationCountry = row.country(QStringLiteral("exploitation_country"), false);
    i.recruitment = row.code(QStringLiteral("recruitment"), QStringLiteral("recruitment"), false);
    i.recruiterRelation = row.code(QStringLiteral("recruiter_relation"), QStringLiteral("recruiter_relation"), false);

    row.addProblems(RecordValidator::check(v, ctx.store.clock().today()));
    row.addProblems(RecordValidator::check(identity));
    row.addProblems(RecordValidator::check(i, v));
    if (row.rowHasProblems())
        return true;
    if (v.birthDate.isValid())
        v.birthYear = v.birthDate.year();

    // One file gives one person one identity: whoever imports, and whatever the store holds.
    bool createdHere = false;
    const auto agreed = checkGivenIdentity(row, ctx, v.code, identity, &createdHere);
    if (fail(agreed, ctx))
        return false;
    if (!*agreed)
        return true;

    bool outsideScope = false;
    auto existing = ctx.victims.findByCode(v.code, &outsideScope);
    if (fail(existing, ctx))
        return false;
    if (!existing->has_value()) {
        if (outsideScope) {
            row.problem(QStringLiteral("victim_code"),
                        Tr::tr("%1 is already the code of a victim outside your scope (victim codes are unique in the "
                               "store)")
                            .arg(v.code));
            return true;
        }
    }
    if (existing->has_value()) {
        const VictimWithIdentity& known = **existing;
        // Person columns here; identity only where the user may see it (otherwise comparing would
        // tell them the stored values one guess at a time).
        QStringList differ = personDifferences(v, VictimIdentity{}, known.victim, VictimIdentity{});
        auto identityCheck = ctx.victims.compareIdentity(known.victim.id, known.victim.center, identity);
        if (fail(identityCheck, ctx))
            return false;
        if (identityCheck->erased) {
            row.problem(QStringLiteral("last_name"),
                        Tr::tr("the identity of %1 was erased under the retention rule; leave "
                               "its identity columns empty")
                            .arg(v.code));
            return true;
        }
        differ += identityCheck->differ;
        // A victim this import created was compared with its first row (checkGivenIdentity).
        if (!identityCheck->compared && !identity.isEmpty() && !createdHere) {
            ++ctx.identityNotCompared;
            if (ctx.identityNotComparedCodes.size() < 5 && !ctx.identityNotComparedCodes.contains(v.code))
                ctx.identityNotComparedCodes << v.code;
        }
        if (!differ.isEmpty()) {
            row.problem(differ.first(),
                        Tr::tr("%1 is already recorded (on an earlier row or import) with other person "
                               "details: %2 differ")
                            .arg(v.code, differ.join(QStringLiteral(", "))));
            return true;
        }
        i.victimId = known.victim.id;
    } else {
        auto id = ctx.victims.add(v, identity);
        if (fail(id, ctx))
            return false;
        i.victimId = *id;
        if (auto s = rememberCreated(ctx, v.code, identity, row.line()); !s) {
            ctx.failure = failureOf(s.error());
            return false;
        }
    }
    const QByteArray key
        = RowKey::of(QStringLiteral("identification"), i.notificationDate,
                     {v.code, i.center, d(i.notificationDate), d(i.identificationDate), i.mnirStatus, i.institution,
                      i.scope, i.exploitation.join(QLatin1Char(';')), i.primaryExploitation,
                      i.attempt ? (*i.attempt ? QStringLiteral("1") : QStringLiteral("0")) : QString(),
                      i.exploitationCountry, i.recruitment, i.recruiterRelation});
    return tally(ctx.victims.addIdentification(i, key), ctx, counts);
}

bool importAssistance(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Assistance a;
    const QString code = row.codeText(QStringLiteral("victim_code"), true);
    a.center = row.center();
    checkScope(row, ctx, a.center);
    a.service = row.code(QStringLiteral("service"), QStringLiteral("service"), true);
    a.provider = row.code(QStringLiteral("provider"), QStringLiteral("provider"), true);
    a.startDate = row.date(QStringLiteral("start_date"), true);
    a.endDate = row.date(QStringLiteral("end_date"), false);
    row.addProblems(RecordValidator::check(a));
    bool storeFailed = false;
    a.victimId = victimOf(row, ctx, code, &storeFailed);
    if (storeFailed)
        return false;
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("assistance"), a.startDate,
                                      {code, a.center, a.service, a.provider, d(a.startDate), d(a.endDate)});
    return tally(ctx.assistance.add(a, key), ctx, counts);
}

bool importRepatriation(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Repatriation r;
    const QString code = row.codeText(QStringLiteral("victim_code"), true);
    r.center = row.center();
    checkScope(row, ctx, r.center);
    r.fromCountry = row.country(QStringLiteral("from_country"), true);
    r.requestDate = row.date(QStringLiteral("request_date"), true);
    r.arrivalDate = row.date(QStringLiteral("arrival_date"), false);
    r.entryPoint = row.text(QStringLiteral("entry_point"));
    r.status = row.code(QStringLiteral("status"), QStringLiteral("repatriation_status"), true);
    row.addProblems(RecordValidator::check(r));
    bool storeFailed = false;
    r.victimId = victimOf(row, ctx, code, &storeFailed);
    if (storeFailed)
        return false;
    if (row.rowHasProblems())
        return true;
    const QByteArray key
        = RowKey::of(QStringLiteral("repatriation"), r.requestDate,
                     {code, r.center, r.fromCountry, d(r.requestDate), d(r.arrivalDate), r.entryPoint, r.status});
    return tally(ctx.repatriations.add(r, key), ctx, counts);
}

bool importMonitoringContact(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    MonitoringContact m;
    const QString code = row.codeText(QStringLiteral("victim_code"), true);
    m.center = row.center();
    checkScope(row, ctx, m.center);
    m.date = row.date(QStringLiteral("date"), true);
    m.kind = row.code(QStringLiteral("kind"), QStringLiteral("contact_kind"), true);
    m.withWhom = row.text(QStringLiteral("with_whom"));
    m.outcome = row.text(QStringLiteral("outcome"));
    m.nextDate = row.date(QStringLiteral("next_date"), false);
    row.addProblems(RecordValidator::check(m));
    bool storeFailed = false;
    m.victimId = victimOf(row, ctx, code, &storeFailed);
    if (storeFailed)
        return false;
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("monitoring_contact"), m.date,
                                      {code, m.center, d(m.date), m.kind, m.withWhom, m.outcome, d(m.nextDate)});
    return tally(ctx.contacts.add(m, key), ctx, counts);
}

bool importJudicial(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    JudicialParticipation j;
    const QString code = row.codeText(QStringLiteral("victim_code"), true);
    j.center = row.center();
    checkScope(row, ctx, j.center);
    j.date = row.date(QStringLiteral("date"), true);
    j.caseRef = row.required(QStringLiteral("case_ref"));
    j.body = row.code(QStringLiteral("body"), QStringLiteral("judicial_body"), true);
    j.stage = row.code(QStringLiteral("stage"), QStringLiteral("judicial_stage"), true);
    j.role = row.code(QStringLiteral("role"), QStringLiteral("procedural_role"), true);
    j.support = row.code(QStringLiteral("support"), QStringLiteral("judicial_support"), true);
    row.addProblems(RecordValidator::check(j));
    bool storeFailed = false;
    j.victimId = victimOf(row, ctx, code, &storeFailed);
    if (storeFailed)
        return false;
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("judicial"), j.date,
                                      {code, j.center, d(j.date), j.caseRef, j.body, j.stage, j.role, j.support});
    return tally(ctx.judicial.add(j, key), ctx, counts);
}

bool importCampaign(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Campaign c;
    c.code = row.codeText(QStringLiteral("campaign_code"), true);
    c.center = row.center();
    checkScope(row, ctx, c.center);
    c.title = row.required(QStringLiteral("title"));
    c.level = row.code(QStringLiteral("level"), QStringLiteral("campaign_level"), true);
    c.funding = row.code(QStringLiteral("funding"), QStringLiteral("funding"), true);
    c.funder = row.text(QStringLiteral("funder"));
    c.startDate = row.date(QStringLiteral("start_date"), true);
    c.endDate = row.date(QStringLiteral("end_date"), false);
    row.addProblems(RecordValidator::check(c));
    if (row.rowHasProblems())
        return true;
    auto existing = ctx.campaigns.findByCode(c.code);
    if (fail(existing, ctx))
        return false;
    if (!existing->has_value()) {
        auto other = ctx.campaigns.idByCode(c.code);
        if (fail(other, ctx))
            return false;
        if (other->has_value()) {
            row.problem(QStringLiteral("campaign_code"),
                        Tr::tr("%1 is already the code of a campaign outside your scope").arg(c.code));
            return true;
        }
    }
    if (existing->has_value()) {
        const Campaign& k = **existing;
        if (k.center != c.center || k.title != c.title || k.level != c.level || k.funding != c.funding
            || k.funder != c.funder || k.startDate != c.startDate || k.endDate != c.endDate) {
            row.problem(QStringLiteral("campaign_code"),
                        Tr::tr("%1 is already recorded (on an earlier row or import) with other details").arg(c.code));
            return true;
        }
        counts.present += 1;
        return true;
    }
    auto id = ctx.campaigns.add(c);
    if (fail(id, ctx))
        return false;
    counts.added += 1;
    return true;
}

bool importFundedProject(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    FundedProject f;
    f.code = row.codeText(QStringLiteral("project_code"), true);
    f.center = row.center();
    checkScope(row, ctx, f.center);
    f.title = row.required(QStringLiteral("title"));
    f.funder = row.required(QStringLiteral("funder"));
    f.focus = row.code(QStringLiteral("focus"), QStringLiteral("project_focus"), true);
    f.startDate = row.date(QStringLiteral("start_date"), true);
    f.endDate = row.date(QStringLiteral("end_date"), false);
    row.addProblems(RecordValidator::check(f));
    if (row.rowHasProblems())
        return true;
    auto existing = ctx.cooperation.findProjectByCode(f.code);
    if (fail(existing, ctx))
        return false;
    if (!existing->has_value()) {
        auto taken = ctx.cooperation.isProjectCodeTaken(f.code);
        if (fail(taken, ctx))
            return false;
        if (*taken) {
            row.problem(QStringLiteral("project_code"),
                        Tr::tr("%1 is already the code of a project outside your scope").arg(f.code));
            return true;
        }
    }
    if (existing->has_value()) {
        const FundedProject& k = **existing;
        if (k.center != f.center || k.title != f.title || k.funder != f.funder || k.focus != f.focus
            || k.startDate != f.startDate || k.endDate != f.endDate) {
            row.problem(QStringLiteral("project_code"),
                        Tr::tr("%1 is already recorded (on an earlier row or import) with other details").arg(f.code));
            return true;
        }
        counts.present += 1;
        return true;
    }
    auto id = ctx.cooperation.add(f);
    if (fail(id, ctx))
        return false;
    counts.added += 1;
    return true;
}

bool importPrevention(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    PreventionActivity p;
    p.center = row.center();
    checkScope(row, ctx, p.center);
    p.date = row.date(QStringLiteral("date"), true);
    p.county = row.county(QStringLiteral("county"), true);
    const QString campaign = row.codeText(QStringLiteral("campaign_code"), false);
    p.type = row.code(QStringLiteral("type"), QStringLiteral("activity_type"), true);
    p.targetGroup = row.code(QStringLiteral("target_group"), QStringLiteral("target_group"), true);
    p.participants = row.count(QStringLiteral("participants"), true).value_or(0);
    p.materials = row.count(QStringLiteral("materials"), false);
    p.onlineReach = row.count(QStringLiteral("online_reach"), false);
    row.addProblems(RecordValidator::check(p));
    if (!campaign.isEmpty()) {
        auto found = ctx.campaigns.idByCode(campaign);
        if (fail(found, ctx))
            return false;
        if (found->has_value())
            p.campaignId = **found;
        else
            row.problem(QStringLiteral("campaign_code"),
                        Tr::tr("%1 is neither in campaigns.csv nor already in the store").arg(campaign));
    }
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("prevention_activity"), p.date,
                                      {p.center, d(p.date), p.county, campaign, p.type, p.targetGroup,
                                       QString::number(p.participants), n(p.materials), n(p.onlineReach)});
    return tally(ctx.prevention.add(p, key), ctx, counts);
}

bool importProtocol(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Protocol p;
    p.center = row.center();
    checkScope(row, ctx, p.center);
    p.signedDate = row.date(QStringLiteral("signed_date"), true);
    p.partner = row.required(QStringLiteral("partner"));
    row.addProblems(RecordValidator::check(p));
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("protocol"), p.signedDate, {p.center, d(p.signedDate), p.partner});
    return tally(ctx.cooperation.add(p, key), ctx, counts);
}

bool importActionPlan(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    ActionPlan p;
    p.center = row.center();
    checkScope(row, ctx, p.center);
    p.date = row.date(QStringLiteral("date"), true);
    p.partner = row.required(QStringLiteral("partner"));
    row.addProblems(RecordValidator::check(p));
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("action_plan"), p.date, {p.center, d(p.date), p.partner});
    return tally(ctx.cooperation.add(p, key), ctx, counts);
}

bool importTeamMeeting(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    TeamMeeting m;
    m.center = row.center();
    checkScope(row, ctx, m.center);
    m.date = row.date(QStringLiteral("date"), true);
    m.county = row.county(QStringLiteral("county"), true);
    m.attendees = row.count(QStringLiteral("attendees"), false);
    row.addProblems(RecordValidator::check(m));
    if (row.rowHasProblems())
        return true;
    const QByteArray key
        = RowKey::of(QStringLiteral("team_meeting"), m.date, {m.center, d(m.date), m.county, n(m.attendees)});
    return tally(ctx.cooperation.add(m, key), ctx, counts);
}

bool importTraining(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Training t;
    t.center = row.center();
    checkScope(row, ctx, t.center);
    t.date = row.date(QStringLiteral("date"), true);
    t.county = row.county(QStringLiteral("county"), false);
    t.audience = row.code(QStringLiteral("audience"), QStringLiteral("audience"), true);
    t.participants = row.count(QStringLiteral("participants"), true).value_or(0);
    t.topic = row.text(QStringLiteral("topic"));
    row.addProblems(RecordValidator::check(t));
    if (row.rowHasProblems())
        return true;
    const QByteArray key
        = RowKey::of(QStringLiteral("training"), t.date,
                     {t.center, d(t.date), t.county, t.audience, QString::number(t.participants), t.topic});
    return tally(ctx.cooperation.add(t, key), ctx, counts);
}

bool importEvent(RowReader& row, ImportContext& ctx, ImportFileCounts& counts)
{
    Event e;
    e.center = row.center();
    checkScope(row, ctx, e.center);
    e.date = row.date(QStringLiteral("date"), true);
    e.type = row.code(QStringLiteral("type"), QStringLiteral("event_type"), true);
    e.role = row.code(QStringLiteral("role"), QStringLiteral("event_role"), true);
    e.title = row.required(QStringLiteral("title"));
    row.addProblems(RecordValidator::check(e));
    if (row.rowHasProblems())
        return true;
    const QByteArray key = RowKey::of(QStringLiteral("event"), e.date, {e.center, d(e.date), e.type, e.role, e.title});
    return tally(ctx.cooperation.add(e, key), ctx, counts);
}

} // namespace

RowImporter RowImporters::forFile(const QString& fileName)
{
    static const QHash<QString, RowImporter> table = {
        {QStringLiteral("victims.csv"), importVictim},
        {QStringLiteral("campaigns.csv"), importCampaign},
        {QStringLiteral("funded_projects.csv"), importFundedProject},
        {QStringLiteral("assistance.csv"), importAssistance},
        {QStringLiteral("repatriations.csv"), importRepatriation},
        {QStringLiteral("judicial.csv"), importJudicial},
        {QStringLiteral("monitoring_contacts.csv"), importMonitoringContact},
        {QStringLiteral("prevention_activities.csv"), importPrevention},
        {QStringLiteral("protocols.csv"), importProtocol},
        {QStringLiteral("action_plans.csv"), importActionPlan},
        {QStringLiteral("team_meetings.csv"), importTeamMeeting},
        {QStringLiteral("trainings.csv"), importTraining},
        {QStringLiteral("events.csv"), importEvent},
    };
    return table.value(fileName, nullptr);
}

} // namespace reper
