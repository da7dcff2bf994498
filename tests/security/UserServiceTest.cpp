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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <sodium.h>
#include <sqlite3.h>
#include <thread>

using namespace reper;
using namespace reper::test;

namespace {

// A key file as the program before key pairs wrote it: one slot sealing the master key under the
// password (XChaCha20-Poly1305 secretbox, Argon2id 3 passes, 64 MiB), no signing key.
void writeVersionOneKeyFile(const QString& path, const QString& storeId, const QString& user, const QString& password,
                            const MasterKey& key)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray derived(32, Qt::Uninitialized);
    const QByteArray pw = password.toUtf8();
    REQUIRE(crypto_pwhash(reinterpret_cast<unsigned char*>(derived.data()), 32, pw.constData(), size_t(pw.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), 3, 64u * 1024 * 1024,
                          crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    QByteArray nonce(crypto_secretbox_xchacha20poly1305_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray sealed(MasterKey::Size + crypto_secretbox_xchacha20poly1305_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_xchacha20poly1305_easy(reinterpret_cast<unsigned char*>(sealed.data()), key.secret().data(),
                                            MasterKey::Size, reinterpret_cast<const unsigned char*>(nonce.constData()),
                                            reinterpret_cast<const unsigned char*>(derived.constData()));
    const QJsonObject slot{{QStringLiteral("user"), user},
                           {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                           {QStringLiteral("ops"), 3},
                           {QStringLiteral("mem"), 67108864},
                           {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                           {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305")},
                           {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                           {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())},
                           {QStringLiteral("created"), QStringLiteral("2025-01-01T00:00:00Z")}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("reper-keys")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("store_id"), storeId},
                           {QStringLiteral("key_check"), QString::fromLatin1(key.checkValue().toBase64())},
                           {QStringLiteral("slots"), QJsonArray{slot}}};
    REQUIRE(writeFileAtomically(path, QJsonDocument(root).toJson()).ok());
}

} // namespace

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
    // Choosing their own password, op also made their own key pair (key.box_changed, security.md §3.3).
    const QStringList expected = {AuditAction::UserAdded,     AuditAction::KeyRegistered, AuditAction::PasswordChanged,
                                  AuditAction::KeyBoxChanged, AuditAction::LoginFailed,   AuditAction::PasswordReset,
                                  AuditAction::KeyRegistered, AuditAction::UserDisabled};
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
        writeVersionOneKeyFile(KeyFile::pathFor(path), QStringLiteral("old-store"), QStringLiteral("ana"),
                               QString::fromLatin1(kPassword), key);
    }
    {
        auto opened = Store::open(path, QStringLiteral("ana"), QString::fromLatin1(kPassword), fixedClock());
        REQUIRE(opened.ok());
        CHECK((*opened)->db().userVersion() == Migrator::latestVersion());
        auto keys = KeyFile::load(KeyFile::pathFor(path));
        REQUIRE(keys.ok());
        CHECK(keys->version() == 2);
        CHECK_FALSE(keys->slotFor(QStringLiteral("ana"))->isLegacy()); // a key pair, sealing a signing key
        CHECK(!(*opened)->newRecoveryKey().isEmpty());
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

TEST_CASE("a password change and a reset at the same time do not undo each other", "[security][users]")
{
    // Two programs on one store: one user changes their own password while an administrator resets
    // another's, again and again. Each loads, changes and saves the key file under its lock, so the
    // last passwords of both work in the end.
    TempStore t;
    REQUIRE(UserService(t.store())
                .add(QStringLiteral("ana"), {QStringLiteral("analyst")}, {}, QStringLiteral("temporary-password-1"))
                .ok());
    REQUIRE(UserService(t.store())
                .add(QStringLiteral("ion"), {QStringLiteral("analyst")}, {}, QStringLiteral("temporary-password-1"))
                .ok());
    t.close();
    auto ana = Store::open(t.path(), QStringLiteral("ana"), QStringLiteral("temporary-password-1"), fixedClock());
    REQUIRE(ana.ok());
    auto admin = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(admin.ok());
    constexpr int kRounds = 4;
    std::atomic<int> failures{0};
    std::thread own([&] {
        for (int i = 0; i < kRounds; ++i)
            if (!UserService(**ana).changeOwnPassword(QStringLiteral("ana-own-password-%1").arg(i)))
                ++failures;
    });
    std::thread reset([&] {
        for (int i = 0; i < kRounds; ++i)
            if (!UserService(**admin).resetPassword(QStringLiteral("ion"), QStringLiteral("ion-temporary-%1").arg(i)))
                ++failures;
    });
    own.join();
    reset.join();
    CHECK(failures == 0);
    ana->reset();
    admin->reset();
    CHECK(Store::open(t.path(), QStringLiteral("ana"), QStringLiteral("ana-own-password-%1").arg(kRounds - 1),
                      fixedClock())
              .ok());
    CHECK(
        Store::open(t.path(), QStringLiteral("ion"), QStringLiteral("ion-temporary-%1").arg(kRounds - 1), fixedClock())
            .ok());
}

TEST_CASE("the key file changes only once the store has committed the change", "[security][users]")
{
    TempStore t;
    REQUIRE(UserService(t.store())
                .add(QStringLiteral("ion"), {QStringLiteral("analyst")}, {}, QStringLiteral("temporary-password-1"))
                .ok());
    // The store refuses the next commit: the reset is not recorded, so the key file must not change.
    sqlite3_commit_hook(
        t->db().handle(), [](void*) { return 1; }, nullptr);
    const Status refused
        = UserService(t.store()).resetPassword(QStringLiteral("ion"), QStringLiteral("a-new-temporary-1"));
    sqlite3_commit_hook(t->db().handle(), nullptr, nullptr);
    REQUIRE_FALSE(refused.ok());
    t.close();
    CHECK(Store::open(t.path(), QStringLiteral("ion"), QStringLiteral("temporary-password-1"), fixedClock()).ok());
    CHECK_FALSE(Store::open(t.path(), QStringLiteral("ion"), QStringLiteral("a-new-temporary-1"), fixedClock()).ok());
}
