// Each record kind of the centre's work is declared once (RecordTables): a record written with
// every field set reads back field for field, an edit of every field too, whether it was added by
// the window's editor or by the import's repository, and the declaration names only the table's
// own columns — none missing, none twice.
#include "storage/repositories/RecordTables.h"

#include "storage/engine/Database.h"
#include "storage/repositories/ActivityEditor.h"
#include "storage/repositories/ActivityRepositories.h"
#include "support/TestSupport.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QDate kDay(2020, 3, 10);

// Two versions of each kind, differing in every field: `v` 0 is the first save, 1 the edit.
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

// Saved new, read back, every field edited, read back, removed: through the window's editor.
template<typename R, typename Fill>
void roundTrip(Store& store, Fill fillIn)
{
    ActivityEditor editor(store);
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
    const QString sql = QString::fromUtf8(detail::recordTable<R>().insertSql());
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
    same(*ActivityEditor(store).load<Campaign>(*campaign), c);

    PreventionActivity p;
    fill(p, 0, *campaign);
    const auto added = PreventionRepository(store).add(p, QByteArrayLiteral("row-1"));
    REQUIRE(added);
    CHECK(added->added);
    same(*ActivityEditor(store).load<PreventionActivity>(added->id), p);
    // The same row key again adds nothing.
    const auto repeated = PreventionRepository(store).add(p, QByteArrayLiteral("row-1"));
    REQUIRE(repeated);
    CHECK(!repeated->added);
    // A campaign with activities is not removed.
    const Status removed = ActivityEditor(store).remove<Campaign>(*campaign);
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
    declaresEveryColumn<Campaign>(db);
    declaresEveryColumn<PreventionActivity>(db);
    declaresEveryColumn<Protocol>(db);
    declaresEveryColumn<ActionPlan>(db);
    declaresEveryColumn<TeamMeeting>(db);
    declaresEveryColumn<Training>(db);
    declaresEveryColumn<Event>(db);
    declaresEveryColumn<FundedProject>(db);
}
