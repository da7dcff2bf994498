// The database enforces Reper's roles too (issue 8 §2): connected with raw libpq and their own
// password — as someone with psql would be — each kind of user reads, writes and sees identity
// exactly where AccessPolicy lets them, and nowhere else; the audit trail cannot be changed; users
// are managed only through the administrators' functions.
#include "core/AccessPolicy.h"
#include "server/ServerFixture.h"
#include "support/PgCluster.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QStringList kCenters = {QStringLiteral("CR-BV"), QStringLiteral("CR-CJ")};

// The first column of the first row as a number; -1 when the statement was refused.
qint64 count(PgConnection& db, const QString& sql, const QList<PgParam>& params = {})
{
    auto r = db.query(sql, params);
    return r ? r->int64(0, 0) : -1;
}

// Runs `sql` in a transaction that is rolled back: whether the server allowed it, and the rows it touched.
std::pair<bool, qint64> tryWrite(PgConnection& db, const QString& sql, const QList<PgParam>& params = {})
{
    REQUIRE(db.exec(QStringLiteral("BEGIN")));
    auto r = db.query(sql, params);
    REQUIRE(db.exec(QStringLiteral("ROLLBACK")));
    if (!r)
        return {false, 0};
    return {true, r->affectedRows()};
}

QByteArray verifier(PgConnection& db, const QString& user, const QString& password)
{
    auto v = db.scramVerifier(user, password);
    REQUIRE(v);
    return *v;
}

} // namespace

TEST_CASE("Through raw libpq each user reads, writes and sees identity exactly as AccessPolicy says", "[server][roles]")
{
    ServerFixture server;
    for (const QString& c : kCenters)
        server.addVictim(c.mid(3) + QStringLiteral("-0001"), c);
    for (const char* scope : {"national", "CR-BV", "CR-CJ"})
        REQUIRE(server.owner().query(
            QStringLiteral("INSERT INTO closed_year(year, scope, version, rules_version, closed_by, closed_at, "
                           "figures_json, content_hash) VALUES (2025, $1, 1, '1', $2, 'x', '{}', repeat('0', 64))"),
            {PgConnection::text(QString::fromLatin1(scope)),
             PgConnection::number(server.userId(QStringLiteral("ana")))}));

    for (const StoreUser& u : ServerFixture::users()) {
        const AccessPolicy policy(u);
        auto db = server.connectAs(u.name);
        const QString me = QString::number(server.userId(u.name));
        for (const QString& c : kCenters) {
            INFO(u.name.toStdString() << " (" << u.roles.join(QLatin1Char(',')).toStdString() << " "
                                      << (u.center.isEmpty() ? "national" : u.center.toStdString()) << ") on "
                                      << c.toStdString());
            const PgParam center = PgConnection::number(server.centerId(c));
            // Rows Reper reads on the user's behalf: the records they keep, and the rows their figures
            // are computed from.
            const bool reads = policy.canReadRecords(c) || policy.canSeeFigures(Scope::ofCenter(c));
            for (const char* table : {"victim", "identification", "assistance"})
                CHECK((count(*db,
                             QStringLiteral("SELECT count(*) FROM %1 WHERE center_id = $1").arg(QLatin1String(table)),
                             {center})
                       > 0)
                      == reads);
            CHECK((count(*db,
                         QStringLiteral("SELECT count(*) FROM identification_exploitation f JOIN identification i "
                                        "ON i.id = f.identification_id WHERE i.center_id = $1"),
                         {center})
                   > 0)
                  == reads);
            CHECK((count(*db,
                         QStringLiteral("SELECT count(*) FROM victim_identity d JOIN victim v ON v.id = d.victim_id "
                                        "WHERE v.center_id = $1"),
                         {center})
                   > 0)
                  == policy.canSeeIdentity(c));
            // The identity table alone, without the join: no row of another centre slips through.
            const qint64 identityRows = count(*db, QStringLiteral("SELECT count(*) FROM victim_identity"));
            int expected = 0;
            for (const QString& any : kCenters)
                expected += policy.canSeeIdentity(any) ? 1 : 0;
            CHECK(std::max<qint64>(identityRows, 0) == expected);

            const auto added = tryWrite(*db,
                                        QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, "
                                                       "created_by, created_at, updated_by, updated_at) VALUES "
                                                       "('NEW-1', $1, 'M', 'RO', $2, 'x', $2, 'x')"),
                                        {center, PgConnection::text(me)});
            CHECK(added.first == policy.canWriteRecords(c));
            const auto updated
                = tryWrite(*db, QStringLiteral("UPDATE victim SET education = 'none' WHERE center_id = $1"), {center});
            CHECK((updated.first && updated.second > 0) == policy.canWriteRecords(c));
            const auto removed = tryWrite(*db, QStringLiteral("DELETE FROM assistance WHERE center_id = $1"), {center});
            CHECK((removed.first && removed.second > 0) == policy.canWriteRecords(c));
            const auto renamed = tryWrite(*db,
                                          QStringLiteral("UPDATE victim_identity SET notes = 'n' WHERE victim_id IN "
                                                         "(SELECT id FROM victim WHERE center_id = $1)"),
                                          {center});
            CHECK((renamed.first && renamed.second > 0) == policy.canSeeIdentity(c));
            // Moving a record out of reach is a write to the other centre too.
            if (policy.canWriteRecords(c)) {
                const QString other = c == kCenters[0] ? kCenters[1] : kCenters[0];
                const auto moved
                    = tryWrite(*db, QStringLiteral("UPDATE victim SET center_id = $2 WHERE center_id = $1"),
                               {center, PgConnection::number(server.centerId(other))});
                CHECK(moved.first == policy.canWriteRecords(other));
            }
        }
        for (const QString& scope : {QStringLiteral("national"), kCenters[0], kCenters[1]}) {
            INFO(u.name.toStdString() << " figures of " << scope.toStdString());
            CHECK((count(*db, QStringLiteral("SELECT count(*) FROM closed_year WHERE scope = $1"),
                         {PgConnection::text(scope)})
                   > 0)
                  == policy.canSeeFigures(Scope::fromText(scope)));
            const auto closed = tryWrite(*db,
                                         QStringLiteral("INSERT INTO closed_year(year, scope, version, rules_version, "
                                                        "closed_by, closed_at, figures_json, content_hash) VALUES "
                                                        "(2025, $1, 2, '1', $2, 'x', '{}', repeat('0', 64))"),
                                         {PgConnection::text(scope), PgConnection::text(me)});
            CHECK(closed.first == policy.canCloseYear(Scope::fromText(scope)));
        }
        // Nobody widens their own scope, and nothing frozen changes.
        CHECK_FALSE(tryWrite(*db,
                             QStringLiteral("UPDATE app_user SET center_id = NULL, roles = 'coordinator' "
                                            "WHERE name = session_user"))
                        .first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("UPDATE closed_year SET figures_json = '{}'")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("DELETE FROM closed_year")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("CREATE ROLE sneaky LOGIN")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("SET ROLE reper_owner")).first);
    }
}

TEST_CASE("The audit trail is insert-only for every role, and only administrators read it", "[server][roles][audit]")
{
    ServerFixture server;
    server.appendAuditEntry(QStringLiteral("ana"));
    server.appendAuditEntry(QStringLiteral("op_bv"));
    const qint64 head = server.appendAuditEntry(QStringLiteral("coord_bv"));

    for (const StoreUser& u : ServerFixture::users()) {
        INFO(u.name.toStdString());
        auto db = server.connectAs(u.name);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("UPDATE audit_entry SET action = 'x'")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("DELETE FROM audit_entry")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("TRUNCATE audit_entry")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("UPDATE audit_key SET user_id = user_id")).first);
        CHECK_FALSE(tryWrite(*db, QStringLiteral("DELETE FROM audit_key")).first);
        const bool admin = AccessPolicy(u).canReadAudit();
        // Everyone reads the first entry (the root key) and the head (to chain to it); administrators
        // read all of it.
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_entry")) == (admin ? head : 2));
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE seq = 2")) == (admin ? 1 : 0));
        CHECK(count(*db, QStringLiteral("SELECT max(seq) FROM audit_entry")) == head);

        // An entry as oneself that follows the head is accepted; as someone else, or out of the
        // chain, it is not.
        auto last = db->query(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        REQUIRE(last);
        const QByteArray prev = last->bytes(0, 1);
        const auto entry = [&](const QString& name, qint64 seq, const QByteArray& prevHash) {
            return tryWrite(
                *db,
                QStringLiteral("INSERT INTO audit_entry(seq, at, user_id, user_name, action, key_id, "
                               "prev_hash, hash, signature) VALUES ($1, 'x', $2, $3, 'login', 1, $4, $5, $6)"),
                {PgConnection::number(seq), PgConnection::number(server.userId(u.name)), PgConnection::text(name),
                 PgConnection::bytes(prevHash), PgConnection::bytes(QByteArray(32, 'h')),
                 PgConnection::bytes(QByteArray(64, 's'))});
        };
        CHECK(entry(u.name, head + 1, prev).first);
        CHECK_FALSE(entry(QStringLiteral("someone_else"), head + 1, prev).first);
        CHECK_FALSE(entry(u.name, head + 2, prev).first);
        CHECK_FALSE(entry(u.name, head + 1, QByteArray(32, 'x')).first);
    }

    // Not even the schema's owner changes it.
    CHECK_FALSE(server.owner().exec(QStringLiteral("UPDATE audit_entry SET action = 'x'")));
    (void)server.owner().exec(QStringLiteral("ROLLBACK"));
    CHECK_FALSE(server.owner().exec(QStringLiteral("DELETE FROM audit_entry")));
    (void)server.owner().exec(QStringLiteral("ROLLBACK"));
    CHECK(count(server.owner(), QStringLiteral("SELECT count(*) FROM audit_entry")) == head);
}

TEST_CASE("Users are login roles that only administrators' functions add, lock and unlock", "[server][roles][users]")
{
    ServerFixture server;
    server.addVictim(QStringLiteral("BV-0001"), QStringLiteral("CR-BV"));
    auto ana = server.connectAs(QStringLiteral("ana"));
    auto op = server.connectAs(QStringLiteral("op_bv"));
    const QString temporary = QStringLiteral("temporary-pass-1");
    const QByteArray v1 = verifier(*ana, QStringLiteral("newbie"), temporary);
    const auto addNewbie = [&](PgConnection& db) {
        return db.query(QStringLiteral("SELECT add_user('newbie', 'operator', 'CR-BV', $1, '2026-01-15 12:00:00')"),
                        {PgParam(v1)});
    };

    SECTION("only an administrator may add a user")
    {
        auto refused = addNewbie(*op);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message == QStringLiteral("The server refused: your roles do not allow this."));
        auto notDefinedForThem
            = server.connectAs(QStringLiteral("coord_nat"))->query(QStringLiteral("SELECT set_user_key(1, '{}', 'x')"));
        CHECK_FALSE(notDefinedForThem);
        // Nor through add_user's inner half, which makes the login without the check (schema step 20:
        // before it, every user could call it and make an administrator).
        auto inner = op->query(
            QStringLiteral("SELECT create_login('intruder', 'administrator', NULL, $1, '2026-01-15 12:00:00', 0)"),
            {PgParam(verifier(*op, QStringLiteral("intruder"), temporary))});
        REQUIRE_FALSE(inner);
        CHECK(inner.error().message == QStringLiteral("The server refused: your roles do not allow this."));
        CHECK(count(*ana, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'intruder'")) == 0);
        CHECK(count(*ana, QStringLiteral("SELECT count(*) FROM app_user WHERE name = 'intruder'")) == 0);
    }

    SECTION("an added user has a temporary password and may do nothing until they change it")
    {
        REQUIRE(addNewbie(*ana));
        auto roles
            = ana->query(QStringLiteral("SELECT string_agg(b.rolname, ',' ORDER BY b.rolname) FROM pg_auth_members m "
                                        "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles b ON b.oid = m.roleid "
                                        "WHERE r.rolname = 'newbie'"));
        REQUIRE(roles);
        CHECK(roles->text(0, 0) == QStringLiteral("reper_operator"));
        auto newbie = server.connectAs(QStringLiteral("newbie"), temporary);
        CHECK(count(*newbie, QStringLiteral("SELECT count(*) FROM victim")) == 0);
        CHECK(count(*newbie, QStringLiteral("SELECT count(*) FROM victim_identity")) == 0);
        const QString chosen = QStringLiteral("my-own-passphrase");
        REQUIRE(newbie->query(QStringLiteral("SELECT change_my_password($1)"),
                              {PgParam(verifier(*newbie, QStringLiteral("newbie"), chosen))}));
        CHECK(count(*newbie, QStringLiteral("SELECT count(*) FROM victim")) == 1);
        CHECK(count(*newbie, QStringLiteral("SELECT count(*) FROM victim_identity")) == 1);
        CHECK_FALSE(server.tryConnectAs(QStringLiteral("newbie"), temporary));
        CHECK(server.tryConnectAs(QStringLiteral("newbie"), chosen));
    }

    SECTION("a disabled user can neither connect nor, in a session still open, read anything")
    {
        REQUIRE(addNewbie(*ana));
        REQUIRE(ana->query(QStringLiteral("SELECT disable_user('op_bv', '2026-01-16 08:00:00')")));
        CHECK(count(*op, QStringLiteral("SELECT count(*) FROM victim")) == 0);
        auto again = server.tryConnectAs(QStringLiteral("op_bv"), ServerFixture::password(QStringLiteral("op_bv")));
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("disabled")));
        CHECK_FALSE(ana->query(QStringLiteral("SELECT disable_user('ana', 'x')"))); // not oneself

        const QString fresh = QStringLiteral("back-again-pass");
        REQUIRE(ana->query(QStringLiteral("SELECT enable_user('op_bv', $1)"),
                           {PgParam(verifier(*ana, QStringLiteral("op_bv"), fresh))}));
        auto back = server.connectAs(QStringLiteral("op_bv"), fresh);
        CHECK(count(*back, QStringLiteral("SELECT count(*) FROM victim")) == 0); // temporary password first
        REQUIRE(back->query(QStringLiteral("SELECT change_my_password($1)"),
                            {PgParam(verifier(*back, QStringLiteral("op_bv"), QStringLiteral("chosen-by-me-1")))}));
        CHECK(count(*back, QStringLiteral("SELECT count(*) FROM victim")) == 1);
    }

    SECTION("a reset replaces the password")
    {
        REQUIRE(ana->query(QStringLiteral("SELECT reset_user('op_cj', $1)"),
                           {PgParam(verifier(*ana, QStringLiteral("op_cj"), QStringLiteral("reset-pass-123")))}));
        CHECK_FALSE(server.tryConnectAs(QStringLiteral("op_cj"), ServerFixture::password(QStringLiteral("op_cj"))));
        CHECK(server.tryConnectAs(QStringLiteral("op_cj"), QStringLiteral("reset-pass-123")));
    }

    SECTION("a password in the clear, a reserved name or an unknown role is refused")
    {
        CHECK_FALSE(
            ana->query(QStringLiteral("SELECT add_user('plain', 'operator', 'CR-BV', 'secret-in-clear', 'x')")));
        for (const char* name : {"pg_sneaky", "reper_owner", "reper_x", "op_bv", "reper_super", ""}) {
            INFO(name);
            CHECK_FALSE(ana->query(QStringLiteral("SELECT add_user($1, 'operator', 'CR-BV', $2, 'x')"),
                                   {PgConnection::text(QString::fromLatin1(name)), PgParam(v1)}));
        }
        CHECK_FALSE(ana->query(QStringLiteral("SELECT add_user('x1', 'superuser', 'CR-BV', $1, 'x')"), {PgParam(v1)}));
        CHECK_FALSE(ana->query(QStringLiteral("SELECT add_user('x2', 'operator', 'CR-ZZ', $1, 'x')"), {PgParam(v1)}));
        // A name is a name, quoted, never SQL.
        const QString odd = QStringLiteral("o'brien\"; DROP TABLE victim; --");
        REQUIRE(ana->query(QStringLiteral("SELECT add_user($1, 'operator', 'CR-BV', $2, 'x')"),
                           {PgConnection::text(odd), PgParam(verifier(*ana, odd, temporary))}));
        CHECK(count(server.owner(), QStringLiteral("SELECT count(*) FROM victim")) == 1);
        CHECK(count(server.owner(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"),
                    {PgConnection::text(odd)})
              == 1);
    }
}
