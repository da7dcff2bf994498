// The server's schema (issue 8 §2): the numbered steps in PostgreSQL's dialect, the same tables
// and columns as the local file, the version in a table, the change staging of the audit trail per
// user, and the notifications that keep other windows current.
#include "storage/engine/postgres/PgSchema.h"

#include "core/platform/Platform.h"
#include "server/ServerFixture.h"
#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/engine/postgres/PgChangeFeed.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// table → its columns, in the local file.
QMap<QString, QSet<QString>> localColumns()
{
    TempStore store;
    QMap<QString, QSet<QString>> out;
    auto tables = store->db().prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    REQUIRE(tables);
    QStringList names;
    while (tables->next())
        names << tables->text(0);
    for (const QString& t : names) {
        auto cols = store->db().prepare(QStringLiteral("PRAGMA table_info(%1)").arg(t));
        REQUIRE(cols);
        while (cols->next())
            out[t] << cols->text(1);
    }
    return out;
}

QMap<QString, QSet<QString>> serverColumns(PgConnection& db)
{
    auto cols = db.query(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                        "WHERE table_schema = 'reper'"));
    REQUIRE(cols);
    QMap<QString, QSet<QString>> out;
    for (int r = 0; r < cols->rows(); ++r)
        out[cols->text(r, 0)] << cols->text(r, 1);
    return out;
}

} // namespace

TEST_CASE("The server's schema has the local file's tables and columns", "[server][schema]")
{
    ServerFixture server;
    auto local = localColumns();
    auto remote = serverColumns(server.owner());
    REQUIRE(local.size() > 15);
    for (auto it = local.begin(); it != local.end(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(remote.contains(it.key()));
        for (const QString& column : it.value()) {
            INFO(column.toStdString());
            CHECK(remote[it.key()].contains(column));
        }
    }
    // What only the server has: the version table, the users' keys, who staged a change and the
    // temporary-password flag (the local file keeps those two in its key file).
    for (auto it = remote.begin(); it != remote.end(); ++it) {
        for (const QString& column : it.value()) {
            if (local.value(it.key()).contains(column))
                continue;
            INFO(it.key().toStdString() + "." + column.toStdString());
            const QString qualified = it.key() + QLatin1Char('.') + column;
            CHECK((it.key() == QLatin1String("schema_version") || it.key() == QLatin1String("user_key")
                   || qualified == QLatin1String("audit_change.staged_by")
                   || qualified == QLatin1String("app_user.must_change_password")));
        }
    }
}

TEST_CASE("The server's schema version is the program's, kept in a table, never downgraded", "[server][schema]")
{
    ServerFixture server; // migrated once: Created
    CHECK(PgSchema::latestVersion() == Migrator::latestVersion());
    auto super = PgCluster::instance().connect(server.database());
    auto version = PgSchema::version(*super);
    REQUIRE(version);
    CHECK(*version == Migrator::latestVersion());
    Error error;
    CHECK(PgSchema::migrate(*super, &error) == PgSchema::Outcome::Current);

    // A user reads the version too (a client checks it before it works).
    auto op = server.connectAs(QStringLiteral("op_bv"));
    auto seen = PgSchema::version(*op);
    REQUIRE(seen);
    CHECK(*seen == Migrator::latestVersion());

    REQUIRE(server.owner().exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    CHECK(PgSchema::migrate(*super, &error) == PgSchema::Outcome::NewerThanProgram);
    CHECK(error.message.contains(QStringLiteral("newer version of Reper")));
    auto still = PgSchema::version(*super);
    REQUIRE(still);
    CHECK(*still == 99);

    // An empty database has no version yet.
    const QString empty = PgCluster::instance().freshDatabase();
    auto fresh = PgCluster::instance().connect(empty);
    auto none = PgSchema::version(*fresh);
    REQUIRE(none);
    CHECK(*none == 0);
}

TEST_CASE("The policies' scope functions keep their plans, not their answers, for the session", "[server][schema]")
{
    ServerFixture server;
    // Schema step 17: PL/pgSQL, whose statements' plans a session keeps (docs/benchmarks.md).
    auto languages = server.owner().query(
        QStringLiteral("SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
                       "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'reper' AND p.proname IN "
                       "('my_account', 'my_record_centers', 'my_readable_centers', 'my_identity_centers', 'i_am', "
                       "'my_user_id', 'my_login_id') ORDER BY 1"));
    REQUIRE(languages);
    REQUIRE(languages->rows() == 7);
    for (int r = 0; r < languages->rows(); ++r) {
        INFO(languages->text(r, 0).toStdString());
        CHECK(languages->text(r, 1) == QStringLiteral("plpgsql"));
    }

    server.addVictim(QStringLiteral("BV-0001"), QStringLiteral("CR-BV"));
    server.addVictim(QStringLiteral("CJ-0001"), QStringLiteral("CR-CJ"));
    const QString count = QStringLiteral("SELECT count(*) FROM victim");
    auto op = server.connectAs(QStringLiteral("op_bv"));
    auto coordinator = server.connectAs(QStringLiteral("coord_nat"));
    auto seen = [](PgConnection& db, const QString& sql) {
        auto r = db.query(sql);
        REQUIRE(r);
        return r->int64(0, 0);
    };
    // Asked twice in each session, so the second answer comes from a plan the session kept.
    for (int i = 0; i < 2; ++i) {
        CHECK(seen(*op, count) == 1);
        CHECK(seen(*op, QStringLiteral("SELECT count(*) FROM victim_identity")) == 1);
        CHECK(seen(*coordinator, count) == 2);
        CHECK(seen(*coordinator, QStringLiteral("SELECT count(*) FROM victim_identity")) == 0);
        CHECK(seen(*op, QStringLiteral("SELECT my_user_id()")) == server.userId(QStringLiteral("op_bv")));
    }
    // The rule behind the three scopes is the schema's own: no client calls it.
    CHECK_FALSE(op->query(QStringLiteral("SELECT centers_for(ARRAY['coordinator'], ARRAY['operator'])")));
    // A user disabled while their session is open sees nothing from their next statement on.
    REQUIRE(server.owner().exec(QStringLiteral("UPDATE app_user SET disabled = 1 WHERE name = 'op_bv'")));
    CHECK(seen(*op, count) == 0);
    CHECK(seen(*op, QStringLiteral("SELECT count(*) FROM victim_identity")) == 0);
    CHECK(seen(*coordinator, count) == 2);
    // Enabled again, they see their centre again in the same session.
    REQUIRE(server.owner().exec(QStringLiteral("UPDATE app_user SET disabled = 0 WHERE name = 'op_bv'")));
    CHECK(seen(*op, count) == 1);
}

TEST_CASE("No function of the server's schema is everyone's, nor is one a later step makes", "[server][schema]")
{
    ServerFixture server;
    // Functions PUBLIC may execute: those whose privileges are the default (NULL: PUBLIC's) or
    // name PUBLIC (grantee 0).
    const QString everyones = QStringLiteral(
        "SELECT coalesce(string_agg(p.proname, ',' ORDER BY p.proname), '') FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'reper' AND (p.proacl IS NULL "
        "OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))");
    auto open = server.owner().query(everyones);
    REQUIRE(open);
    CHECK(open->text(0, 0) == QString());
    // The grants by name are still there: every user reaches the policies' functions.
    auto op = server.connectAs(QStringLiteral("op_bv"));
    CHECK(op->query(QStringLiteral("SELECT my_user_id(), my_record_centers(), i_am('operator')")));

    // A function made later by the owner, as a schema step makes it, is the owner's alone.
    REQUIRE(server.owner().exec(QStringLiteral("BEGIN; SET LOCAL ROLE reper_owner; "
                                               "CREATE FUNCTION reper.later_step() RETURNS int LANGUAGE sql "
                                               "AS 'SELECT 1'; COMMIT;")));
    auto later = server.owner().query(everyones);
    REQUIRE(later);
    CHECK(later->text(0, 0) == QString());
    CHECK_FALSE(op->query(QStringLiteral("SELECT later_step()")));
    REQUIRE(server.owner().exec(QStringLiteral("DROP FUNCTION reper.later_step()")));
}

TEST_CASE("Each user stages only their own record changes for the audit trail", "[server][schema][audit]")
{
    ServerFixture server;
    const qint64 victim = server.addVictim(QStringLiteral("BV-0001"), QStringLiteral("CR-BV"));
    auto op = server.connectAs(QStringLiteral("op_bv"));
    auto changed
        = op->query(QStringLiteral("UPDATE victim SET sex = 'M', updated_by = $2, updated_at = "
                                   "'2026-01-16 09:00:00' WHERE id = $1"),
                    {PgConnection::number(victim), PgConnection::number(server.userId(QStringLiteral("op_bv")))});
    REQUIRE(changed);
    CHECK(changed->affectedRows() == 1);
    REQUIRE(op->query(QStringLiteral("UPDATE victim_identity SET last_name = 'Ionescu' WHERE victim_id = $1"),
                      {PgConnection::number(victim)}));

    auto staged = op->query(QStringLiteral("SELECT tbl, record_id, op, field, old_value, new_value, actor "
                                           "FROM audit_change ORDER BY id"));
    REQUIRE(staged);
    REQUIRE(staged->rows() == 2); // the sex (the stamp's columns are not staged), and identity by name
    CHECK(staged->text(0, 0) == QStringLiteral("victim"));
    CHECK(staged->text(0, 1) == QString::number(victim));
    CHECK(staged->text(0, 2) == QStringLiteral("update"));
    CHECK(staged->text(0, 3) == QStringLiteral("sex"));
    CHECK(staged->text(0, 4) == QStringLiteral("F"));
    CHECK(staged->text(0, 5) == QStringLiteral("M"));
    CHECK(staged->int64(0, 6) == server.userId(QStringLiteral("op_bv")));
    int identityRows = 0;
    for (int r = 0; r < staged->rows(); ++r) {
        if (staged->text(r, 0) != QLatin1String("victim_identity"))
            continue;
        ++identityRows;
        CHECK(staged->text(r, 3) == QStringLiteral("last_name"));
        CHECK(staged->isNull(r, 4)); // never the value
        CHECK(staged->isNull(r, 5));
    }
    CHECK(identityRows == 1);

    // Another user neither sees nor takes them.
    auto other = server.connectAs(QStringLiteral("coord_bv"));
    auto theirs = other->query(QStringLiteral("SELECT count(*) FROM audit_change"));
    REQUIRE(theirs);
    CHECK(theirs->int64(0, 0) == 0);
    auto taken = other->query(QStringLiteral("DELETE FROM audit_change"));
    REQUIRE(taken);
    CHECK(taken->affectedRows() == 0);
    auto mine = op->query(QStringLiteral("DELETE FROM audit_change"));
    REQUIRE(mine);
    CHECK(mine->affectedRows() == staged->rows());
}

TEST_CASE("A committed change notifies the other windows with its table and centre", "[server][schema][notify]")
{
    ServerFixture server;
    auto listener = server.connectAs(QStringLiteral("coord_nat"));
    REQUIRE(listener->listen(QStringLiteral("reper_change")));
    auto op = server.connectAs(QStringLiteral("op_bv"));
    const QString by = QString::number(server.userId(QStringLiteral("op_bv")));
    REQUIRE(op->exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 3; ++i)
        REQUIRE(
            op->query(QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, created_by, created_at, "
                                     "updated_by, updated_at) VALUES ($1, $2, 'F', 'RO', $3, 'x', $3, 'x')"),
                      {PgConnection::text(QStringLiteral("BV-10%1").arg(i)),
                       PgConnection::number(server.centerId(QStringLiteral("CR-BV"))), PgConnection::text(by)}));
    QList<PgConnection::Notification> got;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 300)
        got += listener->notifications();
    CHECK(got.isEmpty()); // nothing before the commit
    REQUIRE(op->exec(QStringLiteral("COMMIT")));

    clock.restart();
    while (clock.elapsed() < 1000)
        got += listener->notifications();
    // One per statement, and the server folds the same notice of one transaction into one.
    REQUIRE(got.size() == 1);
    CHECK(got[0].channel == QStringLiteral("reper_change"));
    CHECK(got[0].payload == QStringLiteral("victim CR-BV")); // never a record's content

    // A change to another centre's records names that centre; a rolled back change nothing.
    auto cj = server.connectAs(QStringLiteral("op_cj"));
    REQUIRE(cj->exec(QStringLiteral("BEGIN")));
    REQUIRE(cj->query(QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, created_by, created_at, "
                                     "updated_by, updated_at) VALUES ('CJ-1', $1, 'F', 'RO', $2, 'x', $2, 'x')"),
                      {PgConnection::number(server.centerId(QStringLiteral("CR-CJ"))),
                       PgConnection::number(server.userId(QStringLiteral("op_cj")))}));
    REQUIRE(cj->exec(QStringLiteral("ROLLBACK")));
    const qint64 victim = server.addVictim(QStringLiteral("CJ-2"), QStringLiteral("CR-CJ"));
    REQUIRE(cj->query(QStringLiteral("DELETE FROM victim WHERE id = $1"), {PgConnection::number(victim)}));
    got.clear();
    clock.restart();
    while (clock.elapsed() < 1500)
        got += listener->notifications();
    QStringList payloads;
    for (const auto& n : got)
        payloads << n.payload;
    CHECK(payloads.contains(QStringLiteral("victim CR-CJ")));
    CHECK(payloads.contains(QStringLiteral("identification CR-CJ")));
    // The owner's insert and the delete; the rolled back insert would have been a third.
    CHECK(payloads.count(QStringLiteral("victim CR-CJ")) == 2);
}

TEST_CASE("Each kind of change tells every centre it touched, whoever's rows the trigger reads",
          "[server][schema][notify]")
{
    // The three kinds of notify_change trigger (a centre column, the victim's centre, a bilanț's
    // scope) for each kind of change; schema step 21 wrote each query out instead of EXECUTE.
    ServerFixture server;
    const qint64 bv = server.addVictim(QStringLiteral("BV-1"), QStringLiteral("CR-BV"));
    const qint64 cj = server.addVictim(QStringLiteral("CJ-1"), QStringLiteral("CR-CJ"));
    auto listener = server.connectAs(QStringLiteral("coord_nat"));
    REQUIRE(listener->listen(QStringLiteral("reper_change")));
    PgConnection& owner = server.owner();
    // What one committed statement told: the payloads that arrive within a bound, sorted, joined by " | ".
    const auto told = [&](const QString& sql) {
        REQUIRE(owner.exec(sql));
        QStringList payloads;
        QElapsedTimer clock;
        clock.start();
        qint64 quietFrom = -1;
        while (clock.elapsed() < 2000 && (quietFrom < 0 || clock.elapsed() - quietFrom < 200)) {
            for (const auto& n : listener->notifications())
                payloads << n.payload;
            if (!payloads.isEmpty() && quietFrom < 0)
                quietFrom = clock.elapsed();
        }
        payloads.sort();
        return payloads.join(QStringLiteral(" | "));
    };
    const QString both = QStringLiteral("(%1, %2)").arg(bv).arg(cj);
    CHECK(told(QStringLiteral("UPDATE victim SET updated_at = 'y' WHERE id IN ") + both)
          == QStringLiteral("victim CR-BV,CR-CJ"));
    CHECK(told(QStringLiteral("UPDATE victim_identity SET phone = '0700000000' WHERE victim_id IN ") + both)
          == QStringLiteral("victim_identity CR-BV,CR-CJ"));
    CHECK(told(QStringLiteral("DELETE FROM victim_identity WHERE victim_id = %1").arg(cj))
          == QStringLiteral("victim_identity CR-CJ"));
    CHECK(told(QStringLiteral("INSERT INTO victim_identity(victim_id, last_name) VALUES (%1, 'Pop')").arg(cj))
          == QStringLiteral("victim_identity CR-CJ"));
    const QString closing = QStringLiteral("(2019, '%1', 1, 'r1', %2, '2026-01-01 10:00:00', '{}', repeat('0', 64))");
    const QString by = QString::number(server.userId(QStringLiteral("coord_nat")));
    CHECK(told(QStringLiteral("INSERT INTO closed_year(year, scope, version, rules_version, closed_by, closed_at, "
                              "figures_json, content_hash) VALUES ")
               + closing.arg(QStringLiteral("CR-CJ"), by) + QStringLiteral(", ")
               + closing.arg(QStringLiteral("national"), by))
          == QStringLiteral("closed_year CR-CJ,national"));
    CHECK(told(QStringLiteral("DELETE FROM identification WHERE victim_id IN ") + both)
          == QStringLiteral("identification CR-BV,CR-CJ"));
    // A statement that changes no row tells nothing.
    CHECK(told(QStringLiteral("UPDATE victim SET updated_at = 'z' WHERE id = -1")).isEmpty());
}

TEST_CASE("The change feed leaves out the commits of the session it is told is its own window's", "[server][notify]")
{
    ServerFixture server;
    auto feed = PgChangeFeed::listenOn(server.connectAs(QStringLiteral("coord_nat")));
    REQUIRE(feed);
    auto own = server.connectAs(QStringLiteral("op_bv"));
    auto other = server.connectAs(QStringLiteral("op_cj"));
    REQUIRE(own->backendPid() > 0);
    CHECK(own->backendPid() != other->backendPid());
    (*feed)->ignoreSender(own->backendPid());
    const QString insert
        = QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, created_by, "
                         "created_at, updated_by, updated_at) VALUES ($1, $2, 'F', 'RO', $3, 'x', $3, 'x')");
    // The window's own commit first, then another user's: notices arrive in the order of commits,
    // so once the other one is heard the own one would have been too.
    REQUIRE(own->query(insert,
                       {PgConnection::text(QStringLiteral("BV-OWN")),
                        PgConnection::number(server.centerId(QStringLiteral("CR-BV"))),
                        PgConnection::number(server.userId(QStringLiteral("op_bv")))}));
    REQUIRE(other->query(insert,
                         {PgConnection::text(QStringLiteral("CJ-OTHER")),
                          PgConnection::number(server.centerId(QStringLiteral("CR-CJ"))),
                          PgConnection::number(server.userId(QStringLiteral("op_cj")))}));
    QStringList heard;
    QElapsedTimer clock;
    clock.start();
    while (!heard.contains(QStringLiteral("CR-CJ")) && clock.elapsed() < 5000) {
        if (platform::waitForSocket((*feed)->socket(), false, 1000) <= 0)
            continue;
        for (const PgChangeFeed::Change& c : (*feed)->take())
            heard += c.centers;
    }
    CHECK(heard == QStringList({QStringLiteral("CR-CJ")}));
}

TEST_CASE("The change feed hears other users' commits and says when it is cut off", "[server][notify]")
{
    ServerFixture server;
    server.addVictim(QStringLiteral("CJ-0001"), QStringLiteral("CR-CJ"));
    auto feed = PgChangeFeed::listenOn(server.connectAs(QStringLiteral("coord_nat")));
    REQUIRE(feed);
    auto op = server.connectAs(QStringLiteral("op_bv"));
    auto cj = server.connectAs(QStringLiteral("op_cj"));
    const QString insert
        = QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, created_by, "
                         "created_at, updated_by, updated_at) VALUES ($1, $2, 'F', 'RO', $3, 'x', $3, 'x')");
    REQUIRE(op->query(insert,
                      {PgConnection::text(QStringLiteral("BV-1")),
                       PgConnection::number(server.centerId(QStringLiteral("CR-BV"))),
                       PgConnection::number(server.userId(QStringLiteral("op_bv")))}));
    REQUIRE(cj->query(insert,
                      {PgConnection::text(QStringLiteral("CJ-1")),
                       PgConnection::number(server.centerId(QStringLiteral("CR-CJ"))),
                       PgConnection::number(server.userId(QStringLiteral("op_cj")))}));
    REQUIRE(cj->query(QStringLiteral("UPDATE assistance SET end_date = '2025-12-31'")));

    // Notices of one table within one take() are merged; over several takes the window merges them
    // as it refreshes.
    QMap<QString, QStringList> seen;
    QElapsedTimer clock;
    clock.start();
    while ((seen.value(QStringLiteral("victim")).size() < 2 || !seen.contains(QStringLiteral("assistance")))
           && clock.elapsed() < 5000) {
        if (platform::waitForSocket((*feed)->socket(), false, 1000) <= 0)
            continue;
        for (const PgChangeFeed::Change& c : (*feed)->take()) {
            CHECK(seen.value(c.table).size() + c.centers.size() <= 2);
            seen[c.table] += c.centers;
        }
    }
    QStringList victims = seen.value(QStringLiteral("victim"));
    victims.sort();
    CHECK(victims == QStringList({QStringLiteral("CR-BV"), QStringLiteral("CR-CJ")}));
    CHECK(seen.value(QStringLiteral("assistance")) == QStringList({QStringLiteral("CR-CJ")}));
    CHECK(seen.size() == 2);
    // Two notices of a table heard before the window reads (here: of one commit): one change.
    REQUIRE(op->exec(QStringLiteral("BEGIN; SELECT pg_notify('reper_change', 'training CR-BV'); "
                                    "SELECT pg_notify('reper_change', 'training CR-CJ'); COMMIT")));
    QThread::msleep(300);
    REQUIRE(platform::waitForSocket((*feed)->socket(), false, 5000) == 1);
    const auto both = (*feed)->take();
    REQUIRE(both.size() == 1);
    CHECK(both[0].table == QStringLiteral("training"));
    CHECK(both[0].centers == QStringList({QStringLiteral("CR-BV"), QStringLiteral("CR-CJ")}));
    CHECK((*feed)->isOpen());

    PgCluster::instance().kill();
    // The server's last word and the end of the stream make the socket readable: the feed reads
    // them and says it is closed, so the window can open a new one and refresh everything.
    clock.restart();
    while ((*feed)->isOpen() && clock.elapsed() < 5000) {
        if (platform::waitForSocket((*feed)->socket(), false, 1000) > 0)
            CHECK((*feed)->take().isEmpty());
    }
    CHECK_FALSE((*feed)->isOpen());
    PgCluster::instance().restart();
}
