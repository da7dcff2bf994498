// A case per victim (issue 10 §1): made with the victim, given its state by rule (schema step 8 and
// an import), closed by whoever keeps the victim's records, reassigned only by a coordinator of the
// centre, every change in the signed audit trail, nothing outside the user's scope.
#include "SecurityFixture.h"
#include "core/CsvWriter.h"
#include "importer/Importer.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/cases/CaseRepository.h"
#include "storage/cases/CaseStatusRule.h"
#include "storage/cases/ContactRepository.h"
#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/ExplainRepository.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

RecordId victimId(Store& store, const char* code)
{
    auto id = store.db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = '%1'").arg(QLatin1String(code)));
    REQUIRE(id.ok());
    return *id;
}

VictimCase caseOf(Store& store, const char* code)
{
    auto c = CaseRepository(store).forVictim(victimId(store, code));
    REQUIRE(c.ok());
    return *c;
}

// "status opened_on closed_on reason" of a victim's case, for readable checks.
std::string summary(Store& store, const char* code)
{
    const VictimCase c = caseOf(store, code);
    return QStringList{c.status, c.openedOn.toString(Qt::ISODate), c.closedOn.toString(Qt::ISODate), c.closingReason}
        .join(QLatin1Char(' '))
        .trimmed()
        .toStdString();
}

qint64 userId(Store& store, const char* name)
{
    auto id = store.db().queryInt(QStringLiteral("SELECT id FROM app_user WHERE name = '%1'").arg(QLatin1String(name)));
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("every victim has one case, its state given by rule when an import adds it", "[security][cases]")
{
    SecurityFixture f;
    auto coord = f.openAs(QStringLiteral("coord_nat"));
    CHECK(*coord->db().queryInt(QStringLiteral("SELECT count(*) FROM victim")) == 4);
    CHECK(*coord->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_case")) == 4);
    // Today is 2026-01-15 (the test clock). An assistance period with no end keeps a case active;
    // it opens on the victim's first record (RV-T00001: the repatriation request of 2019-12-20).
    CHECK(summary(*coord, "RV-T00001") == "active 2019-12-20");
    CHECK(summary(*coord, "RV-T00003") == "active 2020-02-01");
    CHECK(summary(*coord, "RV-T00002") == "active 2019-05-01"); // a repatriation in progress
    // Nothing recorded for years: closed on the last date recorded, for "another reason".
    CHECK(summary(*coord, "RV-T00004") == "closed 2019-12-31 2020-01-02 other");
    CHECK(caseOf(*coord, "RV-T00001").workerId == 0); // imported by the administrator: no case worker
}

TEST_CASE("a victim added one by one opens an active case with its case worker", "[security][cases]")
{
    SecurityFixture f;
    auto op = f.openAs(QStringLiteral("op_bv"));
    Victim v;
    v.code = QStringLiteral("RV-T09001");
    v.center = QStringLiteral("CR-BV");
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto added = VictimRepository(*op).add(v, {});
    REQUIRE(added.ok());
    const VictimCase c = caseOf(*op, "RV-T09001");
    CHECK(c.status == QStringLiteral("active"));
    CHECK(c.openedOn == QDate(2026, 1, 15));
    CHECK(c.workerName == QStringLiteral("op_bv"));
}

TEST_CASE("a case is closed by its centre, reassigned by its coordinator, and both are in the trail",
          "[security][cases]")
{
    SecurityFixture f;
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        VictimCase c = caseOf(*op, "RV-T00001");
        // An operator may not give the case to anyone, themselves included.
        VictimCase taken = c;
        taken.workerId = userId(*op, "op_bv");
        CHECK_FALSE(CaseRepository(*op).save(taken).ok());
        // Closed as referred: the institution is required, and the state must say "referred".
        c.status = QStringLiteral("closed_referred");
        c.closedOn = QDate(2026, 1, 10);
        c.closingReason = QStringLiteral("referred");
        const Status noInstitution = CaseRepository(*op).save(c);
        CHECK_FALSE(noInstitution.ok());
        c.referredTo = QStringLiteral("DGASPC Brașov");
        REQUIRE(CaseRepository(*op).save(c).ok());
        const VictimCase closed = caseOf(*op, "RV-T00001");
        CHECK(closed.status == QStringLiteral("closed_referred"));
        CHECK(closed.closedOn == QDate(2026, 1, 10));
        CHECK(closed.referredTo == QStringLiteral("DGASPC Brașov"));
        // The case of another centre is not theirs to read.
        CHECK_FALSE(CaseRepository(*op).forVictim(victimId(*op, "RV-T00002")).ok());
        // Closing before the case opened is refused.
        VictimCase early = closed;
        early.closedOn = QDate(2019, 1, 1);
        CHECK_FALSE(CaseRepository(*op).save(early).ok());
    }
    {
        auto coord = f.openAs(QStringLiteral("coord_bv"));
        VictimCase c = caseOf(*coord, "RV-T00001");
        c.workerId = userId(*coord, "op_cj"); // not of CR-BV
        CHECK_FALSE(CaseRepository(*coord).save(c).ok());
        auto workers = CaseRepository(*coord).caseWorkers(QStringLiteral("CR-BV"));
        REQUIRE(workers.ok());
        QStringList names;
        for (const StoreUser& u : *workers)
            names << u.name;
        names.sort();
        CHECK(names == QStringList{QStringLiteral("coord_bv"), QStringLiteral("op_bv")});
        c.workerId = userId(*coord, "op_bv");
        c.status = QStringLiteral("follow_up"); // reopened for monitoring
        c.closedOn = {};
        c.closingReason.clear();
        c.referredTo.clear();
        REQUIRE(CaseRepository(*coord).save(c).ok());
        CHECK(caseOf(*coord, "RV-T00001").workerName == QStringLiteral("op_bv"));
        CHECK(caseOf(*coord, "RV-T00001").status == QStringLiteral("follow_up"));
    }
    auto admin = f.openAs(QStringLiteral("admin"));
    auto entries = admin->audit().list(AuditFilter::forRecord(QStringLiteral("RV-T00001")));
    REQUIRE(entries.ok());
    QStringList seen;
    for (const AuditEntry& e : *entries)
        if (e.recordType == QLatin1String("victim_case"))
            seen << e.userName + QLatin1Char(' ') + e.detail;
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].startsWith(QStringLiteral("op_bv ")));
    // A case is about a victim: the trail names the fields that changed, never their values
    // (decisions.md F3) — not the state, the reason, the institution or the case worker.
    CHECK(seen[0].contains(QStringLiteral("\"status\":\"changed\"")));
    CHECK(seen[0].contains(QStringLiteral("\"referred_to\":\"changed\"")));
    CHECK(seen[1].startsWith(QStringLiteral("coord_bv ")));
    CHECK(seen[1].contains(QStringLiteral("\"worker\":\"changed\"")));
    for (const QString& entry : seen) {
        CHECK_FALSE(entry.contains(QStringLiteral("closed_referred")));
        CHECK_FALSE(entry.contains(QStringLiteral("\"new\"")));
    }
    CHECK(AuditVerifier(*admin).verify().ok);
}

TEST_CASE("schema step 8 on a store's victims: each gets a case and a state by rule", "[security][cases]")
{
    SecurityFixture f;
    {
        // Back to what schema 7 had — no cases —, then step 8 as the migration runs it: its SQL and
        // the rule that finishes it, on the store's clock. (The later steps stay: a store is never
        // taken back below them.)
        auto admin = f.openAs(QStringLiteral("admin"));
        Database& db = admin->db();
        REQUIRE(db.exec(QStringLiteral("DROP TRIGGER victim_case_open; DROP TRIGGER victim_case_follow_center; "
                                       "DROP TABLE monitoring_contact; DROP TABLE victim_case"))
                    .ok());
        QFile step(QStringLiteral(":/sql/008_case_monitoring.sql"));
        REQUIRE(step.open(QIODevice::ReadOnly));
        Transaction tx(db);
        REQUIRE(tx.beginStatus().ok());
        REQUIRE(db.exec(QString::fromUtf8(step.readAll())).ok());
        REQUIRE(CaseStatusRule::apply(db, QDate(2020, 6, 1)).ok());
        REQUIRE(tx.commit().ok());
    }
    auto coord = f.openAs(QStringLiteral("coord_nat"));
    CHECK(coord->db().userVersion() == Migrator::latestVersion());
    CHECK(*coord->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_case")) == 4);
    CHECK(summary(*coord, "RV-T00001") == "active 2019-12-20"); // assistance still open
    CHECK(summary(*coord, "RV-T00003") == "active 2020-02-01");
    CHECK(summary(*coord, "RV-T00002") == "active 2019-05-01"); // a repatriation in progress
    // Opened more than 90 days before, last recorded within the year: followed up.
    CHECK(summary(*coord, "RV-T00004") == "follow_up 2019-12-31");
    // The records are all still there.
    CHECK(*coord->db().queryInt(QStringLiteral("SELECT count(*) FROM assistance")) == 5);
}

TEST_CASE("monitoring contacts: kept by the centre, on the timeline, behind the monitored assistance, exported "
          "and imported again",
          "[security][cases][contacts]")
{
    SecurityFixture f;
    RecordId saved = 0;
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        MonitoringContact m;
        m.victimId = victimId(*op, "RV-T00001");
        m.center = QStringLiteral("CR-BV");
        m.date = QDate(2026, 1, 12);
        m.kind = QStringLiteral("visit");
        m.withWhom = QStringLiteral("victima, =mama"); // a formula-looking value survives the round trip
        m.outcome = QStringLiteral("stabilă");
        m.nextDate = QDate(2026, 2, 12);
        auto id = RecordEditor(*op).save(m);
        REQUIRE(id.ok());
        saved = *id;
        auto entries = VictimEditor(*op).timeline(m.victimId);
        REQUIRE(entries.ok());
        CHECK(std::any_of(entries->begin(), entries->end(), [&](const TimelineEntry& e) {
            return e.kind == TimelineEntry::Kind::MonitoringContact && e.id == saved && e.endDate == m.nextDate;
        }));
    }
    {
        // Another centre's operator neither reads it nor writes one for CR-BV.
        auto other = f.openAs(QStringLiteral("op_cj"));
        CHECK_FALSE(RecordEditor(*other).load<MonitoringContact>(saved).ok());
        MonitoringContact m;
        m.victimId = victimId(*other, "RV-T00001");
        m.center = QStringLiteral("CR-BV");
        m.date = QDate(2026, 1, 13);
        m.kind = QStringLiteral("phone");
        CHECK_FALSE(RecordEditor(*other).save(m).ok());
        auto rows = ContactRepository(*other).exportRows();
        REQUIRE(rows.ok());
        CHECK(rows->isEmpty());
    }
    QByteArray exported;
    {
        auto coord = f.openAs(QStringLiteral("coord_bv"));
        auto why = ExplainRepository(*coord).explain(2026, QStringLiteral("CR-BV"),
                                                     QStringLiteral("victims_assistance_monitored"));
        REQUIRE(why.ok());
        REQUIRE(why->rows.size() == 2); // RV-T00001 and RV-T00003, whose assistance has no end
        const ExplainRow& row = why->rows[0].reference == QLatin1String("RV-T00001") ? why->rows[0] : why->rows[1];
        CHECK(row.records.endsWith(QStringLiteral("; monitoring_contact #%1").arg(saved)));
        CHECK(why->total() == 2); // the contact shows the monitoring, it does not count
        auto rows = ContactRepository(*coord).exportRows(QStringLiteral("CR-BV"));
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        exported = CsvWriter::row({QStringLiteral("victim_code"), QStringLiteral("center"), QStringLiteral("date"),
                                   QStringLiteral("kind"), QStringLiteral("with_whom"), QStringLiteral("outcome"),
                                   QStringLiteral("next_date")});
        const MonitoringContact& c = rows->first().contact;
        CsvWriter::appendRow(exported,
                             {rows->first().victimCode, c.center, c.date.toString(Qt::ISODate), c.kind, c.withWhom,
                              c.outcome, c.nextDate.toString(Qt::ISODate)});
    }
    // Into another store with the same victims: the thirteenth file next to the others.
    TempStore other;
    QTemporaryDir folder;
    for (const char* name : {"victims.csv", "assistance.csv"})
        REQUIRE(QFile::copy(dataPath(QStringLiteral("small/%1").arg(QLatin1String(name))),
                            folder.filePath(QLatin1String(name))));
    QFile file(folder.filePath(QStringLiteral("monitoring_contacts.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();
    const ImportReport report = Importer(other.store()).run(folder.path(), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().message).toStdString());
    REQUIRE(report.ok());
    auto back = ContactRepository(other.store()).exportRows();
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(back->first().victimCode == QStringLiteral("RV-T00001"));
    CHECK(back->first().contact.withWhom == QStringLiteral("victima, =mama"));
    CHECK(back->first().contact.nextDate == QDate(2026, 2, 12));
    // A second import of the same folder adds nothing.
    const ImportReport again = Importer(other.store()).run(folder.path(), false);
    REQUIRE(again.ok());
    CHECK(*other->db().queryInt(QStringLiteral("SELECT count(*) FROM monitoring_contact")) == 1);
}
