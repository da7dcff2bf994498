#include "ServerUsers.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/keys/SecuritySession.h"
#include "storage/keys/ServerKeySlot.h"
#include "storage/repositories/UserRepository.h"
#include "storage/services/UserKeys.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "UserService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

} // namespace

// The user's new keys, sealed with their temporary password, to be opened at their first log-in
// (which asks for a new password).
Status ServerUsers::storeFreshKeys(const StoreUser& user, const QString& temporaryPassword, const FreshUserKeys& fresh)
{
    auto slot = ServerKeySlot::seal(m_store.storeId(), user.name, temporaryPassword,
                                    SlotSecrets{fresh.box, fresh.signer, m_store.security().rootPublicKey()}, true);
    if (!slot)
        return slot.error();
    auto keys = m_store.db().prepare(QStringLiteral("SELECT set_user_key(?, ?, ?)"));
    if (!keys)
        return keys.error();
    keys->bind(1, user.id).bind(2, *slot).bind(3, m_store.timestamp());
    if (!keys->next() && keys->failed())
        return keys->error();
    keys->reset();
    return Status::success();
}

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
    if (auto s = trail.append(userAddedEvent(user, roles, center)); !s)
        return s.error();
    auto fresh = introduceFreshKeys(trail, user, QStringLiteral("new user"));
    if (!fresh)
        return fresh.error();
    if (auto s = storeFreshKeys(user, temporaryPassword, *fresh); !s)
        return s.error();
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

Status ServerUsers::disable(const StoreUser& user)
{
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto locked = db.prepare(QStringLiteral("SELECT disable_user(?, ?)"));
    if (!locked)
        return locked.error();
    locked->bind(1, user.name).bind(2, m_store.timestamp());
    if (!locked->next() && locked->failed())
        return locked->error();
    locked->reset();
    AuditEvent e{AuditAction::UserDisabled, QStringLiteral("user"), user.id, user.name, user.center, {}};
    if (auto s = m_store.audit().append(e); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    Logging::logger("storage")->info("user {} disabled on the server", user.id);
    return Status::success();
}

Status ServerUsers::giveTemporaryPassword(const StoreUser& user, const QString& temporaryPassword,
                                          const AuditEvent& event, const QString& reason, bool enable)
{
    auto scram = verifier(user.name, temporaryPassword);
    if (!scram)
        return scram.error();
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto changed
        = db.prepare(enable ? QStringLiteral("SELECT enable_user(?, ?)") : QStringLiteral("SELECT reset_user(?, ?)"));
    if (!changed)
        return changed.error();
    changed->bind(1, user.name).bind(2, *scram);
    if (!changed->next() && changed->failed())
        return changed->error();
    changed->reset();
    AuditTrail& trail = m_store.audit();
    if (auto s = trail.append(event); !s)
        return s;
    // New keys, as on the local file: whoever knew the old password signs nothing more.
    auto fresh = introduceFreshKeys(trail, user, reason);
    if (!fresh)
        return fresh.error();
    if (auto s = storeFreshKeys(user, temporaryPassword, *fresh); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    Logging::logger("storage")->info("user {} given a temporary password on the server", user.id);
    return Status::success();
}

Result<QList<ServerUsers::Listed>> ServerUsers::list()
{
    auto all = UserRepository(m_store.db()).list();
    if (!all)
        return all.error();
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT u.must_change_password, CASE WHEN r.rolcanlogin THEN 1 ELSE 0 END FROM app_user u "
                       "LEFT JOIN pg_catalog.pg_roles r ON r.rolname = u.name "
                       "WHERE u.id = ?"));
    if (!st)
        return st.error();
    QList<Listed> out;
    for (const StoreUser& u : *all) {
        Listed l;
        l.user = u;
        st->bind(1, u.id);
        if (st->next()) {
            l.mustChangePassword = st->int64(0) != 0;
            l.canLogIn = st->int64(1) != 0;
        }
        if (st->failed())
            return st->error();
        st->reset();
        out << l;
    }
    return out;
}

} // namespace reper
