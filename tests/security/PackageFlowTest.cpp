// package export and import (issue 9 §2–§3): successive packages of a centre make headquarters'
// copy of that centre equal to the centre's, field by field; every refused package (replayed,
// older, altered, truncated, for another headquarters, unsigned, signed by a key never introduced)
// changes nothing in headquarters' store; conflicts stop the import unless a side is preferred; two
// centres' packages in either order give the same national figures.
#include "importer/Importer.h"
#include "report/YearClosing.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/duplicates/VictimMerger.h"
#include "storage/engine/Database.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/package/CentrePackage.h"
#include "storage/package/HqKeys.h"
#include "storage/package/PackageExport.h"
#include "storage/package/PackageImport.h"
#include "storage/services/UserService.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kHqPassword = QStringLiteral("hq-key-password-1");

struct Hq
{
    HqKeyFiles files;
    BoxKeyPair pair;
    Hq()
    {
        auto made = HqKeys::generate(kHqPassword);
        REQUIRE(made);
        files = *made;
        auto opened = HqKeys::openSecret(files.secretFile, kHqPassword);
        REQUIRE(opened);
        pair = *opened;
    }
};

const char* const kTables[] = {"victim",     "campaign",           "funded_project", "identification",
                               "assistance", "repatriation",       "judicial",       "prevention_activity",
                               "protocol",   "action_plan",        "team_meeting",   "training",
                               "event",      "monitoring_contact", "victim_case"};

QStringList columnsOf(Database& db, const QString& table)
{
    auto st = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    REQUIRE(st);
    QStringList out;
    while (st->next())
        out << st->text(1);
    return out;
}

// Every record of `center`, field by field, by UUID: the columns as the store has them, references
// to other records by UUID and to the centre by code; the store's own row ids, versions, import keys
// and users left out.
QMap<QString, QString> recordsOf(Database& db, const QString& center)
{
    QMap<QString, QString> out;
    for (const char* t : kTables) {
        const QString table = QLatin1String(t);
        QStringList parts;
        for (const QString& c : columnsOf(db, table)) {
            if (c == QLatin1String("id") || c == QLatin1String("version") || c == QLatin1String("row_key")
                || c == QLatin1String("created_by") || c == QLatin1String("updated_by")
                || c == QLatin1String("worker_id") || c == QLatin1String("uuid")
                || c == QLatin1String("updated_at")) // headquarters' time of the change (decisions.md P8)
                continue;
            QString value = QStringLiteral("quote(x.%1)").arg(c);
            if (c == QLatin1String("center_id"))
                value = QStringLiteral("(SELECT code FROM center WHERE id = x.center_id)");
            else if (c == QLatin1String("victim_id"))
                value = QStringLiteral("(SELECT uuid FROM victim WHERE id = x.victim_id)");
            else if (c == QLatin1String("campaign_id"))
                value = QStringLiteral("(SELECT uuid FROM campaign WHERE id = x.campaign_id)");
            parts << QStringLiteral("'%1=' || coalesce(%2, 'NULL')").arg(c, value);
        }
        if (table == QLatin1String("identification"))
            parts << QStringLiteral("'forms=' || coalesce((SELECT group_concat(form || ':' || position) FROM "
                                    "(SELECT form, position FROM identification_exploitation WHERE "
                                    "identification_id = x.id ORDER BY form)), '')");
        auto st = db.prepare(QStringLiteral("SELECT x.uuid, %1 FROM %2 x WHERE x.center_id = "
                                            "(SELECT id FROM center WHERE code = ?)")
                                 .arg(parts.join(QLatin1String(" || '|' || ")), table));
        REQUIRE(st);
        st->bind(1, center);
        while (st->next())
            out.insert(st->text(0), table + QLatin1Char('|') + st->text(1));
        REQUIRE_FALSE(st->failed());
    }
    return out;
}

// Every row of every table of the store, as a hash: equal before and after means nothing was written.
QByteArray digestOf(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    REQUIRE(tables);
    QStringList names;
    while (tables->next())
        names << tables->text(0);
    for (const QString& table : names) {
        QStringList cols;
        for (const QString& c : columnsOf(db, table))
            cols << QStringLiteral("quote(%1)").arg(c);
        auto st = db.prepare(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(cols.join(QLatin1String(" || ','|| ")), table));
        REQUIRE(st);
        hash.addData(table.toUtf8());
        while (st->next())
            hash.addData(st->text(0).toUtf8());
    }
    return hash.result();
}

QByteArray exportPackage(Store& store, const QString& center, const Hq& hq)
{
    QByteArray file;
    const auto made = PackageExport(store).run(center, hq.files.key, [&](const QByteArray& bytes) {
        file = bytes;
        return Status{};
    });
    REQUIRE(made);
    return file;
}

PackageImportResult importPackage(Store& store, const QByteArray& file, const Hq& hq,
                                  PackagePreference prefer = PackagePreference::None)
{
    const auto done = PackageImport(store).run(file, hq.pair, prefer);
    if (!done)
        FAIL(done.error().message.toStdString());
    return *done;
}

QString refusal(Store& store, const QByteArray& file, const Hq& hq)
{
    const QByteArray before = digestOf(store.db());
    const auto done = PackageImport(store).run(file, hq.pair);
    REQUIRE_FALSE(done);
    CHECK(digestOf(store.db()) == before);
    return done.error().message;
}

void exec(Store& store, const QString& sql)
{
    const Status s = store.db().exec(sql);
    INFO(sql.toStdString());
    if (!s)
        FAIL(s.error().detail.toStdString());
}

const QString kBv = QStringLiteral("CR-BV");

// RV-P1 and RV-P2: one person recorded twice by CR-BV, each with an assistance; RV-P3 another.
void importPair(Store& store)
{
    QTemporaryDir dir;
    const auto write = [&](const char* name, const QByteArray& text) {
        QFile f(dir.filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("victims.csv",
          "victim_code,center,sex,birth_date,birth_year,citizenship,county,notification_date,"
          "mnir_status,scope,exploitation,exploitation_country\n"
          "RV-P1,CR-BV,F,1991-03-03,,RO,BV,2020-02-10,identified,internal,sexual,RO\n"
          "RV-P2,CR-BV,F,1991-03-03,,RO,BV,2020-06-10,identified,internal,labour,RO\n"
          "RV-P3,CR-BV,M,1985-01-01,,RO,BV,2020-04-01,identified,internal,labour,RO\n");
    write("assistance.csv",
          "victim_code,center,service,provider,start_date,end_date\n"
          "RV-P1,CR-BV,psychological,anitp,2020-02-11,2020-03-11\n"
          "RV-P2,CR-BV,shelter,ngo,2020-06-11,2020-07-11\n"
          "RV-P3,CR-BV,psychological,anitp,2020-04-02,\n");
    const ImportReport report = Importer(store).run(dir.path(), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
}

// The code `absorbed` is merged into at headquarters or the centre; empty when it is in no merge.
QString keptOf(Store& store, const QString& absorbed)
{
    auto merge = VictimMerger(store).mergeOf(absorbed);
    REQUIRE(merge);
    return *merge && (*merge)->absorbedCode == absorbed ? (*merge)->keptCode : QString();
}

// The records (by UUID) that the merge absorbing `absorbed` lists, the deadlines set aside left out.
QStringList mergedRecords(Store& store, const QString& absorbed)
{
    QStringList out;
    for (const char* t : {"identification", "assistance"}) {
        auto st = store.db().prepare(QStringLiteral("SELECT x.uuid FROM victim_merge_record r JOIN victim_merge m ON "
                                                    "m.id = r.merge_id JOIN victim a ON a.id = m.absorbed_id JOIN %1 x "
                                                    "ON x.id = r.record_id WHERE r.tbl = '%1' AND a.code = ?")
                                         .arg(QLatin1String(t)));
        REQUIRE(st);
        st->bind(1, absorbed);
        while (st->next())
            out << st->text(0);
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("three packages of a centre, with edits and deletions between, make headquarters' copy equal each time",
          "[package]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    TempStore headquarters;

    const QByteArray first = exportPackage(centre.store(), kBv, hq);
    const auto one = importPackage(headquarters.store(), first, hq);
    CHECK(one.imported);
    CHECK(one.firstPackage);
    CHECK(one.sequence == 1);
    CHECK_FALSE(one.introduced.isEmpty());
    CHECK(one.introduced.contains(one.signerFingerprint));
    CHECK(one.counts.added > 10);
    CHECK(one.counts.references >= 1); // CR-B's victim that a CR-BV assistance refers to
    const auto records = recordsOf(centre->db(), kBv);
    CHECK(records.size() == one.counts.added);
    CHECK(recordsOf(headquarters->db(), kBv) == records);

    // The centre corrects, deletes and adds; the second package carries all three.
    exec(centre.store(),
         QStringLiteral("UPDATE assistance SET end_date = date(start_date, '+30 days') WHERE end_date IS NULL AND "
                        "center_id = (SELECT id FROM center WHERE code = 'CR-BV')"));
    exec(centre.store(), QStringLiteral("UPDATE victim SET education = 'tertiary' WHERE code = 'RV-T00001'"));
    exec(centre.store(), QStringLiteral("DELETE FROM team_meeting WHERE id = (SELECT min(id) FROM team_meeting)"));
    exec(centre.store(),
         QStringLiteral("INSERT INTO protocol(center_id, signed_date, partner, created_by, created_at, "
                        "updated_by, updated_at) SELECT id, '2021-03-04', 'Partener de test', 1, "
                        "'2026-01-15 12:00:00', 1, '2026-01-15 12:00:00' FROM center "
                        "WHERE code = 'CR-BV'"));
    const auto two = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    CHECK(two.sequence == 2);
    CHECK_FALSE(two.firstPackage);
    CHECK(two.introduced.isEmpty());
    CHECK(two.counts.added == 1);
    CHECK(two.counts.deleted == 1);
    CHECK(two.counts.updated >= 2);
    CHECK(recordsOf(headquarters->db(), kBv) == recordsOf(centre->db(), kBv));

    // A victim deleted with its records, an identification changed: the third package.
    exec(centre.store(),
         QStringLiteral("UPDATE identification SET institution = 'ngo' WHERE center_id = "
                        "(SELECT id FROM center WHERE code = 'CR-BV') AND institution = 'police'"));
    exec(centre.store(), QStringLiteral("DELETE FROM identification_exploitation WHERE form = 'labour'"));
    exec(centre.store(), QStringLiteral("DELETE FROM victim WHERE code = 'RV-T00001'"));
    const auto three = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    CHECK(three.sequence == 3);
    CHECK(three.counts.deleted >= 3);
    CHECK(three.counts.added == 0);
    const auto after = recordsOf(centre->db(), kBv);
    CHECK(after.size() < records.size());
    CHECK(recordsOf(headquarters->db(), kBv) == after);
    CHECK(*headquarters->db().queryInt(QStringLiteral("SELECT count(*) FROM victim WHERE code = 'RV-T00001'")) == 0);

    // Each import is in headquarters' trail with the package's hash.
    const QString hash = QString::fromLatin1(CentrePackage::contentHash(first).toHex());
    CHECK(*headquarters->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'import' AND "
                                                      "record_type = 'package' AND detail LIKE '%%1%'")
                                           .arg(hash))
          == 1);
    CHECK(*headquarters->db().queryInt(QStringLiteral("SELECT count(*) FROM package_received")) == 3);
}

TEST_CASE("a refused package changes nothing at headquarters", "[package][security]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    TempStore headquarters;
    const QByteArray first = exportPackage(centre.store(), kBv, hq);
    const QByteArray second = exportPackage(centre.store(), kBv, hq);

    SECTION("older than the last one imported, and a replay")
    {
        importPackage(headquarters.store(), second, hq);
        CHECK(refusal(headquarters.store(), first, hq).contains(QStringLiteral("not newer than number 2")));
        CHECK(refusal(headquarters.store(), second, hq).contains(QStringLiteral("already imported")));
    }
    SECTION("one byte flipped, truncated")
    {
        QByteArray flipped = first;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        CHECK(refusal(headquarters.store(), flipped, hq).contains(QStringLiteral("altered")));
        CHECK(refusal(headquarters.store(), first.left(first.size() - 100), hq).contains(QStringLiteral("truncated")));
    }
    SECTION("made for another headquarters")
    {
        Hq other;
        const QByteArray elsewhere = exportPackage(centre.store(), kBv, other);
        CHECK(refusal(headquarters.store(), elsewhere, hq).contains(QStringLiteral("another headquarters")));
    }
    SECTION("unsigned")
    {
        const qsizetype line2 = first.indexOf('\n', first.indexOf('\n') + 1);
        const QByteArray headerLine = first.mid(first.indexOf('\n') + 1, line2 - first.indexOf('\n') - 1);
        QJsonObject body = QJsonDocument::fromJson(headerLine).object();
        body.insert(QStringLiteral("records"), QJsonArray());
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray unsignedFile = first.left(line2 + 1)
            + BoxKeyPair::seal(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()),
                               hq.pair.publicKey);
        CHECK(refusal(headquarters.store(), unsignedFile, hq).contains(QStringLiteral("not signed")));
    }
    SECTION("signed by a key the centre never introduced")
    {
        importPackage(headquarters.store(), first, hq);
        const auto opened = CentrePackage::open(second, hq.pair);
        REQUIRE(opened);
        const AuditSigner stranger = AuditSigner::generate();
        PackageHeader header = opened->header;
        header.sequence = 3;
        QJsonObject payload = opened->payload;
        payload.insert(QStringLiteral("signing_keys"),
                       QJsonArray{QString::fromLatin1(stranger.publicKey().toBase64())});
        const auto forged = CentrePackage::seal(header, payload, stranger, hq.pair.publicKey);
        REQUIRE(forged);
        CHECK(refusal(headquarters.store(), *forged, hq).contains(QStringLiteral("has not introduced")));
    }
}

TEST_CASE("a record headquarters changed since the last package is a conflict", "[package]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    TempStore headquarters;
    importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);

    const QString edit = QStringLiteral("UPDATE event SET title = '%1' WHERE center_id = "
                                        "(SELECT id FROM center WHERE code = 'CR-BV')");
    exec(headquarters.store(), edit.arg(QStringLiteral("Titlu la sediu")));
    exec(centre.store(), edit.arg(QStringLiteral("Titlu la centru")));
    const QByteArray next = exportPackage(centre.store(), kBv, hq);
    const QString title = QStringLiteral("SELECT title FROM event WHERE center_id = (SELECT id FROM center WHERE "
                                         "code = 'CR-BV')");

    const QByteArray before = digestOf(headquarters->db());
    const auto stopped = importPackage(headquarters.store(), next, hq);
    CHECK_FALSE(stopped.imported);
    REQUIRE(stopped.conflicts.size() == 1);
    CHECK(stopped.conflicts.first().kind == QLatin1String("event"));
    CHECK(digestOf(headquarters->db()) == before);

    SECTION("the centre's side")
    {
        const auto done = importPackage(headquarters.store(), next, hq, PackagePreference::Centre);
        CHECK(done.imported);
        CHECK(*headquarters->db().queryText(title) == QLatin1String("Titlu la centru"));
        CHECK(recordsOf(headquarters->db(), kBv) == recordsOf(centre->db(), kBv));
    }
    SECTION("headquarters' side, and the next package does not ask again")
    {
        const auto done = importPackage(headquarters.store(), next, hq, PackagePreference::Headquarters);
        CHECK(done.imported);
        CHECK(done.counts.keptHeadquarters == 1);
        CHECK(*headquarters->db().queryText(title) == QLatin1String("Titlu la sediu"));
        const auto later = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
        CHECK(later.imported);
        CHECK(later.conflicts.isEmpty());
        CHECK(*headquarters->db().queryText(title) == QLatin1String("Titlu la sediu"));
    }
}

TEST_CASE("two centres' packages in either order give the same national figures", "[package]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    const QByteArray bv = exportPackage(centre.store(), kBv, hq);
    const QByteArray b = exportPackage(centre.store(), QStringLiteral("CR-B"), hq);

    TempStore one;
    importPackage(one.store(), bv, hq);
    importPackage(one.store(), b, hq);
    TempStore two;
    importPackage(two.store(), b, hq);
    importPackage(two.store(), bv, hq);

    for (const QString& scope : {QString(), kBv, QStringLiteral("CR-B")}) {
        INFO(scope.toStdString());
        const auto a = FiguresRepository(one.store()).compute(2020, scope);
        const auto c = FiguresRepository(two.store()).compute(2020, scope);
        REQUIRE(a);
        REQUIRE(c);
        CHECK(figuresByKey(*a) == figuresByKey(*c));
        CHECK(recordsOf(one->db(), scope.isEmpty() ? kBv : scope)
              == recordsOf(two->db(), scope.isEmpty() ? kBv : scope));
        if (!scope.isEmpty()) {
            const auto source = FiguresRepository(centre.store()).compute(2020, scope);
            REQUIRE(source);
            CHECK(figuresByKey(*a) == figuresByKey(*source));
        }
    }
    const auto national = FiguresRepository(one.store()).compute(2020);
    REQUIRE(national);
    CHECK(national->victimsIdentified > 0);
}

TEST_CASE("a package that changes a closed year's records lands, and the closed figures stay frozen", "[package]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    TempStore headquarters;
    importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);

    const ClockAt closing(QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    const auto check = checkYearClosing(headquarters.store(), 2020, QString(), false, false);
    REQUIRE(check);
    const auto closed = closeYear(headquarters.store(), *check, true);
    REQUIRE(closed);
    const auto frozen = FiguresRepository(headquarters.store()).compute(2020);
    REQUIRE(frozen);

    exec(centre.store(),
         QStringLiteral("UPDATE prevention_activity SET participants = participants + 100 WHERE "
                        "center_id = (SELECT id FROM center WHERE code = 'CR-BV') AND date LIKE "
                        "'2020-%'"));
    exec(centre.store(),
         QStringLiteral("DELETE FROM team_meeting WHERE date LIKE '2020-%' AND center_id = "
                        "(SELECT id FROM center WHERE code = 'CR-BV')"));
    const ClockAt later(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    const auto done = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    CHECK(done.imported);
    CHECK(recordsOf(headquarters->db(), kBv) == recordsOf(centre->db(), kBv));

    // The records are the truth; the closing is what it was.
    ClosedYearRepository years(headquarters.store());
    const auto latest = years.latest(2020, Scope::national());
    REQUIRE(latest);
    REQUIRE(latest->has_value());
    CHECK((*latest)->version == closed->version);
    CHECK((*latest)->figuresJson == closed->figuresJson);
    const auto now = FiguresRepository(headquarters.store()).compute(2020);
    REQUIRE(now);
    CHECK(now->teamMeetings == frozen->teamMeetings - 2);
    CHECK(now->personsReached == frozen->personsReached + 200);
    // The revised edition's list of late changes has the activities the package changed.
    const auto changed = years.changedSince(2020, Scope::national(), closed->closedAt);
    REQUIRE(changed);
    CHECK(changed->size() == 2);
}

TEST_CASE("a new signing key comes in a package signed by a key introduced before", "[package][security]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    TempStore headquarters;
    importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    const auto opened = CentrePackage::open(exportPackage(centre.store(), kBv, hq), hq.pair);
    REQUIRE(opened);

    // The centre's introduced key vouches for a new one by listing it in a package it signs.
    const AuditSigner newcomer = AuditSigner::generate();
    QJsonObject payload = opened->payload;
    QJsonArray keys = payload.value(QStringLiteral("signing_keys")).toArray();
    keys.append(QString::fromLatin1(newcomer.publicKey().toBase64()));
    payload.insert(QStringLiteral("signing_keys"), keys);
    const auto vouched = CentrePackage::seal(opened->header, payload, centre->audit().signer(), hq.pair.publicKey);
    REQUIRE(vouched);
    const auto two = importPackage(headquarters.store(), *vouched, hq);
    CHECK(two.imported);
    CHECK(two.introduced == QStringList{PackageImport::fingerprintOf(newcomer.publicKey())});

    // The new key's own package is accepted; one by a key nobody vouched for is not.
    PackageHeader header = opened->header;
    header.sequence = 3;
    const auto third = CentrePackage::seal(header, opened->payload, newcomer, hq.pair.publicKey);
    REQUIRE(third);
    CHECK(importPackage(headquarters.store(), *third, hq).imported);
    header.sequence = 4;
    const auto stranger = CentrePackage::seal(header, opened->payload, AuditSigner::generate(), hq.pair.publicKey);
    REQUIRE(stranger);
    CHECK(refusal(headquarters.store(), *stranger, hq).contains(QStringLiteral("has not introduced")));
    CHECK(*headquarters->db().queryInt(QStringLiteral("SELECT count(*) FROM package_signer")) == 2);
}

TEST_CASE("a centre's merges travel in its packages, and a merge made at headquarters stays", "[package][merge]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    importPair(centre.store());
    TempStore headquarters;
    const auto first = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    CHECK(first.merges.added == 0);

    // The centre joins RV-P2 into RV-P1: the records move (as records) and the merge comes with them.
    REQUIRE(VictimMerger(centre.store()).merge(QStringLiteral("RV-P1"), QStringLiteral("RV-P2")));
    QByteArray file;
    const auto made = PackageExport(centre.store()).run(kBv, hq.files.key, [&](const QByteArray& bytes) {
        file = bytes;
        return Status{};
    });
    REQUIRE(made);
    CHECK(made->merges == 1);
    const auto two = importPackage(headquarters.store(), file, hq);
    CHECK(two.merges.added == 1);
    CHECK(two.merges.removed == 0);
    CHECK(keptOf(headquarters.store(), QStringLiteral("RV-P2")) == QStringLiteral("RV-P1"));
    const QStringList moved = mergedRecords(centre.store(), QStringLiteral("RV-P2"));
    CHECK(moved.size() == 2); // its identification and its assistance
    CHECK(mergedRecords(headquarters.store(), QStringLiteral("RV-P2")) == moved);
    CHECK(recordsOf(headquarters->db(), kBv) == recordsOf(centre->db(), kBv));
    CHECK(*headquarters->db().queryInt(QStringLiteral("SELECT from_package FROM victim_merge")) == 1);
    // A later package with the same merge changes nothing.
    const auto three = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    CHECK(three.merges.added == 0);
    CHECK(three.merges.removed == 0);
    CHECK(keptOf(headquarters.store(), QStringLiteral("RV-P2")) == QStringLiteral("RV-P1"));

    // The centre undoes it: the records go back, and so does headquarters' merge.
    REQUIRE(VictimMerger(centre.store()).unmerge(QStringLiteral("RV-P2")));
    const auto four = importPackage(headquarters.store(), exportPackage(centre.store(), kBv, hq), hq);
    CHECK(four.merges.removed == 1);
    CHECK(keptOf(headquarters.store(), QStringLiteral("RV-P2")).isEmpty());
    CHECK(mergedRecords(headquarters.store(), QStringLiteral("RV-P2")).isEmpty());
    CHECK(recordsOf(headquarters->db(), kBv) == recordsOf(centre->db(), kBv));
    CHECK(*headquarters->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_merge")) == 0);

    // Headquarters joins RV-P3 into RV-T00001 itself: the centre's next package does not know of it.
    REQUIRE(VictimMerger(headquarters.store()).merge(QStringLiteral("RV-T00001"), QStringLiteral("RV-P3")));
    const QByteArray next = exportPackage(centre.store(), kBv, hq);
    const auto stopped = importPackage(headquarters.store(), next, hq);
    CHECK_FALSE(stopped.imported); // the records the merge moved are headquarters' changes
    CHECK_FALSE(stopped.conflicts.isEmpty());
    SECTION("headquarters' side: its merge stays")
    {
        const auto done = importPackage(headquarters.store(), next, hq, PackagePreference::Headquarters);
        CHECK(done.imported);
        CHECK(done.merges.removed == 0);
        CHECK(keptOf(headquarters.store(), QStringLiteral("RV-P3")) == QStringLiteral("RV-T00001"));
        CHECK(mergedRecords(headquarters.store(), QStringLiteral("RV-P3")).size() == 2);
    }
    SECTION("the centre's side: the records go back to RV-P3, and headquarters' merge no longer holds")
    {
        const auto done = importPackage(headquarters.store(), next, hq, PackagePreference::Centre);
        CHECK(done.imported);
        CHECK(done.merges.removed == 1);
        CHECK(keptOf(headquarters.store(), QStringLiteral("RV-P3")).isEmpty());
        CHECK(recordsOf(headquarters->db(), kBv) == recordsOf(centre->db(), kBv));
    }
}

TEST_CASE("a package that carries merges is taken only by who may merge the centre's victims", "[package][merge]")
{
    Hq hq;
    TempStore centre;
    REQUIRE(Importer(centre.store()).run(dataPath(QStringLiteral("small")), false).ok());
    importPair(centre.store());
    REQUIRE(VictimMerger(centre.store()).merge(QStringLiteral("RV-P1"), QStringLiteral("RV-P2")));
    const QByteArray file = exportPackage(centre.store(), kBv, hq);

    TempStore headquarters;
    const QString temporary = QStringLiteral("temporary-password-1");
    const QString own = QStringLiteral("operator-password-123");
    REQUIRE(
        UserService(headquarters.store()).add(QStringLiteral("op_bv"), {QStringLiteral("operator")}, kBv, temporary));
    headquarters.close();
    {
        auto first = Store::open(headquarters.path(), QStringLiteral("op_bv"), temporary, fixedClock());
        REQUIRE(first);
        REQUIRE(UserService(**first).changeOwnPassword(own));
    }
    auto op = Store::open(headquarters.path(), QStringLiteral("op_bv"), own, fixedClock());
    REQUIRE(op);
    const QString why = refusal(**op, file, hq);
    CHECK(why.contains(QStringLiteral("merges of two victim codes")));
    CHECK(why.contains(QStringLiteral("coordinator of CR-BV")));
    CHECK(*(*op)->db().queryInt(QStringLiteral("SELECT count(*) FROM victim WHERE code = 'RV-P1'")) == 0);
}
