// Each record kind, the victim's own included, is declared once (RecordTables): a record written with
// every field set reads back field for field, an edit of every field too, whether it was added by
// the window's editor or by the import's repository, and the declaration names only the table's
// own columns — none missing, none twice.
#include "storage/repositories/RecordTables.h"

#include "importer/Importer.h"
#include "storage/engine/Database.h"
#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/TestSupport.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QDate kDay(2020, 3, 10);

// Two versions of each kind, differing in every field: `v` 0 is the first save, 1 the edit.
void fill(Victim& x, int v)
{
    x.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    x.code = v ? QStringLiteral("V-DECL-2") : QStringLiteral("V-DECL-1");
    x.sex = v ? QStringLiteral("M") : QStringLiteral("F");
    x.birthDate = v ? QDate() : QDate(1990, 5, 17);
    x.birthYear = v ? std::optional<int>(1984) : std::optional<int>(1990);
    x.citizenship = v ? QStringLiteral("MD") : QStringLiteral("RO");
    x.county = v ? QString() : QStringLiteral("B");
    x.residenceEnv = v ? QStringLiteral("rural") : QStringLiteral("urban");
    x.education = v ? QStringLiteral("tertiary") : QString();
}
void same(const Victim& a, const Victim& b)
{
    CHECK(a.center == b.center);
    CHECK(a.code == b.code);
    CHECK(a.sex == b.sex);
    CHECK(a.birthDate == b.birthDate);
    CHECK(a.birthYear == b.birthYear);
    CHECK(a.citizenship == b.citizenship);
    CHECK(a.county == b.county);
    CHECK(a.residenceEnv == b.residenceEnv);
    CHECK(a.education == b.education);
}

void fill(Campaign& c, int v)
{
    c.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    c.code = v ? QStringLiteral("CMP-D-2") : QStringLiteral("CMP-D-1");
    c.title = v ? QStringLiteral("Campanie corectată") : QStringLiteral("Campanie de încercare");
    c.level = v ? QStringLiteral("local") : QStringLiteral("national");
    c.funding = v ? QStringLiteral("external") : QStringLiteral("own");
    c.funder = v ? QStringLiteral("Fundația Test") : QString();
    c.startDate = kDay.addDays(v);
    c.endDate = kDay.addDays(100 + v);
}
void same(const Campaign& a, const Campaign& b)
{
    CHECK(a.center == b.center);
    CHECK(a.code == b.code);
    CHECK(a.title == b.title);
    CHECK(a.level == b.level);
    CHECK(a.funding == b.funding);
    CHECK(a.funder == b.funder);
    CHECK(a.startDate == b.startDate);
    CHECK(a.endDate == b.endDate);
}

void fill(PreventionActivity& p, int v, RecordId campaign)
{
    p.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    p.date = kDay.addDays(v);
    p.county = v ? QStringLiteral("BV") : QStringLiteral("B");
    p.campaignId = v ? 0 : campaign;
    p.type = v ? QStringLiteral("debate") : QStringLiteral("information_session");
    p.targetGroup = v ? QStringLiteral("students") : QStringLiteral("pupils");
    p.participants = 120 + v;
    p.materials = v ? std::optional<qint64>() : std::optional<qint64>(50);
    p.onlineReach = v ? std::optional<qint64>(900) : std::optional<qint64>();
}
void same(const PreventionActivity& a, const PreventionActivity& b)
{
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.county == b.county);
    CHECK(a.campaignId == b.campaignId);
    CHECK(a.type == b.type);
    CHECK(a.targetGroup == b.targetGroup);
    CHECK(a.participants == b.participants);
    CHECK(a.materials == b.materials);
    CHECK(a.onlineReach == b.onlineReach);
}

void fill(Protocol& p, int v)
{
    p.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    p.signedDate = kDay.addDays(v);
    p.partner = v ? QStringLiteral("Primăria Brașov") : QStringLiteral("Inspectoratul Școlar");
}
void same(const Protocol& a, const Protocol& b)
{
    CHECK(a.center == b.center);
    CHECK(a.signedDate == b.signedDate);
    CHECK(a.partner == b.partner);
}

void fill(ActionPlan& p, int v)
{
    p.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    p.date = kDay.addDays(v);
    p.partner = v ? QStringLiteral("DGASPC Brașov") : QStringLiteral("DGASPC Sector 1");
}
void same(const ActionPlan& a, const ActionPlan& b)
{
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.partner == b.partner);
}

void fill(TeamMeeting& m, int v)
{
    m.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    m.date = kDay.addDays(v);
    m.county = v ? QStringLiteral("CV") : QStringLiteral("B");
    m.attendees = v ? std::optional<qint64>() : std::optional<qint64>(12);
}
void same(const TeamMeeting& a, const TeamMeeting& b)
{
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.county == b.county);
    CHECK(a.attendees == b.attendees);
}

void fill(Training& t, int v)
{
    t.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    t.date = kDay.addDays(v);
    t.county = v ? QStringLiteral("BV") : QStringLiteral("B");
    t.audience = v ? QStringLiteral("teachers") : QStringLiteral("police");
    t.participants = 25 + v;
    t.topic = v ? QStringLiteral("Alt subiect") : QStringLiteral("Identificarea victimelor");
}
void same(const Training& a, const Training& b)
{
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.county == b.county);
    CHECK(a.audience == b.audience);
    CHECK(a.participants == b.participants);
    CHECK(a.topic == b.topic);
}

void fill(Event& e, int v)
{
    e.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    e.date = kDay.addDays(v);
    e.type = v ? QStringLiteral("round_table") : QStringLiteral("seminar");
    e.role = v ? QStringLiteral("participant") : QStringLiteral("organiser");
    e.title = v ? QStringLiteral("Masă rotundă") : QStringLiteral("Seminar \"Împreună\"");
}
void same(const Event& a, const Event& b)
{
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.type == b.type);
    CHECK(a.role == b.role);
    CHECK(a.title == b.title);
}

void fill(FundedProject& f, int v)
{
    f.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    f.code = v ? QStringLiteral("PRJ-D-2") : QStringLiteral("PRJ-D-1");
    f.title = v ? QStringLiteral("Proiect corectat") : QStringLiteral("Proiect de încercare");
    f.funder = v ? QStringLiteral("Alt fond") : QStringLiteral("Fondul Test");
    f.focus = v ? QStringLiteral("assistance") : QStringLiteral("prevention");
    f.startDate = kDay.addDays(v);
    f.endDate = v ? QDate() : kDay.addDays(365);
}
void same(const FundedProject& a, const FundedProject& b)
{
    CHECK(a.center == b.center);
    CHECK(a.code == b.code);
    CHECK(a.title == b.title);
    CHECK(a.funder == b.funder);
    CHECK(a.focus == b.focus);
    CHECK(a.startDate == b.startDate);
    CHECK(a.endDate == b.endDate);
}

// A victim's records: `victims` are two victims of the store, one per version.
void fill(Identification& i, int v, const RecordId* victims)
{
    i.victimId = victims[v];
    i.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    i.notificationDate = kDay.addDays(v);
    i.identificationDate = v ? QDate() : kDay.addDays(5);
    i.mnirStatus = v ? QStringLiteral("presumed") : QStringLiteral("identified");
    i.institution = v ? QStringLiteral("dgaspc") : QStringLiteral("police");
    i.scope = v ? QStringLiteral("internal") : QStringLiteral("international");
    i.exploitation
        = v ? QStringList{QStringLiteral("begging")} : QStringList{QStringLiteral("sexual"), QStringLiteral("labour")};
    i.primaryExploitation = v ? QStringLiteral("begging") : QStringLiteral("labour");
    i.attempt = v ? std::optional<bool>() : std::optional<bool>(true);
    i.exploitationCountry = v ? QStringLiteral("RO") : QStringLiteral("IT");
    i.recruitment = v ? QStringLiteral("job_offer") : QStringLiteral("loverboy");
    i.recruiterRelation = v ? QStringLiteral("acquaintance") : QStringLiteral("partner");
}
void same(const Identification& a, const Identification& b)
{
    CHECK(a.victimId == b.victimId);
    CHECK(a.center == b.center);
    CHECK(a.notificationDate == b.notificationDate);
    CHECK(a.identificationDate == b.identificationDate);
    CHECK(a.mnirStatus == b.mnirStatus);
    CHECK(a.institution == b.institution);
    CHECK(a.scope == b.scope);
    CHECK(a.exploitation == b.exploitation);
    CHECK(a.primaryExploitation == b.primaryExploitation);
    CHECK(a.attempt == b.attempt);
    CHECK(a.exploitationCountry == b.exploitationCountry);
    CHECK(a.recruitment == b.recruitment);
    CHECK(a.recruiterRelation == b.recruiterRelation);
}

void fill(Assistance& a, int v, const RecordId* victims)
{
    a.victimId = victims[v];
    a.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    a.service = v ? QStringLiteral("psychological") : QStringLiteral("shelter");
    a.provider = v ? QStringLiteral("ngo") : QStringLiteral("anitp");
    a.startDate = kDay.addDays(v);
    a.endDate = v ? QDate() : kDay.addDays(40);
}
void same(const Assistance& a, const Assistance& b)
{
    CHECK(a.victimId == b.victimId);
    CHECK(a.center == b.center);
    CHECK(a.service == b.service);
    CHECK(a.provider == b.provider);
    CHECK(a.startDate == b.startDate);
    CHECK(a.endDate == b.endDate);
}

void fill(Repatriation& r, int v, const RecordId* victims)
{
    r.victimId = victims[v];
    r.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    r.fromCountry = v ? QStringLiteral("DE") : QStringLiteral("IT");
    r.requestDate = kDay.addDays(v);
    r.arrivalDate = kDay.addDays(10 + v);
    r.entryPoint = v ? QStringLiteral("PTF Giurgiu") : QStringLiteral("Aeroportul Otopeni");
    r.status = v ? QStringLiteral("completed") : QStringLiteral("requested");
}
void same(const Repatriation& a, const Repatriation& b)
{
    CHECK(a.victimId == b.victimId);
    CHECK(a.center == b.center);
    CHECK(a.fromCountry == b.fromCountry);
    CHECK(a.requestDate == b.requestDate);
    CHECK(a.arrivalDate == b.arrivalDate);
    CHECK(a.entryPoint == b.entryPoint);
    CHECK(a.status == b.status);
}

void fill(JudicialParticipation& j, int v, const RecordId* victims)
{
    j.victimId = victims[v];
    j.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    j.date = kDay.addDays(v);
    j.caseRef = v ? QStringLiteral("11D/P/2020") : QStringLiteral("10D/P/2020");
    j.body = v ? QStringLiteral("court") : QStringLiteral("diicot");
    j.stage = v ? QStringLiteral("trial") : QStringLiteral("investigation");
    j.role = v ? QStringLiteral("witness") : QStringLiteral("injured_party");
    j.support = v ? QStringLiteral("hearing_accompaniment") : QStringLiteral("information");
    j.hearingDate = v ? QDate() : kDay.addDays(30);
}
void same(const JudicialParticipation& a, const JudicialParticipation& b)
{
    CHECK(a.victimId == b.victimId);
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.caseRef == b.caseRef);
    CHECK(a.body == b.body);
    CHECK(a.stage == b.stage);
    CHECK(a.role == b.role);
    CHECK(a.support == b.support);
    CHECK(a.hearingDate == b.hearingDate);
}

void fill(MonitoringContact& m, int v, const RecordId* victims)
{
    m.victimId = victims[v];
    m.center = v ? QStringLiteral("CR-BV") : QStringLiteral("CR-B");
    m.date = kDay.addDays(v);
    m.kind = v ? QStringLiteral("phone") : QStringLiteral("visit");
    m.withWhom = v ? QStringLiteral("mama") : QStringLiteral("victima");
    m.outcome = v ? QStringLiteral("Nu a răspuns") : QStringLiteral("Stare bună");
    m.nextDate = v ? QDate() : kDay.addDays(14);
}
void same(const MonitoringContact& a, const MonitoringContact& b)
{
    CHECK(a.victimId == b.victimId);
    CHECK(a.center == b.center);
    CHECK(a.date == b.date);
    CHECK(a.kind == b.kind);
    CHECK(a.withWhom == b.withWhom);
    CHECK(a.outcome == b.outcome);
    CHECK(a.nextDate == b.nextDate);
}

// Saved new, read back, every field edited, read back, removed: through the window's editor.
template<typename R, typename Fill>
void roundTrip(Store& store, Fill fillIn)
{
    RecordEditor editor(store);
    R first;
    fillIn(first, 0);
    const auto id = editor.save(first);
    REQUIRE(id);
    auto loaded = editor.load<R>(*id);
    REQUIRE(loaded);
    same(*loaded, first);
    CHECK(loaded->stamp.createdBy == QStringLiteral("admin"));

    R edited = *loaded;
    fillIn(edited, 1);
    REQUIRE(editor.save(edited));
    auto again = editor.load<R>(*id);
    REQUIRE(again);
    same(*again, edited);

    REQUIRE(editor.remove<R>(*id));
    CHECK(!editor.load<R>(*id));
}

// The table's columns as the store has them, less the ones every record table has.
QSet<QString> ownColumnsOf(Database& db, const char* table)
{
    static const QSet<QString> common{
        QStringLiteral("id"),         QStringLiteral("center_id"),  QStringLiteral("row_key"),
        QStringLiteral("created_by"), QStringLiteral("created_at"), QStringLiteral("updated_by"),
        QStringLiteral("updated_at"), QStringLiteral("uuid"),       QStringLiteral("version")};
    auto st = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)));
    REQUIRE(st);
    QSet<QString> out;
    while (st->next())
        if (!common.contains(st->text(1)))
            out.insert(st->text(1));
    CHECK(!out.isEmpty());
    return out;
}

// The columns a declaration writes, read from its INSERT.
template<typename R>
QSet<QString> declaredColumns()
{
    const QString sql = QString::fromUtf8(detail::recordTable<R>().insertSql(SqlDialect::localFile()));
    const int from = sql.indexOf(QLatin1Char('(')) + 1;
    QSet<QString> out;
    int count = 0;
    for (const QString& name : sql.mid(from, sql.indexOf(QLatin1Char(')')) - from).split(QStringLiteral(", "))) {
        out.insert(name);
        ++count;
    }
    CHECK(count == out.size()); // none twice
    return out;
}

template<typename R>
void declaresEveryColumn(Database& db)
{
    const char* table = detail::recordTable<R>().table();
    INFO(table);
    QSet<QString> declared = declaredColumns<R>();
    for (const char* stamp : {"center_id", "row_key", "created_by", "created_at", "updated_by", "updated_at"})
        declared.remove(QLatin1String(stamp));
    CHECK(declared == ownColumnsOf(db, table));
}

} // namespace

TEST_CASE("Every activity kind declared once reads back each field after a save and after an edit",
          "[storage][declarations]")
{
    TempStore t;
    Store& store = t.store();
    SECTION("campaign")
    {
        roundTrip<Campaign>(store, [](Campaign& c, int v) { fill(c, v); });
    }
    SECTION("prevention activity, with and without its campaign")
    {
        Campaign c;
        fill(c, 0);
        const auto campaign = CampaignRepository(store).add(c);
        REQUIRE(campaign);
        roundTrip<PreventionActivity>(store, [&](PreventionActivity& p, int v) { fill(p, v, *campaign); });
    }
    SECTION("protocol")
    {
        roundTrip<Protocol>(store, [](Protocol& p, int v) { fill(p, v); });
    }
    SECTION("action plan")
    {
        roundTrip<ActionPlan>(store, [](ActionPlan& p, int v) { fill(p, v); });
    }
    SECTION("team meeting")
    {
        roundTrip<TeamMeeting>(store, [](TeamMeeting& m, int v) { fill(m, v); });
    }
    SECTION("training")
    {
        roundTrip<Training>(store, [](Training& x, int v) { fill(x, v); });
    }
    SECTION("event")
    {
        roundTrip<Event>(store, [](Event& e, int v) { fill(e, v); });
    }
    SECTION("funded project")
    {
        roundTrip<FundedProject>(store, [](FundedProject& f, int v) { fill(f, v); });
    }
}

TEST_CASE("Every record kind of a victim's case declared once reads back each field after a save and an edit",
          "[storage][declarations]")
{
    TempStore t;
    Store& store = t.store();
    REQUIRE(Importer(store).run(dataPath(QStringLiteral("small")), false).ok());
    const RecordId victims[2] = {*t->db().queryInt(QStringLiteral("SELECT id FROM victim ORDER BY id LIMIT 1")),
                                 *t->db().queryInt(QStringLiteral("SELECT max(id) FROM victim"))};
    REQUIRE(victims[0] != victims[1]);
    SECTION("identification, with its forms of exploitation in order")
    {
        roundTrip<Identification>(store, [&](Identification& i, int v) { fill(i, v, victims); });
    }
    SECTION("assistance")
    {
        roundTrip<Assistance>(store, [&](Assistance& a, int v) { fill(a, v, victims); });
    }
    SECTION("repatriation")
    {
        roundTrip<Repatriation>(store, [&](Repatriation& r, int v) { fill(r, v, victims); });
    }
    SECTION("support in criminal proceedings, with and without a hearing date")
    {
        roundTrip<JudicialParticipation>(store, [&](JudicialParticipation& j, int v) { fill(j, v, victims); });
    }
    SECTION("monitoring contact")
    {
        roundTrip<MonitoringContact>(store, [&](MonitoringContact& m, int v) { fill(m, v, victims); });
    }
}

TEST_CASE("The victim's own record declared once reads back each field, from the window's editor and the import's "
          "repository alike",
          "[storage][declarations]")
{
    TempStore t;
    Store& store = t.store();
    VictimEditor editor(store);
    Victim first;
    fill(first, 0);
    const auto id = editor.save(first, std::nullopt);
    REQUIRE(id);
    auto loaded = editor.load(*id);
    REQUIRE(loaded);
    same(loaded->victim, first);
    CHECK(loaded->victim.stamp.createdBy == QStringLiteral("admin"));

    Victim edited = loaded->victim;
    fill(edited, 1);
    REQUIRE(editor.save(edited, std::nullopt));
    auto again = editor.load(*id);
    REQUIRE(again);
    same(again->victim, edited);

    // The import's repository reads the same record by its code, and adds one the editor reads.
    auto found = VictimRepository(store).findByCode(edited.code);
    REQUIRE(found);
    REQUIRE(found->has_value());
    same((*found)->victim, edited);
    Victim imported;
    fill(imported, 0);
    imported.code = QStringLiteral("  V-DECL-3 "); // a code is kept without its spaces
    const auto added = VictimRepository(store).add(imported, VictimIdentity{});
    REQUIRE(added);
    imported.code = QStringLiteral("V-DECL-3");
    same(editor.load(*added)->victim, imported);
}

TEST_CASE("A record the import's repository adds is the record the window's editor reads", "[storage][declarations]")
{
    TempStore t;
    Store& store = t.store();
    Campaign c;
    fill(c, 1);
    c.code = QStringLiteral("  CMP-D-9 "); // a code is kept without its spaces
    const auto campaign = CampaignRepository(store).add(c);
    REQUIRE(campaign);
    auto found = CampaignRepository(store).findByCode(QStringLiteral("CMP-D-9"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    c.code = QStringLiteral("CMP-D-9");
    same(**found, c);
    same(*RecordEditor(store).load<Campaign>(*campaign), c);

    PreventionActivity p;
    fill(p, 0, *campaign);
    const auto added = PreventionRepository(store).add(p, QByteArrayLiteral("row-1"));
    REQUIRE(added);
    CHECK(added->added);
    same(*RecordEditor(store).load<PreventionActivity>(added->id), p);
    // The same row key again adds nothing.
    const auto repeated = PreventionRepository(store).add(p, QByteArrayLiteral("row-1"));
    REQUIRE(repeated);
    CHECK(!repeated->added);
    // A campaign with activities is not removed.
    const Status removed = RecordEditor(store).remove<Campaign>(*campaign);
    REQUIRE(!removed);
    CHECK(removed.error().message.contains(QStringLiteral("1")));

    FundedProject f;
    fill(f, 0);
    REQUIRE(CooperationRepository(store).add(f));
    auto project = CooperationRepository(store).findProjectByCode(f.code);
    REQUIRE(project);
    REQUIRE(project->has_value());
    same(**project, f);
}

TEST_CASE("Each declaration names exactly the table's own columns", "[storage][declarations]")
{
    TempStore t;
    Database& db = t->db();
    declaresEveryColumn<Victim>(db);
    declaresEveryColumn<Campaign>(db);
    declaresEveryColumn<PreventionActivity>(db);
    declaresEveryColumn<Protocol>(db);
    declaresEveryColumn<ActionPlan>(db);
    declaresEveryColumn<TeamMeeting>(db);
    declaresEveryColumn<Training>(db);
    declaresEveryColumn<Event>(db);
    declaresEveryColumn<FundedProject>(db);
    declaresEveryColumn<Identification>(db);
    declaresEveryColumn<Assistance>(db);
    declaresEveryColumn<Repatriation>(db);
    declaresEveryColumn<JudicialParticipation>(db);
    declaresEveryColumn<MonitoringContact>(db);
}
