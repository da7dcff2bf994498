// Adding, disabling, enabling again and resetting users; changing one's own password; the password rule.
#include "storage/services/UserService.h"

#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/keys/KeyFile.h"
#include "storage/repositories/ReferenceRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("a password has at least 12 characters", "[security][users]")
{
    CHECK(UserService::passwordProblem(QStringLiteral("short-pw1")).has_value());
    CHECK(UserService::passwordProblem(QStringLiteral("elevenchars")).has_value());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("twelve-chars")).has_value());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("cal verde sub nor")).has_value()); // a passphrase
    CHECK(UserService::passwordProblem(QStringLiteral("aaaaaaaaaaaaaa")).has_value());
    CHECK(UserService::passwordProblem(QStringLiteral("maria.popescu"), QStringLiteral("maria.popescu")).has_value());
    // The passwords the tests and scripts use still pass.
    for (const char* pw : {"test-password-123", "cli-test-password-1", "sample-check-pass-1"})
        CHECK_FALSE(UserService::passwordProblem(QString::fromLatin1(pw)).has_value());
}

TEST_CASE("users are added, reset, disabled, never deleted", "[security][users]")
{
    TempStore t;
    UserService users(t.store());
    CHECK_FALSE(
        users.add(QStringLiteral("op"), {QStringLiteral("operator")}, {}, QStringLiteral("temporary-password-1")).ok());
    CHECK_FALSE(users
                    .add(QStringLiteral("op"), {QStringLiteral("wizard")}, QStringLiteral("CR-BV"),
                         QStringLiteral("temporary-password-1"))
                    .ok());
    CHECK_FALSE(
        users.add(QStringLiteral("op"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"), QStringLiteral("short"))
            .ok());
    REQUIRE(users
                .add(QStringLiteral("op"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                     QStringLiteral("temporary-password-1"))
                .ok());
    CHECK_FALSE(
        users.add(QStringLiteral("op"), {QStringLiteral("analyst")}, {}, QStringLiteral("temporary-password-1")).ok());
    auto listed = users.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(1).user.name == QStringLiteral("op"));
    CHECK(listed->at(1).mustChangePassword);
    t.close();

    // The new user changes the temporary password, which then no longer opens the store.
    {
        auto op = Store::open(t.path(), QStringLiteral("op"), QStringLiteral("temporary-password-1"), fixedClock());
        REQUIRE(op.ok());
        CHECK_FALSE(UserService(**op).list().ok()); // not an administrator
        REQUIRE(UserService(**op).changeOwnPassword(QStringLiteral("operator-own-pw-1")).ok());
    }
    CHECK_FALSE(Store::open(t.path(), QStringLiteral("op"), QStringLiteral("temporary-password-1"), fixedClock()).ok());
    REQUIRE(Store::open(t.path(), QStringLiteral("op"), QStringLiteral("operator-own-pw-1"), fixedClock()).ok());

    // A reset: a new slot with a temporary password and a new signing key.
    auto admin = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(admin.ok());
    const QByteArray keyBefore = KeyFile::load(KeyFile::pathFor(t.path()))->slotFor(QStringLiteral("op"))->signPublic;
    REQUIRE(UserService(**admin).resetPassword(QStringLiteral("op"), QStringLiteral("another-temporary-1")).ok());
    const QByteArray keyAfter = KeyFile::load(KeyFile::pathFor(t.path()))->slotFor(QStringLiteral("op"))->signPublic;
    CHECK(keyBefore != keyAfter);
    CHECK_FALSE(UserService(**admin).disable(QStringLiteral("admin")).ok()); // not oneself, not the last one
    REQUIRE(UserService(**admin).disable(QStringLiteral("op")).ok());
    CHECK(KeyFile::load(KeyFile::pathFor(t.path()))->slotFor(QStringLiteral("op")) == nullptr);
    auto all = UserService(**admin).list();
    REQUIRE(all->size() == 2); // still there, disabled
    CHECK(all->at(1).user.disabled);
    // The temporary password tried after the change failed: recorded at the next open.
    const QStringList expected = {AuditAction::UserAdded,   AuditAction::KeyRegistered, AuditAction::PasswordChanged,
                                  AuditAction::LoginFailed, AuditAction::PasswordReset, AuditAction::KeyRegistered,
                                  AuditAction::UserDisabled};
    QStringList seen;
    const auto about = (*admin)->audit().list(AuditFilter::forUser(QStringLiteral("op")));
    REQUIRE(about.ok());
    for (const AuditEntry& e : *about)
        if (e.action != AuditAction::Login)
            seen << e.action;
    INFO(seen.join(QLatin1Char(' ')).toStdString());
    CHECK(seen == expected);
    CHECK(AuditVerifier(**admin).verify().ok);
    (*admin).reset();
    CHECK_FALSE(Store::open(t.path(), QStringLiteral("op"), QStringLiteral("another-temporary-1"), fixedClock()).ok());
}

TEST_CASE("a disabled user is enabled again with a temporary password and a new key", "[security][users]")
{
    TempStore t;
    UserService users(t.store());
    REQUIRE(users
                .add(QStringLiteral("op"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                     QStringLiteral("temporary-password-1"))
                .ok());
    CHECK_FALSE(users.enable(QStringLiteral("op"), QStringLiteral("back-again-password")).ok()); // not disabled
    REQUIRE(users.disable(QStringLiteral("op")).ok());
    CHECK_FALSE(users.enable(QStringLiteral("op"), QStringLiteral("short")).ok());
    CHECK_FALSE(users.enable(QStringLiteral("nobody"), QStringLiteral("back-again-password")).ok());
    auto listed = users.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->at(1).user.disabled); // a refused enabling changed nothing
    REQUIRE(users.enable(QStringLiteral("op"), QStringLiteral("back-again-password")).ok());
    listed = users.list();
    REQUIRE(listed.ok());
    CHECK_FALSE(listed->at(1).user.disabled);
    CHECK(listed->at(1).user.disabledAt.isEmpty());
    CHECK(listed->at(1).mustChangePassword);
    CHECK(KeyFile::load(KeyFile::pathFor(t.path()))->slotFor(QStringLiteral("op")) != nullptr);
    const auto about = t->audit().list(AuditFilter::forUser(QStringLiteral("op")));
    REQUIRE(about.ok());
    QStringList seen;
    for (const AuditEntry& e : *about)
        seen << e.action;
    CHECK(seen.mid(seen.size() - 2) == QStringList{AuditAction::UserEnabled, AuditAction::KeyRegistered});
    CHECK(AuditVerifier(t.store()).verify().ok);
    t.close();
    // The temporary password opens the store, and must be changed first; the new key signs.
    auto op = Store::open(t.path(), QStringLiteral("op"), QStringLiteral("back-again-password"), fixedClock());
    REQUIRE(op.ok());
    CHECK((*op)->user().mustChangePassword);
    REQUIRE(UserService(**op).changeOwnPassword(QStringLiteral("operator-own-pw-2")).ok());
    (*op).reset();
    auto admin = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(admin.ok());
    CHECK(AuditVerifier(**admin).verify().ok);
}

TEST_CASE("a store of schema 1 is upgraded: its old slot gets a signing key that starts the trail", "[security][users]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.reper"));
    const MasterKey key = MasterKey::generate();
    {
        // What the program before issue 5 wrote: schema 1, a slot without a signing key.
        auto db = Database::open(path, key.bytes(), true);
        REQUIRE(db.ok());
        QFile schema(QStringLiteral(":/sql/001_initial.sql"));
        REQUIRE(schema.open(QIODevice::ReadOnly));
        REQUIRE((*db)->exec(QString::fromUtf8(schema.readAll())).ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 1")).ok());
        REQUIRE(ReferenceRepository(**db).seedDefaults().ok());
        REQUIRE(
            (*db)->exec(QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('store_id', 'old-store')")).ok());
        REQUIRE((*db)
                    ->exec(QStringLiteral("INSERT INTO app_user(name, roles, created_at) "
                                          "VALUES ('ana', 'administrator,coordinator', '2025-01-01 00:00:00')"))
                    .ok());
        KeyFile keys;
        keys.setStoreId(QStringLiteral("old-store"));
        keys.setKeyCheck(key.checkValue());
        REQUIRE(keys.setSlot(QStringLiteral("ana"), QString::fromLatin1(kPassword), key).ok());
        REQUIRE(keys.save(KeyFile::pathFor(path)).ok());
    }
    {
        auto opened = Store::open(path, QStringLiteral("ana"), QString::fromLatin1(kPassword), fixedClock());
        REQUIRE(opened.ok());
        CHECK((*opened)->db().userVersion() == Migrator::latestVersion());
        CHECK(KeyFile::load(KeyFile::pathFor(path))->slotFor(QStringLiteral("ana"))->hasSigningKey());
        const AuditVerifyReport r = AuditVerifier(**opened).verify();
        INFO(r.lines.join(QLatin1Char('\n')).toStdString());
        CHECK(r.ok);
        CHECK(r.notices.size() == 1); // the first key introduced itself: said, not hidden
    }
    // The next open uses the key now sealed in the slot: no new key.
    auto again = Store::open(path, QStringLiteral("ana"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(again.ok());
    CHECK(*(*again)->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_key")) == 1);
    CHECK(AuditVerifier(**again).verify().ok);
}
