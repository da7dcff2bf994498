#include "ServerUsers.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/keys/SecuritySession.h"
#include "storage/keys/ServerKeySlot.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "UserService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

} // namespace

Result<QString> ServerUsers::verifier(const QString& role, const QString& password)
{
    PgConnection* server = m_store.db().server();
    if (!server)
        return makeError(Tr::tr("This store is not on a server."));
    auto v = server->scramVerifier(role, password);
    if (!v)
        return v.error();
    return QString::fromLatin1(*v);
}

Result<StoreUser> ServerUsers::add(const QString& name, const QStringList& roles, const QString& center,
                                   const QString& temporaryPassword)
{
    auto scram = verifier(name, temporaryPassword);
    if (!scram)
        return scram.error();
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto made = db.prepare(QStringLiteral("SELECT add_user(?, ?, ?, ?, ?)"));
    if (!made)
        return made.error();
    made->bind(1, name).bind(2, roles.join(QLatin1Char(','))).bind(3, center).bind(4, *scram);
    made->bind(5, m_store.timestamp());
    if (!made->next())
        return made->failed() ? made->error() : makeError(Tr::tr("The server did not add %1.").arg(name));
    const qint64 id = made->int64(0);
    made->reset();
    auto added = UserRepository(db).findById(id);
    if (!added)
        return added.error();
    if (!added->has_value())
        return makeError(Tr::tr("The server did not add %1.").arg(name));
    const StoreUser user = **added;

    AuditTrail& trail = m_store.audit();
    AuditEvent e;
    e.action = AuditAction::UserAdded;
    e.recordType = QStringLiteral("user");
    e.recordId = user.id;
    e.recordCode = name;
    e.center = center;
    e.detail.insert(QStringLiteral("roles"), roles.join(QLatin1Char(',')));
    e.detail.insert(QStringLiteral("scope"), Scope::ofCenter(center).text());
    if (auto s = trail.append(e); !s)
        return s.error();
    const AuditSigner signer = AuditSigner::generate();
    const BoxKeyPair box = BoxKeyPair::generate();
    auto keyId = trail.registerKey(
        user, signer.publicKey(), AuditAction::KeyRegistered, trail.signer(), trail.keyId(),
        {{QStringLiteral("reason"), QStringLiteral("new user")}, {QStringLiteral("box_public"), b64(box.publicKey)}});
    if (!keyId)
        return keyId.error();
    auto slot = ServerKeySlot::seal(m_store.storeId(), name, temporaryPassword,
                                    SlotSecrets{box, signer, m_store.security().rootPublicKey()}, true);
    if (!slot)
        return slot.error();
    auto keys = db.prepare(QStringLiteral("SELECT set_user_key(?, ?, ?)"));
    if (!keys)
        return keys.error();
    keys->bind(1, user.id).bind(2, *slot).bind(3, m_store.timestamp());
    if (!keys->next() && keys->failed())
        return keys->error();
    keys->reset();
    if (auto s = tx.commit(); !s)
        return s.error();
    Logging::logger("storage")->info("user {} added on the server", user.id);
    return user;
}

Status ServerUsers::changeOwnPassword(const QString& newPassword)
{
    const StoreUser& me = m_store.user();
    auto scram = verifier(me.name, newPassword);
    if (!scram)
        return scram.error();
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    AuditEvent e{AuditAction::PasswordChanged, QStringLiteral("user"), me.id, me.name, me.center, {}};
    if (me.mustChangePassword)
        e.detail.insert(QStringLiteral("was_temporary"), true);
    if (auto s = m_store.audit().append(e); !s)
        return s;
    auto changed = db.prepare(QStringLiteral("SELECT change_my_password(?)"));
    if (!changed)
        return changed.error();
    changed->bind(1, *scram);
    if (!changed->next() && changed->failed())
        return changed->error();
    changed->reset();
    // The same keys, sealed with the new password.
    auto slot = ServerKeySlot::seal(
        m_store.storeId(), me.name, newPassword,
        SlotSecrets{m_store.security().box(), m_store.audit().signer(), m_store.security().rootPublicKey()}, false);
    if (!slot)
        return slot.error();
    auto keys = db.prepare(QStringLiteral("UPDATE user_key SET slot = ?, updated_at = ? WHERE user_id = ?"));
    if (!keys)
        return keys.error();
    if (auto s = keys->bind(1, *slot).bind(2, m_store.timestamp()).bind(3, me.id).exec(); !s)
        return s;
    if (db.changes() != 1)
        return makeError(Tr::tr("The server kept the old keys of %1; the password is unchanged.").arg(me.name));
    return tx.commit();
}

} // namespace reper
