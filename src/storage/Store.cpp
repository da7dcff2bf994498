#include "Store.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/engine/Migrator.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/LoginGuard.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/keys/SecuritySession.h"
#include "storage/services/BackupService.h"

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

} // namespace

Store::Store(std::unique_ptr<Database> db, QString path, MasterKey key, const Clock& clock)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_key(std::move(key))
    , m_clock(clock)
    , m_reference(*m_db)
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
    if (Migrator::migrate(**db, &error) != Migrator::Outcome::Created) {
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
        }
        if (s) {
            auto admin
                = users.add(adminName, {QStringLiteral("administrator"), QStringLiteral("coordinator")}, {}, clock);
            if (!admin)
                s = admin.error();
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
    Status s = keys.setSlot(adminName, password, key, SlotSigning{signer, signer.publicKey()}, false);
    if (s)
        s = keys.save(keyPath);
    if (!s) {
        db->reset();
        cleanUp();
        return s.error();
    }
    db->reset();
    auto opened = openWithKey(path, key, adminName, clock);
    if (!opened) {
        cleanUp();
        return opened.error();
    }
    if (auto started = (*opened)->m_security->beginNewStore(signer); !started) {
        opened->reset();
        cleanUp();
        return started.error();
    }
    log->info("store created (schema {})", Migrator::latestVersion());
    return Created{std::move(opened.value()), RecoveryKey::encode(key)};
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const QString& user, const QString& password,
                                           const Clock& clock)
{
    if (!QFileInfo::exists(path))
        return makeError(Tr::tr("There is no store at %1.").arg(path));
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    if (!keys)
        return keys.error();
    // Five wrong passwords lock a name out for a while; the count lives beside the store.
    LoginGuard guard(path, clock);
    if (auto locked = guard.check(user); !locked)
        return locked.error();
    auto slot = keys->unlockSlot(user, password);
    if (!slot) {
        Logging::logger("storage")->info("failed unlock for a user slot");
        if (KeyFile::isWrongPassword(slot.error()))
            return guard.recordFailure(user, slot.error(), false);
        return slot.error();
    }
    auto store = openWithKey(path, slot->key, user, clock);
    if (!store)
        return store.error();
    const bool hadFailures = guard.failures(user) > 0;
    guard.recordSuccess(user);
    StoreUser acting = (*store)->m_user;
    acting.mustChangePassword = slot->mustChangePassword;
    (*store)->setUser(acting);
    if (auto s = (*store)->m_security->beginWithPassword(*slot, password, guard); !s)
        return s.error();
    if (hadFailures)
        (void)guard.save();
    return store;
}

Result<std::unique_ptr<Store>> Store::openAnotherConnection(const Store& other)
{
    auto store = openWithKey(other.m_path, other.m_key, other.m_user.name, other.m_clock);
    if (!store)
        return store.error();
    (*store)->setUser(other.m_user);
    (*store)->m_security->shareKeysOf(*other.m_security);
    return store;
}

Result<std::unique_ptr<Store>> Store::openWithRecoveryKey(const QString& path, QStringView recoveryKey,
                                                          const QString& user, const Clock& clock)
{
    auto key = RecoveryKey::decode(recoveryKey);
    if (!key)
        return key.error();
    // A well-typed key of another store: the key file's check value tells it before any opening.
    if (auto keys = KeyFile::load(KeyFile::pathFor(path));
        keys && !keys->keyCheck().isEmpty() && keys->keyCheck() != key->checkValue())
        return makeError(Tr::tr("This recovery key does not open this store."), QStringLiteral("key check differs"));
    auto opened = openWithKey(path, *key, user, clock);
    const QString keyRefused = QCoreApplication::translate(
        "Database", "The key does not open this store, or the file is not a Reper store.");
    if (!opened && opened.error().message == keyRefused)
        return makeError(Tr::tr("This recovery key does not open this store, or the file is not a Reper store."),
                         opened.error().detail);
    return opened;
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& path, const MasterKey& key, const QString& user,
                                                  const Clock& clock)
{
    auto db = Database::open(path, key.bytes(), false);
    if (!db)
        return db.error();
    Error error;
    const auto backupFirst = [&](int from, int to) -> Status {
        const QString copy = path
            + QStringLiteral(".before-schema-%1-%2.bak")
                  .arg(to)
                  .arg(clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        Logging::logger("storage")->info("backing up before migration {} -> {}", from, to);
        return BackupService::copyDatabase(**db, copy, key, KeyFile::pathFor(path));
    };
    const auto outcome = Migrator::migrate(**db, &error, backupFirst);
    if (outcome == Migrator::Outcome::NewerThanProgram || outcome == Migrator::Outcome::Failed)
        return error;
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
