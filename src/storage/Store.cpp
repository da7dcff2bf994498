#include "Store.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/CaseStatusRule.h"
#include "storage/engine/Migrator.h"
#include "storage/engine/StoreFault.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/IdentityVault.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/KeysUpgrade.h"
#include "storage/keys/LoginGuard.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/keys/SecuritySession.h"
#include "storage/services/BackupService.h"
#include "storage/services/BackupSet.h"
#include "storage/services/RestoreJournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

// Schema step 6 on a store being created: its identity table is empty, nothing to encrypt.
Status dropEmptyPlainTable(Database& db, int version)
{
    return version == 6 ? db.exec(QStringLiteral("DROP TABLE victim_identity_plain")) : Status::success();
}

Error needsAdministrator()
{
    return makeError(Tr::tr("This store's keys are of the kind written before key pairs: an administrator must open "
                            "it once with their password to upgrade them (a new recovery key is shown then)."));
}

} // namespace

Store::Store(std::unique_ptr<Database> db, QString path, MasterKey key, const Clock& clock)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_key(std::move(key))
    , m_clock(clock)
    , m_reference(*m_db)
    , m_vault(std::make_unique<SealedIdentityVault>(*m_db, m_keyring))
    , m_security(std::make_unique<SecuritySession>(*this))
{
}

Store::~Store() { m_security->close(); }

AuditTrail& Store::audit() { return m_security->trail(); }

Status Store::reauthenticate(const QString& password) { return m_security->reauthenticate(password); }

QString Store::timestamp() const
{
    const QDateTime now = m_clock.now().toUTC();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_timestampSecond) {
        m_timestampSecond = second;
        m_timestamp = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return m_timestamp;
}

QString Store::storeId()
{
    const auto id = m_db->queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"));
    return id ? *id : QString();
}

Status Store::acknowledgeRecoveryKey()
{
    m_newRecoveryKey.clear();
    return m_db->exec(QStringLiteral("DELETE FROM store_meta WHERE key = 'recovery_key_pending'"));
}

Result<Store::Created> Store::create(const QString& path, const QString& adminName, const QString& password,
                                     const Clock& clock)
{
    auto log = Logging::logger("storage");
    const QString keyPath = KeyFile::pathFor(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyPath))
        return makeError(Tr::tr("A store already exists at %1; Reper does not overwrite it.").arg(path));
    if (adminName.trimmed().isEmpty())
        return makeError(Tr::tr("The administrator needs a user name."));
    if (password.isEmpty())
        return makeError(Tr::tr("The administrator needs a password."));

    const MasterKey key = MasterKey::generate();
    const BoxKeyPair recovery = BoxKeyPair::generate();
    const BoxKeyPair adminBox = BoxKeyPair::generate();
    if (!key.isValid() || !recovery.isValid() || !adminBox.isValid())
        return makeError(Tr::tr("The keys of a new store could not be made."));
    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto cleanUp = [&] {
        for (const QString& p : {path, keyPath, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QFile::remove(p);
    };

    auto db = Database::open(path, key.bytes(), true);
    if (!db) {
        cleanUp();
        return db.error();
    }
    Error error;
    if (Migrator::migrate(**db, &error, {}, [&](int version) { return dropEmptyPlainTable(**db, version); })
        != Migrator::Outcome::Created) {
        db->reset();
        cleanUp();
        return error;
    }
    Status seeded = Status::success();
    {
        Transaction tx(**db);
        ReferenceRepository reference(**db);
        UserRepository users(**db);
        Status s = tx.beginStatus();
        if (s)
            s = reference.seedDefaults();
        if (s) {
            auto meta = (*db)->prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES (?, ?)"));
            if (!meta)
                s = meta.error();
            if (s)
                s = meta->bind(1, "store_id").bind(2, storeId).exec();
            if (s)
                s = meta->bind(1, "created_at").bind(2, clock.now().toUTC().toString(Qt::ISODate)).exec();
            if (s)
                s = meta->bind(1, "recovery_public").bind(2, b64(recovery.publicKey)).exec();
        }
        const QString now = clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        qint64 adminId = 0;
        if (s) {
            auto admin
                = users.add(adminName, {QStringLiteral("administrator"), QStringLiteral("coordinator")}, {}, clock);
            if (!admin)
                s = admin.error();
            else
                adminId = admin->id;
        }
        if (s) {
            // A key pair for each centre's identity, sealed to the recovery key; handed to a centre's
            // users by the recovery key's holder or a colleague who has it.
            QList<qint64> centers;
            if (auto load = reference.load(); !load)
                s = load;
            for (const Center& c : reference.centers())
                centers << c.id;
            if (s)
                s = IdentityKeyring::createMissing(**db, centers, recovery.publicKey, now);
        }
        if (s) {
            auto box = (*db)->prepare(
                QStringLiteral("INSERT INTO user_box_key(user_id, public_key, own, created_at) VALUES (?, ?, 1, ?)"));
            s = box ? box->bind(1, adminId).bindBlob(2, adminBox.publicKey).bind(3, now).exec() : Status(box.error());
        }
        if (s)
            s = tx.commit();
        seeded = s; // the transaction rolls back here, before the connection closes
    }
    if (!seeded) {
        db->reset();
        cleanUp();
        return seeded.error();
    }
    // The first user's signing key starts the audit trail: it is the root every slot will seal.
    const AuditSigner signer = AuditSigner::generate();
    KeyFile keys;
    keys.setStoreId(storeId);
    keys.setKeyCheck(key.checkValue());
    Status s = keys.setRecovery(recovery.publicKey, key);
    if (s)
        s = keys.setSlot(adminName, password, key, SlotSecrets{adminBox, signer, signer.publicKey()}, false);
    if (s)
        s = keys.save(keyPath);
    if (!s) {
        db->reset();
        cleanUp();
        return s.error();
    }
    db->reset();
    auto opened = openWithKey(path, key, adminName, clock, nullptr);
    if (!opened) {
        cleanUp();
        return opened.error();
    }
    if (auto started = (*opened)->m_security->beginNewStore(signer, adminBox, recovery.publicKey); !started) {
        opened->reset();
        cleanUp();
        return started.error();
    }
    log->info("store created (schema {})", Migrator::latestVersion());
    return Created{std::move(opened.value()), RecoveryKey::encode(recovery.secretKey)};
}

void Store::settlePendingKeys(const QString& path, const QString& user, const QString& password)
{
    const QString pendingPath = KeyFile::pendingPathFor(path);
    if (!QFileInfo::exists(pendingPath))
        return;
    auto lock = KeyFile::lock(path);
    if (!lock || !QFileInfo::exists(pendingPath))
        return;
    // Put in place when it opens the store as it is now (the step after it was written committed),
    // removed when it does not (that step never happened).
    auto pending = KeyFile::load(pendingPath);
    if (!pending) {
        QFile::remove(pendingPath);
        return;
    }
    auto slot = pending->unlockSlot(user, password);
    if (!slot)
        return; // not this user's to judge; whoever's slot it holds will
    bool opens = false;
    if (auto db = Database::open(path, slot->key.bytes(), false)) {
        const auto recovery
            = (*db)->queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'recovery_public'"));
        opens = recovery && *recovery == b64(pending->recovery().boxPublic);
    }
    if (opens && pending->save(KeyFile::pathFor(path))) {
        Logging::logger("storage")->warn("a key file left by an interrupted rekey or upgrade was put in place");
        QFile::remove(pendingPath);
    } else if (!opens) {
        Logging::logger("storage")->warn("a key file left by an interrupted rekey or upgrade was removed");
        QFile::remove(pendingPath);
    }
}

QString Store::settleInterruptedWork(const QString& path)
{
    BackupSet(path).settle(false); // `path` may be a backup whose parts were being put in place
    return RestoreJournal::settle(path);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const QString& user, const QString& password,
                                           const Clock& clock, Purpose purpose)
{
    const QString settled = settleInterruptedWork(path);
    if (!QFileInfo::exists(path))
        return makeError(Tr::tr("There is no store at %1.").arg(path));
    if (!QFileInfo::exists(KeyFile::pathFor(path)))
        return KeyFile::load(KeyFile::pathFor(path)).error();
    // Five wrong passwords lock a name out for a while; the count lives beside the store. The try is
    // counted before the password is checked.
    LoginGuard guard(path, clock);
    if (auto locked = guard.attempt(user, false); !locked)
        return locked.error();
    settlePendingKeys(path, user, password);
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    if (!keys) {
        guard.withdraw(user, false); // no password was checked: this try only is taken back
        return keys.error();
    }
    auto slot = keys->unlockSlot(user, password);
    if (!slot) {
        Logging::logger("storage")->info("failed unlock for a user slot");
        if (KeyFile::isWrongPassword(slot.error()))
            return guard.failed(user, slot.error(), false);
        return slot.error();
    }
    guard.succeeded(user, false);

    // A key file of the old kind: an administrator's open upgrades it (under the key file's lock).
    std::unique_ptr<KeysUpgrade> upgrade;
    platform::FileLock upgradeLock;
    if (KeysUpgrade::neededFor(*keys)) {
        auto lock = KeyFile::lock(path);
        if (!lock)
            return lock.error();
        upgradeLock = std::move(*lock);
        upgrade = std::make_unique<KeysUpgrade>(path, user, password, *slot, *keys, clock);
    }
    auto store = openWithKey(path, slot->key, user, clock, upgrade.get());
    if (!store && store.error().fault == Fault::KeyRefused) // the slot proved the key: the store is at fault
        return StoreFault::damagedOrForeignStore(path, store.error().detail);
    if (!store)
        return store.error();
    if (upgrade && !upgrade->ran())
        return needsAdministrator(); // the schema was current, but the key file of the old kind
    if (upgrade)
        if (auto s = upgrade->putKeyFileInPlace(); !s)
            return s.error();
    upgradeLock.release();
    StoreUser acting = (*store)->m_user;
    acting.mustChangePassword = slot->mustChangePassword;
    (*store)->setUser(acting);
    (*store)->audit().setQueueWhenBusy(purpose == Purpose::Reading);
    if (auto s = (*store)->m_security->beginWithPassword(*slot, password, guard, upgrade.get()); !s)
        return s.error();
    if (!settled.isEmpty())
        (*store)->m_notices << settled;
    return store;
}

Result<std::unique_ptr<Store>> Store::openAnotherConnection(const Store& other)
{
    if (other.m_db->engine() == Engine::Server)
        return SecuritySession::connectAgain(other);
    auto store = openWithKey(other.m_path, other.m_key, other.m_user.name, other.m_clock, nullptr);
    if (!store)
        return store.error();
    (*store)->setUser(other.m_user);
    (*store)->m_keyring = other.m_keyring;
    (*store)->m_security->shareKeysOf(*other.m_security);
    return store;
}

Result<std::unique_ptr<Store>> Store::openWithRecoveryKey(const QString& path, QStringView recoveryKey,
                                                          const QString& user, const Clock& clock)
{
    auto pair = RecoveryKey::pairOf(recoveryKey);
    if (!pair)
        return pair.error();
    const QString settled = settleInterruptedWork(path);
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    if (!keys)
        return keys.error();
    if (KeysUpgrade::neededFor(*keys))
        return needsAdministrator();
    auto key = keys->openRecovery(*pair);
    if (!key)
        return key.error();
    auto opened = openWithKey(path, *key, user, clock, nullptr);
    // The recovery seal opened and its check value matched: the key is right, the store is at fault.
    if (!opened && opened.error().fault == Fault::KeyRefused)
        return StoreFault::damagedOrForeignStore(path, opened.error().detail);
    if (!opened)
        return opened.error();
    // The recovery key holds every centre's identity key.
    if (auto s = (*opened)->m_keyring.load((*opened)->db(), *pair); !s)
        return s.error();
    if (!settled.isEmpty())
        (*opened)->m_notices << settled;
    return opened;
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& path, const MasterKey& key, const QString& user,
                                                  const Clock& clock, KeysUpgrade* upgrade)
{
    auto db = Database::open(path, key.bytes(), false);
    if (!db)
        return db.error();
    // Only create() makes a store: a file the key opens but that holds no schema is not one, and
    // is left as it is.
    if ((*db)->userVersion() == 0)
        return StoreFault::notAStore(path, QStringLiteral("schema version 0"));
    Error error;
    const auto backupFirst = [&](int from, int to) -> Status {
        const QString copy = path
            + QStringLiteral(".before-schema-%1-%2.bak")
                  .arg(to)
                  .arg(clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        Logging::logger("storage")->info("backing up before migration {} -> {}", from, to);
        return BackupService::copyDatabase(**db, copy, key, KeyFile::pathFor(path));
    };
    // Only an administrator upgrades the keys: anyone else is refused before any backup or step.
    if (upgrade && (*db)->userVersion() < 6)
        if (auto s = upgrade->mayUpgrade(**db); !s)
            return s.error();
    const auto finishStep = [&](int version) -> Status {
        // The existing victims' cases get their state by rule, as of the store's clock.
        if (version == 8)
            return CaseStatusRule::apply(**db, clock.today());
        if (upgrade)
            return upgrade->finishSchemaStep(**db, version);
        return version == 6 ? Status(needsAdministrator()) : Status::success();
    };
    const auto outcome = Migrator::migrate(**db, &error, backupFirst, finishStep);
    if (outcome == Migrator::Outcome::NewerThanProgram || outcome == Migrator::Outcome::Failed)
        return error;
    if (outcome == Migrator::Outcome::Upgraded && upgrade && upgrade->ran()) {
        // The plain identity's pages were overwritten in the WAL; fold it into the file and rewrite
        // the file, so no freed page keeps a name.
        (void)(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        (void)(*db)->exec(QStringLiteral("VACUUM"));
    }
    std::unique_ptr<Store> store(new Store(std::move(db.value()), path, key, clock));
    if (auto s = store->m_reference.load(); !s)
        return s.error();
    UserRepository users(store->db());
    auto found = users.find(user);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Tr::tr("There is no user %1 in this store.").arg(user));
    if ((*found)->disabled)
        return makeError(Tr::tr("The user %1 is disabled.").arg(user));
    store->setUser(**found);
    return store;
}

} // namespace reper
