// The retention rule erases the identity of victims whose last record is older than N years and
// leaves every figure as it was.
#include "importer/Importer.h"
#include "report/JsonRenderer.h"
#include "security/PlainPages.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/RetentionService.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

FixedClock& retentionClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return clock;
}

const char* kHeader = "victim_code,center,sex,birth_date,birth_year,citizenship,county,residence_env,education,"
                      "notification_date,identification_date,mnir_status,institution,scope,exploitation,"
                      "primary_exploitation,attempt,exploitation_country,recruitment,recruiter_relation,last_name,"
                      "first_name,cnp,address,phone,notes\n";

void writeFolder(const QString& dir)
{
    QFile v(QDir(dir).filePath(QStringLiteral("victims.csv")));
    REQUIRE(v.open(QIODevice::WriteOnly));
    v.write(kHeader);
    // Old, closed: erased. Old but still assisted: kept. Recent: kept.
    v.write("RV-OLD1,CR-BV,F,,1990,RO,BV,urban,,2019-03-01,,identified,police,internal,sexual,,no,RO,,,Vechiescu,Maria,"
            ",,,\n");
    v.write(
        "RV-OLD2,CR-BV,M,,1985,RO,BV,rural,,2019-04-01,,identified,police,internal,labour,,no,RO,,,Asistatu,Ion,,,,\n");
    v.write("RV-NEW1,CR-BV,F,,2001,RO,CV,urban,,2025-06-01,,identified,ngo,international,sexual,,no,IT,,,Recentescu,"
            "Ana,,,,\n");
    v.close();
    QFile a(QDir(dir).filePath(QStringLiteral("assistance.csv")));
    REQUIRE(a.open(QIODevice::WriteOnly));
    a.write("victim_code,center,service,provider,start_date,end_date\n");
    a.write("RV-OLD1,CR-BV,shelter,anitp,2019-03-02,2019-06-30\n");
    a.write("RV-OLD2,CR-BV,psychological,ngo,2019-04-02,\n");
    a.close();
}

QByteArray bilant(Store& store, int year, const QString& center = {})
{
    auto f = FiguresRepository(store).compute(year, center);
    REQUIRE(f.ok());
    return renderJson(*f);
}

qint64 identities(Store& store) { return *store.db().queryInt(QStringLiteral("SELECT count(*) FROM victim_identity")); }

} // namespace

TEST_CASE("retention erases old identity and leaves every bilanț unchanged", "[security][retention]")
{
    TempStore t;
    QTemporaryDir csv;
    writeFolder(csv.path());
    REQUIRE(Importer(t.store()).run(csv.path(), false).ok());
    t.close();
    auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), retentionClock());
    REQUIRE(opened.ok());
    Store& store = **opened;
    const QByteArray before2019 = bilant(store, 2019);
    const QByteArray before2025 = bilant(store, 2025);
    const QByteArray beforeBv = bilant(store, 2019, QStringLiteral("CR-BV"));
    REQUIRE(identities(store) == 3);

    RetentionService retention(store);
    auto dry = retention.run(std::nullopt, true);
    REQUIRE(dry.ok());
    CHECK(dry->victimCodes == QStringList{QStringLiteral("RV-OLD1")});
    CHECK(dry->cutoff == QDate(2021, 1, 15));
    CHECK(identities(store) == 3); // a dry run erases nothing

    auto done = retention.run(std::nullopt, false);
    REQUIRE(done.ok());
    CHECK(done->victimCodes == QStringList{QStringLiteral("RV-OLD1")});
    CHECK(identities(store) == 2);
    CHECK(*store.db().queryInt(
              QStringLiteral("SELECT count(*) FROM victim_identity i JOIN victim v ON v.id = i.victim_id "
                             "WHERE v.code = 'RV-OLD1'"))
          == 0);
    // Victim codes and statistics stay: every bilanț is the same.
    CHECK(*store.db().queryInt(QStringLiteral("SELECT count(*) FROM victim WHERE code = 'RV-OLD1'")) == 1);
    CHECK(bilant(store, 2019) == before2019);
    CHECK(bilant(store, 2025) == before2025);
    CHECK(bilant(store, 2019, QStringLiteral("CR-BV")) == beforeBv);
    // Each erasure is in the trail, by victim code.
    const auto erased = store.audit().list(AuditFilter::forAction(AuditAction::IdentityErased));
    REQUIRE(erased->size() == 1);
    CHECK(erased->first().recordCode == QStringLiteral("RV-OLD1"));
    CHECK_FALSE(erased->first().detail.contains(QStringLiteral("Vechiescu")));
    CHECK(store.audit().list(AuditFilter::forAction(AuditAction::RetentionRun))->size() == 1);
    // Re-importing the old spreadsheet does not bring the identity back.
    auto again = Importer(store).run(csv.path(), true);
    CHECK_FALSE(again.ok());
    REQUIRE_FALSE(again.problems.isEmpty());
    CHECK(again.problems.first().message.contains(QStringLiteral("erased")));
}

TEST_CASE("retention runs at open when the administrator's schedule is due", "[security][retention]")
{
    retentionClock().set(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    TempStore t;
    QTemporaryDir csv;
    writeFolder(csv.path());
    REQUIRE(Importer(t.store()).run(csv.path(), false).ok());
    REQUIRE(RetentionService(t.store()).setSchedule(30, 5).ok());
    t.close();
    // Never run yet: due at the next open, whoever opens.
    {
        auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), retentionClock());
        REQUIRE(opened.ok());
        CHECK(identities(**opened) == 2);
        CHECK(RetentionService(**opened).settings()->lastRun == QDate(2026, 1, 15));
    }
    // Not due again for 30 days.
    retentionClock().set(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
    {
        auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), retentionClock());
        REQUIRE(opened.ok());
        CHECK((*opened)->audit().list(AuditFilter::forAction(AuditAction::RetentionRun))->size() == 1);
    }
    retentionClock().set(QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC));
    {
        auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), retentionClock());
        REQUIRE(opened.ok());
        CHECK((*opened)->audit().list(AuditFilter::forAction(AuditAction::RetentionRun))->size() == 2);
        CHECK_FALSE(RetentionService(**opened).setSchedule(-1, 5).ok());
    }
}

TEST_CASE("erased identities are gone from the file's free space and its log, not only from the tables",
          "[security][retention][pages]")
{
    TempStore t;
    QTemporaryDir csv;
    writeFolder(csv.path());
    REQUIRE(Importer(t.store()).run(csv.path(), false).ok());
    const MasterKey storeKey = storeKeyFromRecoveryKey(t.path(), t.recoveryKey());
    REQUIRE(storeKey.isValid());
    const QByteArray key = storeKey.bytes();
    t.close();
    auto opened = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), retentionClock());
    REQUIRE(opened.ok());
    Store& store = **opened;
    const auto everything
        = [&] { return decryptedPages(t.path(), key) + decryptedPages(t.path() + QStringLiteral("-wal"), key); };
    // Identity is sealed per centre (security.md §3.2): what someone with the store key finds in the
    // pages is each name's ciphertext, never the name.
    const auto sealedName = [&](const char* code) {
        auto st = store.db().prepare(QStringLiteral(
            "SELECT i.last_name FROM victim_identity i JOIN victim v ON v.id = i.victim_id WHERE v.code = ?"));
        REQUIRE(st.ok());
        st->bind(1, QString::fromLatin1(code));
        REQUIRE(st->next());
        const QByteArray sealed = st->blob(0);
        st->reset();
        REQUIRE(sealed.size() > 40);
        return sealed;
    };
    const QByteArray oldName = sealedName("RV-OLD1");
    const QByteArray newName = sealedName("RV-NEW1");
    // The reading works: the sealed names are there before the run (in the file or in the log).
    const QByteArray before = everything();
    REQUIRE(before.contains("CREATE TABLE victim_identity"));
    REQUIRE(before.contains(oldName));
    REQUIRE(before.contains(newName));
    CHECK_FALSE(before.contains("Vechiescu"));
    CHECK_FALSE(before.contains("Recentescu"));

    auto done = RetentionService(store).run(std::nullopt, false);
    REQUIRE(done.ok());
    REQUIRE(done->victimCodes == QStringList{QStringLiteral("RV-OLD1")});
    // With the store still open (the window keeps it open for hours): nowhere in the file or the log,
    // not even sealed.
    const QByteArray after = everything();
    CHECK(after.contains(newName)); // the kept identity is still there
    CHECK_FALSE(after.contains(oldName));
    CHECK_FALSE(after.contains("Vechiescu"));
    CHECK_FALSE(after.contains("vechiescu"));
    CHECK(*store.db().queryInt(QStringLiteral("PRAGMA freelist_count")) == 0);
}
