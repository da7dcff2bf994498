// Deadlines (issue 10 §3): each default rule with the test clock, an edited rule, done and dismissed
// items, the lead of a hearing, a year boundary, and nothing outside the user's scope.
#include "SecurityFixture.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/DeadlineRuleRepository.h"
#include "storage/cases/DueItems.h"
#include "storage/engine/Database.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <catch2/catch.hpp>
#include <tuple>

using namespace reper;
using namespace reper::test;

namespace {

const QString kBv = QStringLiteral("CR-BV");

RecordId addVictim(Store& store, const char* code, const char* citizenship = "RO")
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = kBv;
    v.sex = QStringLiteral("F");
    v.citizenship = QLatin1String(citizenship);
    auto added = VictimRepository(store).add(v, {});
    REQUIRE(added.ok());
    return *added;
}

void addContact(Store& store, RecordId victim, const QDate& date, const QDate& next = {})
{
    MonitoringContact m;
    m.victimId = victim;
    m.center = kBv;
    m.date = date;
    m.kind = QStringLiteral("phone");
    m.nextDate = next;
    REQUIRE(RecordEditor(store).save(m).ok());
}

// The items of the victims whose code starts with RV-D (the fixture's own victims have theirs).
QList<DueItem> items(Store& store, int days = 7, const QString& user = {}, const QString& center = {})
{
    DueQuery q;
    q.days = days;
    q.user = user;
    q.center = center;
    auto all = DueItems(store).list(q);
    REQUIRE(all.ok());
    QList<DueItem> out;
    for (const DueItem& i : *all)
        if (i.victimCode.startsWith(QLatin1String("RV-D")))
            out << i;
    return out;
}

// "code kind due" lines, for readable checks.
QStringList lines(const QList<DueItem>& list, const QString& kind = {})
{
    QStringList out;
    for (const DueItem& i : list)
        if (kind.isEmpty() || i.kind == kind)
            out << QStringLiteral("%1 %2 %3").arg(i.victimCode, i.kind, i.due.toString(Qt::ISODate));
    return out;
}

// Victims for every default rule, recorded by op_bv on the test clock's day (2026-01-15).
void recordCases(SecurityFixture& f)
{
    {
        // A case opened on 2025-11-01 with no contact since: 60 days make 2025-12-31.
        ClockAt then(QDateTime(QDate(2025, 11, 1), QTime(9, 0), Qt::UTC));
        auto op = f.openAs(QStringLiteral("op_bv"));
        addVictim(*op, "RV-D00006");
    }
    auto op = f.openAs(QStringLiteral("op_bv"));
    // A foreign victim identified on 2025-10-20: the reflection period ends on 2026-01-18.
    const RecordId foreign = addVictim(*op, "RV-D00001", "MD");
    Identification i;
    i.victimId = foreign;
    i.center = kBv;
    i.notificationDate = QDate(2025, 10, 18);
    i.identificationDate = QDate(2025, 10, 20);
    i.mnirStatus = QStringLiteral("identified");
    i.scope = QStringLiteral("international");
    i.exploitation = {QStringLiteral("labour")};
    i.primaryExploitation = QStringLiteral("labour");
    REQUIRE(RecordEditor(*op).save(i).ok());
    // A Romanian victim identified the same day has no reflection period.
    i.id = 0;
    i.victimId = addVictim(*op, "RV-D00011");
    REQUIRE(RecordEditor(*op).save(i).ok());
    // An assistance period open since 2025-12-01: its review was due on 2025-12-31.
    Assistance a;
    a.victimId = addVictim(*op, "RV-D00002");
    a.center = kBv;
    a.service = QStringLiteral("shelter");
    a.provider = QStringLiteral("anitp");
    a.startDate = QDate(2025, 12, 1);
    REQUIRE(RecordEditor(*op).save(a).ok());
    // Repatriated on 2025-10-10: follow-ups on 2026-01-10, 2026-04-10 and 2026-10-10.
    Repatriation r;
    r.victimId = addVictim(*op, "RV-D00003");
    r.center = kBv;
    r.fromCountry = QStringLiteral("IT");
    r.requestDate = QDate(2025, 9, 1);
    r.arrivalDate = QDate(2025, 10, 10);
    r.status = QStringLiteral("completed");
    REQUIRE(RecordEditor(*op).save(r).ok());
    // A hearing on 2026-01-24: shown from 2026-01-17, seven days before.
    JudicialParticipation j;
    j.victimId = addVictim(*op, "RV-D00004");
    j.center = kBv;
    j.date = QDate(2025, 12, 5);
    j.caseRef = QStringLiteral("123/P/2025");
    j.body = QStringLiteral("court");
    j.stage = QStringLiteral("trial");
    j.role = QStringLiteral("injured_party");
    j.support = QStringLiteral("hearing_accompaniment");
    j.hearingDate = QDate(2026, 1, 24);
    REQUIRE(RecordEditor(*op).save(j).ok());
    // The last contact planned the next one for 2026-01-14.
    addContact(*op, addVictim(*op, "RV-D00005"), QDate(2026, 1, 5), QDate(2026, 1, 14));
}

} // namespace

TEST_CASE("the six default rules are in the store", "[security][deadlines]")
{
    SecurityFixture f;
    auto op = f.openAs(QStringLiteral("op_bv"));
    auto rules = DeadlineRuleRepository(*op).list();
    REQUIRE(rules.ok());
    QStringList seen;
    for (const DeadlineRule& r : *rules)
        seen << QStringLiteral("%1 %2 %3 %4 %5").arg(r.kind, r.offsetsText(), r.unit).arg(r.leadDays).arg(r.notify);
    CHECK(seen
          == QStringList{QStringLiteral("reflection_period 90 day 7 case_worker"),
                         QStringLiteral("assistance_review 30 day 0 case_worker"),
                         QStringLiteral("repatriation_followup 3,6,12 month 7 case_worker"),
                         QStringLiteral("hearing 0 day 7 case_worker"),
                         QStringLiteral("next_contact 0 day 0 case_worker"),
                         QStringLiteral("no_contact 60 day 0 case_worker")});
}

TEST_CASE("each default rule gives its deadline on time, and a record that meets it takes it away",
          "[security][deadlines]")
{
    SecurityFixture f;
    recordCases(f);
    auto op = f.openAs(QStringLiteral("op_bv"));
    // Today is 2026-01-15; a week ahead, plus what a rule shows early.
    CHECK(lines(items(*op))
          == QStringList{QStringLiteral("RV-D00002 assistance_review 2025-12-31"),
                         QStringLiteral("RV-D00006 no_contact 2025-12-31"),
                         QStringLiteral("RV-D00003 repatriation_followup 2026-01-10"),
                         QStringLiteral("RV-D00005 next_contact 2026-01-14"),
                         QStringLiteral("RV-D00001 reflection_period 2026-01-18")});
    // A year ahead: the later follow-ups, the hearing, and every case's 60 days without contact.
    const QList<DueItem> year = items(*op, 365);
    CHECK(lines(year, QStringLiteral("repatriation_followup"))
          == QStringList{QStringLiteral("RV-D00003 repatriation_followup 2026-01-10"),
                         QStringLiteral("RV-D00003 repatriation_followup 2026-04-10"),
                         QStringLiteral("RV-D00003 repatriation_followup 2026-10-10")});
    CHECK(lines(year, QStringLiteral("hearing")) == QStringList{QStringLiteral("RV-D00004 hearing 2026-01-24")});
    CHECK(lines(year, QStringLiteral("no_contact")).contains(QStringLiteral("RV-D00002 no_contact 2026-03-16")));
    const auto item
        = std::find_if(year.begin(), year.end(), [](const DueItem& i) { return i.kind == QLatin1String("hearing"); });
    REQUIRE(item != year.end());
    CHECK(item->since == QDate(2026, 1, 24));
    CHECK(item->workerName == QStringLiteral("op_bv"));
    CHECK(dueBucket(*item, QDate(2026, 1, 15)) == DueBucket::Later); // nine days ahead, shown from the 17th
    CHECK(dueBucket(*item, QDate(2026, 1, 17)) == DueBucket::ThisWeek);

    // Contacts are recorded: each meets the deadlines it should, and only those.
    auto id = [&](const char* code) {
        return *op->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = '%1'").arg(QLatin1String(code)));
    };
    addContact(*op, id("RV-D00002"), QDate(2026, 1, 15)); // the review: next one on 2026-02-14
    addContact(*op, id("RV-D00003"), QDate(2026, 1, 12)); // the three-month follow-up
    addContact(*op, id("RV-D00005"), QDate(2026, 1, 15)); // the planned contact
    addContact(*op, id("RV-D00006"), QDate(2026, 1, 15));
    addContact(*op, id("RV-D00001"), QDate(2026, 1, 10)); // before the week of the reflection period
    CHECK(lines(items(*op)) == QStringList{QStringLiteral("RV-D00001 reflection_period 2026-01-18")});
    addContact(*op, id("RV-D00001"), QDate(2026, 1, 12)); // within it
    CHECK(lines(items(*op)).isEmpty());
    CHECK(lines(items(*op, 31), QStringLiteral("assistance_review"))
          == QStringList{QStringLiteral("RV-D00002 assistance_review 2026-02-14")});
    CHECK(lines(items(*op, 365), QStringLiteral("repatriation_followup"))
          == QStringList{QStringLiteral("RV-D00003 repatriation_followup 2026-04-10"),
                         QStringLiteral("RV-D00003 repatriation_followup 2026-10-10")});
    // The hearing is met by the record of the support given at it.
    JudicialParticipation j;
    j.victimId = id("RV-D00004");
    j.center = kBv;
    j.date = QDate(2026, 1, 24);
    j.caseRef = QStringLiteral("123/P/2025");
    j.body = QStringLiteral("court");
    j.stage = QStringLiteral("trial");
    j.role = QStringLiteral("injured_party");
    j.support = QStringLiteral("hearing_accompaniment");
    REQUIRE(RecordEditor(*op).save(j).ok());
    CHECK(lines(items(*op, 365), QStringLiteral("hearing")).isEmpty());
}

TEST_CASE("the work list comes in order: due date, victim code, then the item's key", "[security][deadlines]")
{
    SecurityFixture f;
    recordCases(f);
    auto op = f.openAs(QStringLiteral("op_bv"));
    DueQuery q;
    q.days = 365; // every case's items of a year, the fixture's own victims too
    auto all = DueItems(*op).list(q);
    REQUIRE(all.ok());
    REQUIRE(all->size() >= 10);
    QSet<QString> keys;
    for (qsizetype i = 0; i < all->size(); ++i) {
        const DueItem& item = all->at(i);
        keys.insert(item.key());
        CHECK(item.due.isValid());
        CHECK(!item.victimCode.isEmpty());
        if (i == 0)
            continue;
        const DueItem& before = all->at(i - 1);
        INFO(before.key().toStdString() << " then " << item.key().toStdString());
        CHECK(std::make_tuple(before.due, before.victimCode, before.key())
              < std::make_tuple(item.due, item.victimCode, item.key()));
    }
    CHECK(keys.size() == all->size()); // each item once: none lost or doubled by the ordering
}

TEST_CASE("a hearing is shown seven days before it, across the turn of the year", "[security][deadlines]")
{
    SecurityFixture f;
    {
        ClockAt then(QDateTime(QDate(2025, 12, 20), QTime(9, 0), Qt::UTC));
        auto op = f.openAs(QStringLiteral("op_bv"));
        JudicialParticipation j;
        j.victimId = addVictim(*op, "RV-D00004");
        j.center = kBv;
        j.date = QDate(2025, 12, 5);
        j.caseRef = QStringLiteral("9/P/2025");
        j.body = QStringLiteral("court");
        j.stage = QStringLiteral("trial");
        j.role = QStringLiteral("witness");
        j.support = QStringLiteral("information");
        j.hearingDate = QDate(2026, 1, 5);
        REQUIRE(RecordEditor(*op).save(j).ok());
    }
    ClockAt clock(QDateTime(QDate(2025, 12, 28), QTime(12, 0), Qt::UTC));
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        CHECK(lines(items(*op, 0), QStringLiteral("hearing")).isEmpty()); // nine days before
    }
    clock.set(QDateTime(QDate(2025, 12, 29), QTime(12, 0), Qt::UTC));
    auto op = f.openAs(QStringLiteral("op_bv"));
    const QList<DueItem> shown = items(*op, 0);
    CHECK(lines(shown, QStringLiteral("hearing")) == QStringList{QStringLiteral("RV-D00004 hearing 2026-01-05")});
    CHECK(dueBucket(shown.first(), QDate(2025, 12, 29)) == DueBucket::ThisWeek);
    CHECK(dueBucket(shown.first(), QDate(2026, 1, 6)) == DueBucket::Overdue);
}

TEST_CASE("an administrator edits a rule and what is due changes at once — nobody else may", "[security][deadlines]")
{
    SecurityFixture f;
    recordCases(f);
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        auto rule = DeadlineRuleRepository(*op).find(QStringLiteral("reflection_period"));
        REQUIRE(rule.ok());
        rule->offsets = {60};
        CHECK_FALSE(DeadlineRuleRepository(*op).save(*rule).ok());
    }
    {
        auto admin = f.openAs(QStringLiteral("admin_only"));
        auto rule = DeadlineRuleRepository(*admin).find(QStringLiteral("reflection_period"));
        REQUIRE(rule.ok());
        rule->offsets = {-1};
        CHECK_FALSE(DeadlineRuleRepository(*admin).save(*rule).ok());
        rule->offsets = {60};
        rule->leadDays = 0;
        REQUIRE(DeadlineRuleRepository(*admin).save(*rule).ok());
        // Follow-ups at 1 and 2 months instead.
        auto repat = DeadlineRuleRepository(*admin).find(QStringLiteral("repatriation_followup"));
        REQUIRE(repat.ok());
        REQUIRE(DeadlineRule::parseOffsets(QStringLiteral("1,2"), &repat->offsets));
        REQUIRE(DeadlineRuleRepository(*admin).save(*repat).ok());
        auto trail = admin->audit().list(AuditFilter{});
        REQUIRE(trail.ok());
        const auto changed = std::count_if(trail->begin(), trail->end(), [](const AuditEntry& e) {
            return e.action == AuditAction::DeadlineRuleChanged;
        });
        CHECK(changed == 2);
    }
    auto op = f.openAs(QStringLiteral("op_bv"));
    const QList<DueItem> now = items(*op);
    CHECK(lines(now, QStringLiteral("reflection_period"))
          == QStringList{QStringLiteral("RV-D00001 reflection_period 2025-12-19")});
    CHECK(lines(now, QStringLiteral("repatriation_followup"))
          == QStringList{QStringLiteral("RV-D00003 repatriation_followup 2025-11-10"),
                         QStringLiteral("RV-D00003 repatriation_followup 2025-12-10")});
    // A rule switched off gives nothing.
    {
        auto admin = f.openAs(QStringLiteral("admin_only"));
        auto rule = DeadlineRuleRepository(*admin).find(QStringLiteral("no_contact"));
        REQUIRE(rule.ok());
        rule->enabled = false;
        REQUIRE(DeadlineRuleRepository(*admin).save(*rule).ok());
    }
    auto again = f.openAs(QStringLiteral("op_bv"));
    CHECK(lines(items(*again, 365), QStringLiteral("no_contact")).isEmpty());
}

TEST_CASE("a deadline dismissed with a reason goes, and the reason is in the audit trail", "[security][deadlines]")
{
    SecurityFixture f;
    recordCases(f);
    {
        auto other = f.openAs(QStringLiteral("op_cj"));
        const QList<DueItem> none = items(*other, 365);
        CHECK(none.isEmpty()); // another centre's cases
        DueQuery q;
        q.center = kBv;
        CHECK_FALSE(DueItems(*other).list(q).ok());
    }
    DueItem review;
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        const QList<DueItem> all = items(*op);
        const auto found = std::find_if(all.begin(), all.end(),
                                        [](const DueItem& i) { return i.kind == QLatin1String("assistance_review"); });
        REQUIRE(found != all.end());
        review = *found;
        CHECK_FALSE(DueItems(*op).dismiss(review, QStringLiteral("other")).ok()); // "other" needs a note
        CHECK_FALSE(DueItems(*op).dismiss(review, QStringLiteral("forgot")).ok());
    }
    {
        auto other = f.openAs(QStringLiteral("op_cj"));
        CHECK_FALSE(DueItems(*other).dismiss(review, QStringLiteral("unreachable")).ok());
    }
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        REQUIRE(DueItems(*op).dismiss(review, QStringLiteral("unreachable"), QStringLiteral("telefon închis")).ok());
        CHECK(lines(items(*op), QStringLiteral("assistance_review")).isEmpty());
        CHECK(lines(items(*op)).size() == 4);
    }
    auto admin = f.openAs(QStringLiteral("admin"));
    AuditFilter filter;
    filter.action = AuditAction::DueDismissed;
    auto trail = admin->audit().list(filter);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 1);
    const AuditEntry& e = trail->first();
    CHECK(e.recordCode == QStringLiteral("RV-D00002"));
    CHECK(e.userName == QStringLiteral("op_bv"));
    const QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
    CHECK(detail.value(QStringLiteral("reason")).toString() == QStringLiteral("unreachable"));
    CHECK(detail.value(QStringLiteral("due")).toString() == QStringLiteral("2025-12-31"));
    CHECK_FALSE(e.detail.contains(QStringLiteral("telefon"))); // the note is free text: never in the trail
}

TEST_CASE("whose deadlines: the case worker's, the coordinator's rules, the whole centre", "[security][deadlines]")
{
    SecurityFixture f;
    recordCases(f);
    {
        auto coord = f.openAs(QStringLiteral("coord_bv"));
        CHECK(items(*coord).size() == 5); // the centre's
        CHECK(items(*coord, 7, QStringLiteral("op_bv")).size() == 5);
        CHECK(items(*coord, 7, QStringLiteral("coord_bv")).isEmpty());
        DueQuery q;
        q.user = QStringLiteral("nobody");
        CHECK_FALSE(DueItems(*coord).list(q).ok());
    }
    {
        auto admin = f.openAs(QStringLiteral("admin_only"));
        auto rule = DeadlineRuleRepository(*admin).find(QStringLiteral("no_contact"));
        REQUIRE(rule.ok());
        rule->notify = QStringLiteral("coordinator");
        REQUIRE(DeadlineRuleRepository(*admin).save(*rule).ok());
    }
    auto nat = f.openAs(QStringLiteral("coord_nat"));
    CHECK(lines(items(*nat, 7, QStringLiteral("coord_bv")))
          == QStringList{QStringLiteral("RV-D00006 no_contact 2025-12-31")});
    CHECK(items(*nat, 7, QStringLiteral("op_bv")).size() == 4);
    CHECK(items(*nat, 7, {}, kBv).size() == 5);
}
