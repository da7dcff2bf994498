// The server address and its TLS policy (issue 8 §5): verified TLS by default beyond this machine,
// a weaker mode to a remote host only with --insecure, and no password in anything written.
#include "storage/engine/postgres/PgUrl.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString param(const PgUrl& url, const char* key)
{
    for (const auto& [k, v] : url.connectionParameters())
        if (k == key)
            return QString::fromUtf8(v);
    return QStringLiteral("<none>");
}

} // namespace

TEST_CASE("A server address names its hosts, port, database and user", "[server][url]")
{
    auto url = PgUrl::parse(QStringLiteral("postgresql://ana@db.anitp.ro:6432/reper?sslmode=verify-full"));
    REQUIRE(url);
    REQUIRE(url->hosts().size() == 1);
    CHECK(url->hosts()[0].name == QStringLiteral("db.anitp.ro"));
    CHECK(url->hosts()[0].port == 6432);
    CHECK(url->database() == QStringLiteral("reper"));
    CHECK(url->user() == QStringLiteral("ana"));
    CHECK_FALSE(url->isLocal());
    CHECK(param(*url, "host") == QStringLiteral("db.anitp.ro"));
    CHECK(param(*url, "port") == QStringLiteral("6432"));
    CHECK(param(*url, "dbname") == QStringLiteral("reper"));
    CHECK(param(*url, "user") == QStringLiteral("ana"));
    CHECK(url->text() == QStringLiteral("postgresql://ana@db.anitp.ro:6432/reper?sslmode=verify-full"));
}

TEST_CASE("A primary and its standby in one address reach libpq as a host list", "[server][url]")
{
    auto url = PgUrl::parse(
        QStringLiteral("postgresql://db1.anitp.ro,db2.anitp.ro:5433/reper?target_session_attrs=read-write"));
    REQUIRE(url);
    REQUIRE(url->hosts().size() == 2);
    CHECK(param(*url, "host") == QStringLiteral("db1.anitp.ro,db2.anitp.ro"));
    CHECK(param(*url, "port") == QStringLiteral(",5433"));
    CHECK(param(*url, "target_session_attrs") == QStringLiteral("read-write"));
    CHECK(param(*url, "sslmode") == QStringLiteral("verify-full"));
    CHECK(url->text()
          == QStringLiteral("postgresql://db1.anitp.ro,db2.anitp.ro:5433/reper?target_session_attrs=read-write"));
}

TEST_CASE("Verified TLS is the default for a remote host and not forced on this machine", "[server][url][tls]")
{
    auto remote = PgUrl::parse(QStringLiteral("postgresql://10.1.2.3/reper"));
    REQUIRE(remote);
    CHECK(remote->sslMode() == QStringLiteral("verify-full"));
    CHECK(param(*remote, "sslmode") == QStringLiteral("verify-full"));

    for (const char* local :
         {"postgresql://localhost/reper", "postgresql://127.0.0.1:5432/reper", "postgresql://[::1]:5432/reper",
          "postgresql:///reper?host=/run/postgresql", "postgresql://%2Frun%2Fpostgresql/reper"}) {
        INFO(local);
        auto url = PgUrl::parse(QString::fromLatin1(local));
        REQUIRE(url);
        CHECK(url->isLocal());
        CHECK(url->sslMode() == QStringLiteral("prefer"));
        CHECK(param(*url, "sslmode") == QStringLiteral("<none>"));
    }
    // A host list with one remote host is remote.
    auto mixed = PgUrl::parse(QStringLiteral("postgresql://127.0.0.1,db2.anitp.ro/reper"));
    REQUIRE(mixed);
    CHECK_FALSE(mixed->isLocal());
    CHECK(mixed->sslMode() == QStringLiteral("verify-full"));
}

TEST_CASE("A remote host without certificate checks is refused unless --insecure", "[server][url][tls]")
{
    for (const char* mode : {"disable", "allow", "prefer", "require"}) {
        INFO(mode);
        const QString text = QStringLiteral("postgresql://db.anitp.ro/reper?sslmode=") + QString::fromLatin1(mode);
        auto refused = PgUrl::parse(text);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("--insecure")));
        CHECK(refused.error().message.contains(QStringLiteral("db.anitp.ro")));
        auto allowed = PgUrl::parse(text, true);
        REQUIRE(allowed);
        CHECK(allowed->sslMode() == QString::fromLatin1(mode));
        CHECK(param(*allowed, "sslmode") == QString::fromLatin1(mode));
    }
    CHECK(PgUrl::parse(QStringLiteral("postgresql://db.anitp.ro/reper?sslmode=verify-ca")));
    // On this machine any mode is the user's choice.
    CHECK(PgUrl::parse(QStringLiteral("postgresql://127.0.0.1/reper?sslmode=disable")));
}

TEST_CASE("A password in the address is used but never written back", "[server][url]")
{
    auto url = PgUrl::parse(QStringLiteral("postgresql://ana:s%40cret-pass@db.anitp.ro/reper"));
    REQUIRE(url);
    CHECK(url->user() == QStringLiteral("ana"));
    CHECK(url->password() == QStringLiteral("s@cret-pass"));
    CHECK_FALSE(url->text().contains(QStringLiteral("cret")));
    CHECK(url->text() == QStringLiteral("postgresql://ana@db.anitp.ro/reper"));
    for (const auto& [key, value] : url->connectionParameters())
        CHECK_FALSE(value.contains("cret"));

    auto inQuery = PgUrl::parse(QStringLiteral("postgresql://db.anitp.ro/reper?user=ion&password=hunter2-long"));
    REQUIRE(inQuery);
    CHECK(inQuery->password() == QStringLiteral("hunter2-long"));
    CHECK(inQuery->text() == QStringLiteral("postgresql://ion@db.anitp.ro/reper"));
    // Another user does not inherit the password.
    CHECK(url->withUser(QStringLiteral("ion")).password().isEmpty());
}

TEST_CASE("A bad address says what is wrong with it", "[server][url]")
{
    const auto why = [](const char* text) {
        auto url = PgUrl::parse(QString::fromLatin1(text));
        return url ? QString() : url.error().message;
    };
    CHECK(why("mysql://db/reper").contains(QStringLiteral("postgresql://")));
    CHECK(why("postgresql://db.anitp.ro").contains(QStringLiteral("no database")));
    CHECK(why("postgresql://db.anitp.ro/").contains(QStringLiteral("no database")));
    CHECK(why("postgresql://db.anitp.ro:99999/reper").contains(QStringLiteral("99999")));
    CHECK(why("postgresql://db.anitp.ro/reper?sslmode=maybe").contains(QStringLiteral("maybe")));
    CHECK(why("postgresql://db.anitp.ro/reper?options=-csearch_path%3Devil").contains(QStringLiteral("options")));
    CHECK(why("postgresql://[::1/reper").contains(QStringLiteral("]")));
    CHECK(PgUrl::looksLikeUrl(QStringLiteral("postgres://x/y")));
    CHECK_FALSE(PgUrl::looksLikeUrl(QStringLiteral("/home/ana/centre.reper")));
}
