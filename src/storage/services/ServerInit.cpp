#include "ServerInit.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgSchema.h"
#include "storage/keys/SecuritySession.h"
#include "storage/keys/ServerKeySlot.h"
#include "storage/repositories/ReferenceRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

const QString kFirstRoles = QStringLiteral("administrator,coordinator");

} // namespace

Result<ServerInit::Done> ServerInit::run(const PgUrl& ownerUrl, const QString& adminName, const QString& adminPassword,
                                         const Clock& clock)
{
    if (adminName.trimmed().isEmpty())
        return makeError(Tr::tr("The administrator needs a user name."));
    if (adminPassword.isEmpty())
        return makeError(Tr::tr("The administrator needs a password."));
    auto owner = PgConnection::connect(ownerUrl, PgConnection::Options{});
    if (!owner)
        return owner.error();
    auto version = PgSchema::version(**owner);
    if (!version)
        return version.error();
    Error error;
    if (*version > 0) {
        // A store is there: its missing steps, or nothing.
        const PgSchema::Outcome outcome = PgSchema::migrate(**owner, &error);
        if (outcome == PgSchema::Outcome::Upgraded)
            return Done{Outcome::Upgraded, PgSchema::latestVersion(), nullptr};
        if (outcome == PgSchema::Outcome::Current)
            return makeError(
                Tr::tr("The database of %1 already holds a Reper store; it was left as it is.").arg(ownerUrl.text()));
        return error;
    }
    if (auto s = PgSchema::prepare(**owner); !s)
        return s.error();
    if (PgSchema::migrate(**owner, &error) != PgSchema::Outcome::Created)
        return error;
    if (auto s = PgSchema::restrictDatabase(**owner); !s)
        return s.error();
    {
        // The repositories' SQL over the owner's connection (closed when this goes).
        const std::unique_ptr<Database> db = Database::onServer(std::move(*owner));
        if (auto s = seed(*db, adminName, adminPassword, clock); !s)
            return s.error();
    }
    Logging::logger("storage")->info("server store created (schema {})", PgSchema::latestVersion());
    auto store = SecuritySession::connect(ownerUrl.withUser(adminName), adminPassword, clock);
    if (!store)
        return store.error();
    return Done{Outcome::Created, PgSchema::latestVersion(), std::move(*store)};
}

Status ServerInit::seed(Database& db, const QString& adminName, const QString& adminPassword, const Clock& clock)
{
    PgConnection& owner = *db.server();
    // The verifier is computed by the program (the server's log never sees the password).
    auto verifier = owner.scramVerifier(adminName, adminPassword);
    if (!verifier)
        return verifier.error();
    if (auto s = owner.exec(QStringLiteral("SET ROLE ") + owner.quoteIdentifier(PgSchema::ownerRole())
                            + QStringLiteral("; SET search_path = ") + PgSchema::schemaName());
        !s)
        return s;
    Status s = Status::success();
    {
        Transaction tx(db);
        s = tx.beginStatus();
        if (s)
            s = ReferenceRepository(db).seedDefaults();
        const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (s) {
            auto meta = db.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES (?, ?)"));
            s = meta ? meta->bind(1, "store_id").bind(2, storeId).exec() : Status(meta.error());
            if (s)
                s = meta->bind(1, "created_at").bind(2, clock.now().toUTC().toString(Qt::ISODate)).exec();
        }
        qint64 adminId = 0;
        if (s) {
            auto login = db.prepare(QStringLiteral("SELECT create_login(?, ?, NULL, ?, ?, 0)"));
            if (!login) {
                s = login.error();
            } else {
                login->bind(1, adminName).bind(2, kFirstRoles).bind(3, QString::fromLatin1(*verifier)).bind(4, now);
                if (login->next())
                    adminId = login->int64(0);
                else
                    s = login->failed() ? Status(login->error())
                                        : Status(makeError(Tr::tr("The first administrator was not made.")));
            }
        }
        if (s) {
            // Their keys: a signing key that starts the trail (the root every later slot seals) and
            // a key pair, sealed with their password.
            const AuditSigner signer = AuditSigner::generate();
            const BoxKeyPair box = BoxKeyPair::generate();
            auto slot = ServerKeySlot::seal(storeId, adminName, adminPassword,
                                            SlotSecrets{box, signer, signer.publicKey()}, false);
            if (!slot)
                s = slot.error();
            auto keys = db.prepare(QStringLiteral("INSERT INTO user_key(user_id, slot, updated_at) VALUES (?, ?, ?)"));
            if (s && !keys)
                s = keys.error();
            if (s)
                s = keys->bind(1, adminId).bind(2, *slot).bind(3, now).exec();
        }
        if (s)
            s = tx.commit();
    }
    return s;
}

} // namespace reper
