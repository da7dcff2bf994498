#include "CaseLoadCases.h"

#include "storage/Store.h"
#include "storage/cases/CaseRepository.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"

#include <catch2/catch.hpp>

namespace reper::test {

const QString kCaseLoadCenter = QStringLiteral("CR-CJ");

namespace {

const QString& kCj = kCaseLoadCenter;

QDate d(int y, int m, int day) { return QDate(y, m, day); }

// A victim of CR-CJ recorded by op_cj (its case worker), its case opened on `opened` and closed on
// `closed` when given.
RecordId addCase(Store& op, const char* code, const QDate& opened, const QDate& closed = {})
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = kCj;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    auto added = VictimRepository(op).add(v, {});
    REQUIRE(added.ok());
    auto c = CaseRepository(op).forVictim(*added);
    REQUIRE(c.ok());
    c->openedOn = opened;
    if (closed.isValid()) {
        c->status = QStringLiteral("closed");
        c->closedOn = closed;
        c->closingReason = QStringLiteral("reintegrated");
    }
    const Status saved = CaseRepository(op).save(*c);
    INFO((saved.ok() ? std::string() : saved.error().message.toStdString()));
    REQUIRE(saved.ok());
    return *added;
}

void addContact(Store& op, RecordId victim, const QDate& date, const QDate& next = {})
{
    MonitoringContact m;
    m.victimId = victim;
    m.center = kCj;
    m.date = date;
    m.kind = QStringLiteral("visit");
    m.nextDate = next;
    REQUIRE(RecordEditor(op).save(m).ok());
}

void addRepatriation(Store& op, RecordId victim, const QDate& arrival)
{
    Repatriation r;
    r.victimId = victim;
    r.center = kCj;
    r.fromCountry = QStringLiteral("IT");
    r.requestDate = arrival.addDays(-30);
    r.arrivalDate = arrival;
    r.status = QStringLiteral("completed");
    REQUIRE(RecordEditor(op).save(r).ok());
}

// CR-CJ's cases (docs/decisions.md C12 for what each figure counts). Today is 2026-01-15.
//   A  opened 2025-09-15, no contact                     open; no contact for 60 days → overdue
//   B  opened 2025-10-01, contacts 10-04, 01-10 (next 02-01)   open; 3 days to the first contact
//   C  opened 2025-10-10, contacts 10-20, 01-12          open, no case worker; 10 days
//   D  opened 2025-11-01, contact 11-08, closed 12-15    closed in the period; 7 days
//   E  opened 2025-12-01, no contact                     open; no contact yet, not overdue till 01-30
//   F  opened 2026-01-05                                 open; after the period
//   G  opened 2025-08-01, closed 2025-09-30              closed before the period
//   H  opened 2025-06-01, arrived 2025-07-10, contacts 10-08, 01-09   follow-up 10-10 met on time
//   I  opened 2025-06-01, arrived 2025-08-20, contact 11-25           follow-up 11-20 met late
//   J  opened 2025-06-01, arrived 2025-09-05, no contact              follow-up 12-05 missed; overdue
} // namespace

void recordCaseLoadCases(SecurityFixture& f)
{
    RecordId c = 0;
    {
        auto op = f.openAs(QStringLiteral("op_cj"));
        addCase(*op, "RV-L00001", d(2025, 9, 15));
        const RecordId b = addCase(*op, "RV-L00002", d(2025, 10, 1));
        addContact(*op, b, d(2025, 10, 4));
        addContact(*op, b, d(2026, 1, 10), d(2026, 2, 1));
        c = addCase(*op, "RV-L00003", d(2025, 10, 10));
        addContact(*op, c, d(2025, 10, 20));
        addContact(*op, c, d(2026, 1, 12));
        const RecordId dd = addCase(*op, "RV-L00004", d(2025, 11, 1), d(2025, 12, 15));
        addContact(*op, dd, d(2025, 11, 8));
        addCase(*op, "RV-L00005", d(2025, 12, 1));
        addCase(*op, "RV-L00006", d(2026, 1, 5));
        addCase(*op, "RV-L00007", d(2025, 8, 1), d(2025, 9, 30));
        const RecordId h = addCase(*op, "RV-L00008", d(2025, 6, 1));
        addRepatriation(*op, h, d(2025, 7, 10));
        addContact(*op, h, d(2025, 10, 8));
        addContact(*op, h, d(2026, 1, 9));
        const RecordId i = addCase(*op, "RV-L00009", d(2025, 6, 1));
        addRepatriation(*op, i, d(2025, 8, 20));
        addContact(*op, i, d(2025, 11, 25));
        const RecordId j = addCase(*op, "RV-L00010", d(2025, 6, 1));
        addRepatriation(*op, j, d(2025, 9, 5));
    }
    // C's case waits for a case worker: the coordinator took it from op_cj.
    auto coord = f.openAs(QStringLiteral("coord_nat"));
    auto cc = CaseRepository(*coord).forVictim(c);
    REQUIRE(cc.ok());
    cc->workerId = 0;
    REQUIRE(CaseRepository(*coord).save(*cc).ok());
}

} // namespace reper::test
