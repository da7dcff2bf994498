#pragma once
// How a store on a server was signed in to: the address and the connection's options, the user's
// password among them. Kept in memory while the store is open — as the store's keys are — so that
// the same user opens the connections of background work (Store::openAnotherConnection) and the
// change feed (SecuritySession::openChangeFeed) without being asked again; never written anywhere,
// and replaced when the user changes their password (UserService).
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgUrl.h"

namespace reper {

struct ServerSignIn
{
    PgUrl url;
    PgConnection::Options options;
};

} // namespace reper
