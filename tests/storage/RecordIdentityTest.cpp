// Stable record identities (schema step 7): a UUID per record, made with it and kept through edits
// and backups, a version counted on each change, a tombstone for each deletion; a store at step 6
// gets UUIDs for the rows it has. The audit trail's staging triggers go on staging edits alone.
#include "importer/Importer.h"
#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/services/BackupService.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const char* const kRecordTables[] = {
    "victim",   "identification", "assistance",   "repatriation", "judicial", "campaign",       "prevention_activity",
    "protocol", "action_plan",    "team_meeting", "training",     "event",    "funded_project", "monitoring_contact"};

bool isUuid4(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

// Every UUID of `table`; fails the test on a missing or malformed one.
QStringList uuidsOf(Database& db, const char* table)
{
    auto st = db.prepare(QStringLiteral("SELECT uuid FROM %1 ORDER BY id").arg(QLatin1String(table)));
    REQUIRE(st);
    QStringList out;
    while (st->next()) {
        INFO(table << " " << st->text(0).toStdString());
        CHECK(isUuid4(st->text(0)));
        out << st->text(0);
    }
    return out;
}

} // namespace

TEST_CASE("every record is made with a UUID and version 1, an edit keeps the UUID and counts the version",
          "[storage][identity]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    QSet<QString> all;
    int records = 0;
    for (const char* table : kRecordTables) {
        const QStringList uuids = uuidsOf(t->db(), table);
        records += int(uuids.size());
        for (const QString& u : uuids)
            all.insert(u);
        CHECK(*t->db().queryInt(QStringLiteral("SELECT count(*) FROM %1 WHERE version <> 1").arg(QLatin1String(table)))
              == 0);
    }
    CHECK(records > 10);
    // Each victim's case (made by the store with the victim) has its own UUID too.
    const QStringList caseUuids = uuidsOf(t->db(), "victim_case");
    CHECK(caseUuids.size() == uuidsOf(t->db(), "victim").size());
    for (const QString& u : caseUuids)
        CHECK(!all.contains(u));
    CHECK(all.size() == records); // unique across every table
    // Importing the same files again adds nothing and keeps every UUID.
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    QSet<QString> again;
    for (const char* table : kRecordTables)
        for (const QString& u : uuidsOf(t->db(), table))
            again.insert(u);
    CHECK(again == all);

    Database& db = t->db();
    const QString before = *db.queryText(QStringLiteral("SELECT uuid FROM protocol ORDER BY id LIMIT 1"));
    REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_change")));
    REQUIRE(db.exec(QStringLiteral("UPDATE protocol SET partner = 'Partener nou' WHERE uuid = '%1'").arg(before)));
    CHECK(*db.queryInt(QStringLiteral("SELECT version FROM protocol WHERE uuid = '%1'").arg(before)) == 2);
    REQUIRE(db.exec(QStringLiteral("UPDATE protocol SET partner = 'Alt partener' WHERE uuid = '%1'").arg(before)));
    CHECK(*db.queryInt(QStringLiteral("SELECT version FROM protocol WHERE uuid = '%1'").arg(before)) == 3);
    // The trail stages the two edits of the partner, nothing about the UUID or the version.
    CHECK(*db.queryInt(QStringLiteral("SELECT count(*) FROM audit_change WHERE tbl = 'protocol'")) == 2);
    CHECK(*db.queryInt(QStringLiteral("SELECT count(*) FROM audit_change WHERE field IN ('uuid', 'version')")) == 0);

    // A UUID given with the record (a centre's package) is kept as it is.
    const QString given = QStringLiteral("0f0e0d0c-0b0a-4908-8706-050403020100");
    REQUIRE(db.exec(QStringLiteral("INSERT INTO protocol(center_id, signed_date, partner, uuid, version, created_by, "
                                   "created_at, updated_by, updated_at) SELECT center_id, signed_date, 'Dat', '%1', 4, "
                                   "created_by, created_at, updated_by, updated_at FROM protocol LIMIT 1")
                        .arg(given)));
    CHECK(*db.queryInt(QStringLiteral("SELECT version FROM protocol WHERE uuid = '%1'").arg(given)) == 4);

    // A deletion leaves its tombstone: the UUID, the kind and the centre; a victim's records with it.
    const QString victim = *db.queryText(QStringLiteral("SELECT uuid FROM victim WHERE code = 'RV-T00001'"));
    const qint64 cases = *db.queryInt(QStringLiteral(
        "SELECT (SELECT count(*) FROM identification i JOIN victim v ON v.id = i.victim_id WHERE v.code = 'RV-T00001') "
        "+ (SELECT count(*) FROM assistance a JOIN victim v ON v.id = a.victim_id WHERE v.code = 'RV-T00001')"));
    REQUIRE(db.exec(QStringLiteral("DELETE FROM victim WHERE code = 'RV-T00001'")));
    CHECK(*db.queryText(QStringLiteral("SELECT kind || ' ' || c.code FROM record_deletion d JOIN center c ON "
                                       "c.id = d.center_id WHERE uuid = '%1'")
                            .arg(victim))
          == QStringLiteral("victim CR-BV"));
    CHECK(*db.queryInt(QStringLiteral("SELECT count(*) FROM record_deletion WHERE kind <> 'victim'")) >= cases);
    CHECK(cases >= 2);
}

TEST_CASE("a backup keeps every record's UUID and version", "[storage][identity][backup]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    REQUIRE(t->db().exec(QStringLiteral("UPDATE event SET title = title || ' (2)'")));
    const QString copy = t.dir() + QStringLiteral("/copy.reper");
    REQUIRE(BackupService::backup(t.store(), copy).ok());
    auto opened = Store::open(copy, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(opened.ok());
    for (const char* table : kRecordTables) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT group_concat(uuid || ':' || version, ',') FROM (SELECT uuid, "
                                           "version FROM %1 ORDER BY id)")
                                .arg(QLatin1String(table));
        CHECK(*(*opened)->db().queryText(sql) == *t->db().queryText(sql));
    }
    CHECK(*(*opened)->db().queryInt(QStringLiteral("SELECT min(version) FROM event")) == 2);
}

TEST_CASE("a store at schema step 6 gets a UUID for every row it has", "[storage][identity][upgrade]")
{
    QTemporaryDir dir;
    const QByteArray key(32, char(0x5a)); // any raw key: this file is a test's own
    auto db = Database::open(dir.filePath(QStringLiteral("six.reper")), key, true);
    REQUIRE(db);
    for (const char* step : {":/sql/001_initial.sql", ":/sql/002_closed_years.sql", ":/sql/003_security.sql",
                             ":/sql/004_window.sql", ":/sql/005_population.sql", ":/sql/006_sealed_identity.sql"}) {
        QFile f(QString::fromLatin1(step));
        REQUIRE(f.open(QIODevice::ReadOnly));
        REQUIRE((*db)->exec(QString::fromUtf8(f.readAll())));
    }
    REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 6")));
    const QString stamp = QStringLiteral("1, '2026-01-01 00:00:00', 1, '2026-01-01 00:00:00'");
    REQUIRE((*db)->exec(
        QStringLiteral(
            "INSERT INTO center(id, code, seat) VALUES (1, 'CR-BV', 'Brasov'), (2, 'CR-CJ', 'Cluj');"
            "INSERT INTO country(code, name_ro, name_en) VALUES ('RO', 'Romania', 'Romania');"
            "INSERT INTO app_user(id, name, roles, created_at) VALUES (1, 'admin', 'administrator', '2026-01-01');"
            "INSERT INTO victim(code, center_id, sex, citizenship, created_by, created_at, updated_by, updated_at) "
            "VALUES ('RV-1', 1, 'F', 'RO', %1), ('RV-2', 2, 'M', 'RO', %1);"
            "INSERT INTO identification(victim_id, center_id, notification_date, mnir_status, scope, "
            "primary_exploitation, created_by, created_at, updated_by, updated_at) "
            "VALUES (1, 1, '2020-03-01', 'identified', 'internal', 'sexual', %1);"
            "INSERT INTO protocol(center_id, signed_date, partner, created_by, created_at, updated_by, updated_at) "
            "VALUES (1, '2020-01-01', 'A', %1), (2, '2020-01-02', 'B', %1), (2, '2020-01-03', 'C', %1);")
            .arg(stamp)));
    Error error;
    REQUIRE(Migrator::migrate(**db, &error) == Migrator::Outcome::Upgraded);
    CHECK((*db)->userVersion() == Migrator::latestVersion());
    QSet<QString> all;
    for (const char* table : {"victim", "identification", "protocol", "victim_case"})
        for (const QString& u : uuidsOf(**db, table))
            all.insert(u);
    CHECK(all.size() == 8); // the two victims' cases (step 8) have theirs too
    CHECK(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM protocol WHERE version = 1")) == 3);
    CHECK(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM record_deletion")) == 0);
}
