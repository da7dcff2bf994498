// reper-cli user disable / enable / reset / list on a server (docs/server.md §4): a disabled user's
// login role is NOLOGIN — neither Reper nor psql connects with it —, enable and reset give a
// temporary password that must be changed first, and the trail still verifies.
#include "ServerCli.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgUrl.h"
#include "support/PgCluster.h"

#include <catch2/catch.hpp>

using namespace reper;
using reper::test::CliResult;
using reper::test::PgCluster;
using reper::test::ServerCli;

namespace {

// Whether `user` connects to the server with `password` through raw libpq, as psql would.
bool connects(const ServerCli& server, const QString& user, const QString& password)
{
    auto url = PgUrl::parse(PgCluster::instance().url(server.database(), user));
    REQUIRE(url);
    PgConnection::Options options;
    options.password = password;
    options.searchPath = QStringLiteral("reper");
    return bool(PgConnection::connect(*url, options));
}

// Whether pg_roles lets `user` log in (the superuser's view).
bool canLogIn(const ServerCli& server, const QString& user)
{
    auto owner = PgCluster::instance().connect(server.database());
    auto r = owner->query(QStringLiteral("SELECT rolcanlogin::int FROM pg_roles WHERE rolname = $1"),
                          {PgConnection::text(user)});
    REQUIRE(r);
    REQUIRE(r->rows() == 1);
    return r->int64(0, 0) == 1;
}

// The line of `user list` that names `user`.
QString listed(const CliResult& list, const QString& user)
{
    for (const QString& line : list.out.split(QLatin1Char('\n')))
        if (line.startsWith(user + QLatin1Char(' ')))
            return line;
    return {};
}

QStringList bilantOf(const QString& center)
{
    return {QStringLiteral("report"), QStringLiteral("bilant"),   QStringLiteral("--year"),
            QStringLiteral("2017"),   QStringLiteral("--center"), center};
}

} // namespace

TEST_CASE("reper-cli user disable, enable, reset and list on a server", "[server][cli]")
{
    ServerCli server;
    server.init();
    const QString chief = QStringLiteral("chief");
    const QString admin = ServerCli::adminPassword();
    const QString op = QStringLiteral("op_bv");
    const QString temporary2 = QStringLiteral("second-temporary-22");
    server.addUser(
        op,
        {QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    server.addUser(QStringLiteral("nat"), {QStringLiteral("--role"), QStringLiteral("coordinator")});
    const auto user = [&](const QStringList& args, const QString& newPassword = {}) {
        return server.as(chief, admin, QStringList{QStringLiteral("user")} + args, newPassword);
    };

    CliResult list = user({QStringLiteral("list")});
    INFO(list.all().toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(listed(list, chief).contains(QStringLiteral("administrator")));
    CHECK(listed(list, op).contains(QStringLiteral("CR-BV")));
    CHECK(listed(list, op).contains(QStringLiteral("active")));
    CHECK_FALSE(listed(list, op).contains(QStringLiteral("temporary")));
    CHECK(listed(list, QStringLiteral("nat")).contains(QStringLiteral("national")));
    // Only an administrator lists or manages users.
    CHECK(server.asOwn(QStringLiteral("nat"), {QStringLiteral("user"), QStringLiteral("list")}).exitCode == 1);
    CHECK(server
              .as(QStringLiteral("nat"), ServerCli::ownPassword(QStringLiteral("nat")),
                  {QStringLiteral("user"), QStringLiteral("reset"), op}, temporary2)
              .exitCode
          == 1);
    CHECK(server.asOwn(QStringLiteral("nat"), {QStringLiteral("user"), QStringLiteral("disable"), op}).exitCode == 1);
    CHECK(server.asOwn(op, bilantOf(QStringLiteral("CR-BV"))).exitCode == 0);

    SECTION("disable locks the login role; enable gives it back with a temporary password")
    {
        CHECK(user({QStringLiteral("disable"), chief}).exitCode == 1); // not oneself
        const CliResult disabled = user({QStringLiteral("disable"), op});
        INFO(disabled.all().toStdString());
        REQUIRE(disabled.exitCode == 0);
        CHECK(disabled.err.contains(QStringLiteral("can no longer connect")));
        CHECK(user({QStringLiteral("disable"), op}).exitCode == 1); // already
        CHECK_FALSE(canLogIn(server, op));
        CHECK_FALSE(connects(server, op, ServerCli::ownPassword(op)));
        CHECK(server.asOwn(op, bilantOf(QStringLiteral("CR-BV"))).exitCode == 1);
        list = user({QStringLiteral("list")});
        CHECK(listed(list, op).contains(QStringLiteral("disabled")));
        CHECK(listed(list, op).contains(QStringLiteral("cannot connect")));
        CHECK_FALSE(listed(list, QStringLiteral("nat")).contains(QStringLiteral("cannot connect")));
        // A reset does not bring a disabled user back.
        CHECK(user({QStringLiteral("reset"), op}, temporary2).exitCode == 1);

        const CliResult enabled = user({QStringLiteral("enable"), op}, temporary2);
        INFO(enabled.all().toStdString());
        REQUIRE(enabled.exitCode == 0);
        CHECK(user({QStringLiteral("enable"), op}, temporary2).exitCode == 1); // not disabled
        CHECK(canLogIn(server, op));
        CHECK_FALSE(connects(server, op, ServerCli::ownPassword(op))); // the old password is gone
        CHECK(connects(server, op, temporary2));
        list = user({QStringLiteral("list")});
        CHECK(listed(list, op).contains(QStringLiteral("active")));
        CHECK(listed(list, op).contains(QStringLiteral("temporary password")));
        CHECK_FALSE(listed(list, op).contains(QStringLiteral("cannot connect")));
    }

    SECTION("reset gives a temporary password that must be changed first")
    {
        CHECK(user({QStringLiteral("reset"), op}, QStringLiteral("short")).exitCode == 1);
        CHECK(connects(server, op, ServerCli::ownPassword(op))); // a refused reset changed nothing
        const CliResult reset = user({QStringLiteral("reset"), op}, temporary2);
        INFO(reset.all().toStdString());
        REQUIRE(reset.exitCode == 0);
        CHECK_FALSE(connects(server, op, ServerCli::ownPassword(op)));
        CHECK(listed(user({QStringLiteral("list")}), op).contains(QStringLiteral("temporary password")));
    }

    // Either way: the temporary password opens nothing but `user passwd`, then the user works again
    // with the keys sealed with it, and the trail verifies with the new keys.
    const CliResult refused = server.as(op, temporary2, bilantOf(QStringLiteral("CR-BV")));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("temporary")));
    const CliResult changed = server.as(op, temporary2, {QStringLiteral("user"), QStringLiteral("passwd")},
                                        QStringLiteral("op-new-own-99"));
    INFO(changed.all().toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(server.as(op, QStringLiteral("op-new-own-99"), bilantOf(QStringLiteral("CR-BV"))).exitCode == 0);
    CHECK_FALSE(listed(user({QStringLiteral("list")}), op).contains(QStringLiteral("temporary")));
    const CliResult verified = server.as(chief, admin, {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.all().toStdString());
    CHECK(verified.exitCode == 0);
}
