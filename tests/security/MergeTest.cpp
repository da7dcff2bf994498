// Merging two victim codes into one person and undoing it (issue 10 §5, decisions C7): the figures
// count the merged person once and come back exactly after an unmerge; the work list leaves the
// absorbed victim out; both are in the audit trail, by code; who may merge; a closed year keeps its
// frozen figures and lists the merge as a late change.
#include "importer/Importer.h"
#include "report/FiguresCodec.h"
#include "report/YearClosing.h"
#include "security/SecurityFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/DueItems.h"
#include "storage/duplicates/DuplicateRepository.h"
#include "storage/duplicates/VictimMerger.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/repositories/VictimEditor.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// RV-M1 and RV-M2: one person recorded twice by CR-BV in 2019; RV-M3 recorded by CR-CJ.
void importTwice(SecurityFixture& fx)
{
    auto admin = fx.openAs(QStringLiteral("admin"));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("victims.csv")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("victim_code,center,sex,birth_date,birth_year,citizenship,county,notification_date,mnir_status,"
            "scope,exploitation,exploitation_country,last_name,first_name\n"
            "RV-M1,CR-BV,F,1990-02-02,,RO,BV,2019-02-10,identified,internal,sexual,RO,Ionescu,Maria\n"
            "RV-M2,CR-BV,F,1990-02-02,,RO,BV,2019-06-10,identified,internal,labour,RO,Maria,Ionescu\n"
            "RV-M3,CR-CJ,F,1990-02-02,,RO,BV,2019-03-10,identified,internal,sexual,RO,Ionescu,Maria\n");
    f.close();
    const ImportReport report = Importer(*admin).run(dir.path(), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    // Open cases, so that the work list has something to say about each of them.
    REQUIRE(admin->db().exec(QStringLiteral(
        "UPDATE victim_case SET status = 'active', closed_on = NULL, closing_reason = NULL, referred_to = NULL "
        "WHERE victim_id IN (SELECT id FROM victim WHERE code IN ('RV-M1', 'RV-M2', 'RV-M3'))")));
}

QByteArray bilant(Store& store, const QString& center)
{
    auto data = FiguresRepository(store).computeReport(2019, center);
    REQUIRE(data);
    return FiguresCodec::canonicalJson(*data);
}

qint64 identified(Store& store, const QString& center)
{
    auto f = FiguresRepository(store).compute(2019, center);
    REQUIRE(f);
    return f->victimsIdentified;
}

QStringList dueCodes(Store& store)
{
    DueQuery q;
    q.today = QDate(2019, 12, 31);
    auto items = DueItems(store).list(q);
    REQUIRE(items);
    QStringList codes;
    for (const DueItem& i : *items)
        if (!codes.contains(i.victimCode))
            codes << i.victimCode;
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("merge counts the person once, and unmerge gives back the same figures", "[security][merge]")
{
    SecurityFixture fx;
    importTwice(fx);
    auto coord = fx.openAs(QStringLiteral("coord_bv"));
    const QByteArray before = bilant(*coord, QStringLiteral("CR-BV"));
    const qint64 identifiedBefore = identified(*coord, QStringLiteral("CR-BV"));
    const qint64 rowsBefore = *coord->db().queryInt(
        QStringLiteral("SELECT count(*) FROM identification WHERE notification_date LIKE '2019%'"));
    REQUIRE(dueCodes(*coord).contains(QStringLiteral("RV-M2")));

    auto merged = VictimMerger(*coord).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M2"));
    REQUIRE(merged);
    CHECK(merged->keptCode == QStringLiteral("RV-M1"));
    CHECK(merged->absorbedCode == QStringLiteral("RV-M2"));
    CHECK(merged->records >= 1);
    // Counted once, both histories kept: the same identifications, one victim fewer.
    CHECK(identified(*coord, QStringLiteral("CR-BV")) == identifiedBefore - 1);
    CHECK(*coord->db().queryInt(
              QStringLiteral("SELECT count(*) FROM identification WHERE notification_date LIKE '2019%'"))
          == rowsBefore);
    CHECK(*coord->db().queryInt(QStringLiteral("SELECT count(*) FROM victim WHERE code IN ('RV-M1', 'RV-M2')")) == 2);
    CHECK(*coord->db().queryInt(QStringLiteral(
              "SELECT count(*) FROM identification i JOIN victim v ON v.id = i.victim_id WHERE v.code = 'RV-M1'"))
          == 2);
    CHECK(bilant(*coord, QStringLiteral("CR-BV")) != before);
    const QStringList due = dueCodes(*coord);
    CHECK(due.contains(QStringLiteral("RV-M1")));
    CHECK_FALSE(due.contains(QStringLiteral("RV-M2")));
    // Neither victim of a merge may be removed while it stands.
    for (const char* code : {"RV-M1", "RV-M2"}) {
        const auto id
            = coord->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = '%1'").arg(QLatin1String(code)));
        REQUIRE(id);
        CHECK_FALSE(VictimEditor(*coord).remove(*id));
    }
    auto of = VictimMerger(*coord).mergeOf(QStringLiteral("RV-M2"));
    REQUIRE(of);
    REQUIRE(*of);
    CHECK((*of)->keptCode == QStringLiteral("RV-M1"));

    auto undone = VictimMerger(*coord).unmerge(QStringLiteral("RV-M2"));
    REQUIRE(undone);
    CHECK(undone->records == merged->records);
    CHECK(bilant(*coord, QStringLiteral("CR-BV")) == before);
    CHECK(identified(*coord, QStringLiteral("CR-BV")) == identifiedBefore);
    CHECK(dueCodes(*coord).contains(QStringLiteral("RV-M2")));
    auto none = VictimMerger(*coord).mergeOf(QStringLiteral("RV-M2"));
    REQUIRE(none);
    CHECK_FALSE(*none);
    coord.reset();

    // Both in the trail, by code and centre, with no identity.
    auto admin = fx.openAs(QStringLiteral("admin"));
    for (const QString& action : {AuditAction::VictimsMerged, AuditAction::VictimsUnmerged}) {
        auto entries = admin->audit().list(AuditFilter::forAction(action));
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        const AuditEntry& e = entries->first();
        CHECK(e.userName == QStringLiteral("coord_bv"));
        CHECK(e.recordCode == QStringLiteral("RV-M1"));
        CHECK(e.detail.contains(QStringLiteral("\"absorbed\":\"RV-M2\"")));
        CHECK_FALSE(e.detail.contains(QStringLiteral("Ionescu")));
        CHECK_FALSE(e.detail.contains(QStringLiteral("Maria")));
    }
}

TEST_CASE("who may merge, and the refusals", "[security][merge]")
{
    SecurityFixture fx;
    importTwice(fx);
    {
        auto op = fx.openAs(QStringLiteral("op_bv"));
        auto refused = VictimMerger(*op).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M2"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("coordinator of CR-BV")));
        // Across centres: the other half is not even in the operator's scope.
        CHECK_FALSE(VictimMerger(*op).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M3")));
    }
    {
        auto coord = fx.openAs(QStringLiteral("coord_bv"));
        auto across = VictimMerger(*coord).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M3"));
        REQUIRE_FALSE(across);
        CHECK(across.error().message.contains(QStringLiteral("no victim RV-M3")));
        auto same = VictimMerger(*coord).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M1"));
        REQUIRE_FALSE(same);
        CHECK(same.error().message.contains(QStringLiteral("itself")));
        CHECK_FALSE(VictimMerger(*coord).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-NONE")));
        auto notMerged = VictimMerger(*coord).unmerge(QStringLiteral("RV-M2"));
        REQUIRE_FALSE(notMerged);
        CHECK(notMerged.error().message.contains(QStringLiteral("not merged")));
        REQUIRE(VictimMerger(*coord).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M2")));
        auto again = VictimMerger(*coord).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M2"));
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("already merged")));
        auto kept = VictimMerger(*coord).unmerge(QStringLiteral("RV-M1"));
        REQUIRE_FALSE(kept);
        CHECK(kept.error().message.contains(QStringLiteral("RV-M2")));
        REQUIRE(VictimMerger(*coord).unmerge(QStringLiteral("RV-M2")));
    }
    for (const char* user : {"analyst_nat", "admin_only", "op_cj"}) {
        auto store = fx.openAs(QString::fromLatin1(user));
        INFO(user);
        CHECK_FALSE(VictimMerger(*store).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M3")));
    }
    // A national coordinator joins a pair across centres; the nation counts the person once.
    auto national = fx.openAs(QStringLiteral("coord_nat"));
    const qint64 before = identified(*national, QString());
    REQUIRE(VictimMerger(*national).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M3")));
    CHECK(identified(*national, QString()) == before - 1);
}

TEST_CASE("a merge into a closed year leaves the frozen figures and is a late change", "[security][merge]")
{
    SecurityFixture fx;
    importTwice(fx);
    auto national = fx.openAs(QStringLiteral("coord_nat"));
    auto check = checkYearClosing(*national, 2019, QString(), false, false);
    REQUIRE(check);
    auto closed = closeYear(*national, *check, true);
    REQUIRE(closed);
    const qint64 before = identified(*national, QString());
    REQUIRE(VictimMerger(*national).merge(QStringLiteral("RV-M1"), QStringLiteral("RV-M2")));
    CHECK(identified(*national, QString()) == before - 1);
    auto latest = ClosedYearRepository(*national).latest(2019, Scope::national());
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->figuresJson == closed->figuresJson);
    // The record moved carries the merge's user and time, which is what the late-change list reads
    // (the fixture's clock is pinned, so "after the closing" is the same second here).
    auto st = national->db().prepare(
        QStringLiteral("SELECT i.updated_by, i.updated_at FROM identification i JOIN victim v ON v.id = i.victim_id "
                       "WHERE v.code = 'RV-M1' AND i.notification_date = '2019-06-10'"));
    REQUIRE(st);
    REQUIRE(st->next());
    CHECK(st->int64(0) == national->user().id);
    CHECK(st->text(1) >= closed->closedAt);
}

TEST_CASE("reper-cli duplicates merge and unmerge", "[security][merge][cli]")
{
    SecurityFixture fx;
    importTwice(fx);
    fx.temp().close();
    CliRunner cli;
    REQUIRE(QFile::copy(fx.path(), cli.store()));
    REQUIRE(QFile::copy(fx.path() + QStringLiteral(".keys"), cli.store() + QStringLiteral(".keys")));
    const auto as = [&](const char* user, const QStringList& args) {
        const QString name = QString::fromLatin1(user);
        return cli.runAs(name, passwordOf(name), args);
    };
    const QStringList merge{QStringLiteral("duplicates"), QStringLiteral("merge"),    QStringLiteral("--keep"),
                            QStringLiteral("RV-M1"),      QStringLiteral("--absorb"), QStringLiteral("RV-M2")};
    const auto op = as("op_bv", merge);
    CHECK(op.exitCode == 1);
    CHECK(op.err.contains(QStringLiteral("coordinator")));
    const auto ok = as("coord_bv", merge);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("RV-M2 merged into RV-M1")));
    CHECK(as("coord_bv", merge).exitCode == 1); // already merged
    CHECK(as("coord_bv",
             {QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("--keep"), QStringLiteral("RV-M1")})
              .exitCode
          == 2);
    const auto back
        = as("coord_bv", {QStringLiteral("duplicates"), QStringLiteral("unmerge"), QStringLiteral("RV-M2")});
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("RV-M2")));
    CHECK(as("coord_bv", {QStringLiteral("duplicates"), QStringLiteral("unmerge"), QStringLiteral("RV-M2")}).exitCode
          == 1);
}
