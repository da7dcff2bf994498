// SecuritySession::connect: a store on a PostgreSQL server (docs/server.md). The same Store as on the local
// file — repositories, AccessPolicy, the audit trail — over a connection signed in as the user's
// own login role; what the local file keeps beside the store (key file, lockout file, identity keys)
// is the server's business here.
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/engine/postgres/PgChangeFeed.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgSchema.h"
#include "storage/engine/postgres/ServerSignIn.h"
#include "storage/keys/ColumnIdentityVault.h"
#include "storage/keys/SecuritySession.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Store").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace

bool SecuritySession::onServer(const Store& store) { return store.m_db->engine() == Engine::Server; }

Result<std::unique_ptr<Store>> SecuritySession::connect(const PgUrl& url, const QString& password, const Clock& clock)
{
    if (url.user().isEmpty())
        return makeError(Tr::tr("Say who signs in to the server %1 (a Reper user name).").arg(url.text()));
    PgConnection::Options options;
    options.password = password;
    options.searchPath = PgSchema::schemaName();
    auto connection = PgConnection::connect(url, options);
    if (!connection)
        return connection.error();
    auto version = PgSchema::version(**connection);
    if (!version)
        return version.error();
    if (*version == 0)
        return makeError(Tr::tr("The server %1 holds no Reper store yet: its owner creates one with "
                                "'reper-cli --store ADDRESS init --admin NAME'.")
                             .arg(url.text()));
    if (*version > PgSchema::latestVersion())
        return makeError(Tr::tr("The store on %1 was made by a newer version of Reper (schema %2; this program "
                                "knows %3). Install the newer version.")
                             .arg(url.text())
                             .arg(*version)
                             .arg(PgSchema::latestVersion()));
    if (*version < PgSchema::latestVersion())
        return makeError(Tr::tr("The store on %1 is at schema %2 and this program needs %3: its owner upgrades it "
                                "first (reper-cli --store ADDRESS init, as the database's owner).")
                             .arg(url.text())
                             .arg(*version)
                             .arg(PgSchema::latestVersion()));
    const QString login = (*connection)->user();
    std::unique_ptr<Store> store(new Store(Database::onServer(std::move(*connection)), url.text(), MasterKey(), clock));
    store->m_vault = std::make_unique<ColumnIdentityVault>(*store->m_db);
    if (auto s = store->m_reference.load(); !s)
        return s.error();
    UserRepository users(store->db());
    auto found = users.find(login);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Tr::tr("The login %1 is not a user of the Reper store on %2.").arg(login, url.text()));
    StoreUser acting = **found;
    if (acting.disabled)
        return makeError(Tr::tr("The user %1 is disabled.").arg(login));
    // The server's own "temporary password" flag: until it is cleared its policies show nothing.
    auto temporary = store->db().prepare(QStringLiteral("SELECT must_change_password FROM app_user WHERE id = ?"));
    if (!temporary)
        return temporary.error();
    temporary->bind(1, acting.id);
    acting.mustChangePassword = temporary->next() && temporary->int64(0) != 0;
    if (temporary->failed())
        return temporary->error();
    store->setUser(acting);
    if (auto s = store->m_security->beginOnServer(password); !s)
        return s.error();
    store->m_signIn = std::make_shared<const ServerSignIn>(ServerSignIn{url, options});
    Logging::logger("storage")->info("signed in to a server store (schema {})", *version);
    return store;
}

Result<std::unique_ptr<Store>> SecuritySession::connectAgain(const Store& other)
{
    if (!other.m_signIn)
        return makeError(Tr::tr("This store is not on a server."));
    auto connection = PgConnection::connect(other.m_signIn->url, other.m_signIn->options);
    if (!connection)
        return connection.error();
    std::unique_ptr<Store> store(
        new Store(Database::onServer(std::move(*connection)), other.m_path, MasterKey(), other.m_clock));
    store->m_vault = std::make_unique<ColumnIdentityVault>(*store->m_db);
    if (auto s = store->m_reference.load(); !s)
        return s.error();
    store->setUser(other.m_user);
    store->m_keyring = other.m_keyring;
    store->m_security->shareKeysOf(*other.m_security);
    store->m_signIn = other.m_signIn;
    return store;
}

Result<std::unique_ptr<PgChangeFeed>> SecuritySession::openChangeFeed(const Store& store)
{
    if (!store.m_signIn)
        return makeError(Tr::tr("This store is not on a server."));
    auto feed = PgChangeFeed::open(store.m_signIn->url, store.m_signIn->options);
    if (!feed)
        return feed.error();
    // The store's own commits are not news to the window that made them.
    auto own = store.m_db->queryInt(QStringLiteral("SELECT pg_backend_pid()"));
    if (!own)
        return own.error();
    (*feed)->ignoreSender(int(*own));
    return feed;
}

} // namespace reper
