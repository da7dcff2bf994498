// The bulk path: rows streamed with COPY arrive exactly as given (NULLs, tabs, line ends,
// backslashes, bytes), in a few round trips; a refused row leaves nothing behind.
#include "storage/engine/postgres/PgCopy.h"

#include "support/PgCluster.h"

#include <catch2/catch.hpp>

using namespace reper;
using reper::test::PgCluster;

TEST_CASE("Rows copied in bulk arrive exactly as given", "[server][copy]")
{
    PgCluster& cluster = PgCluster::instance();
    auto db = cluster.connect(cluster.freshDatabase());
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t (n integer NOT NULL, s text, k bytea)")));
    REQUIRE(db->exec(QStringLiteral("BEGIN")));
    auto copy
        = PgCopy::start(*db, QStringLiteral("t"), {QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("k")});
    REQUIRE(copy);
    const QString odd = QStringLiteral("tab\there, line\nend, cr\r, back\\slash \\N, Ștefan");
    const QByteArray bytes = QByteArray::fromHex("000a095c4eff");
    REQUIRE(copy->add({PgConnection::number(1), PgConnection::text(odd), PgConnection::bytes(bytes)}));
    REQUIRE(copy->add({PgConnection::number(2), PgParam(), PgParam()}));
    for (int i = 3; i <= 30000; ++i) // more than one block
        REQUIRE(copy->add({PgConnection::number(i), PgConnection::text(QStringLiteral("row %1").arg(i)), PgParam()}));
    CHECK_FALSE(copy->add({PgConnection::number(1)})); // a row of the wrong width is refused here
    auto taken = copy->finish();
    REQUIRE(taken);
    CHECK(*taken == 30000);
    REQUIRE(db->exec(QStringLiteral("COMMIT")));

    auto first = db->query(QStringLiteral("SELECT s, k FROM t WHERE n = 1"));
    REQUIRE(first);
    CHECK(first->text(0, 0) == odd);
    CHECK(first->bytes(0, 1) == bytes);
    auto second = db->query(QStringLiteral("SELECT s IS NULL, k IS NULL FROM t WHERE n = 2"));
    REQUIRE(second);
    CHECK(second->text(0, 0) == QStringLiteral("t"));
    CHECK(second->text(0, 1) == QStringLiteral("t"));
    auto sum = db->query(QStringLiteral("SELECT count(*), sum(n) FROM t"));
    REQUIRE(sum);
    CHECK(sum->int64(0, 0) == 30000);
    CHECK(sum->int64(0, 1) == qint64(30000) * 30001 / 2);
}

TEST_CASE("A refused row leaves nothing of the copy, and an abandoned copy leaves the connection usable",
          "[server][copy]")
{
    PgCluster& cluster = PgCluster::instance();
    auto db = cluster.connect(cluster.freshDatabase());
    REQUIRE(db->exec(QStringLiteral("CREATE TABLE t (n integer NOT NULL CHECK (n > 0))")));
    {
        auto copy = PgCopy::start(*db, QStringLiteral("t"), {QStringLiteral("n")});
        REQUIRE(copy);
        for (int i = 1; i <= 100; ++i)
            REQUIRE(copy->add({PgConnection::number(i)}));
        REQUIRE(copy->add({PgConnection::number(-5)}));
        auto refused = copy->finish();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().detail.startsWith(QStringLiteral("23514"))); // the CHECK, by its code
        CHECK_FALSE(refused.error().detail.contains(QStringLiteral("-5"))); // never the row's values
    }
    {
        auto copy = PgCopy::start(*db, QStringLiteral("t"), {QStringLiteral("n")});
        REQUIRE(copy);
        REQUIRE(copy->add({PgConnection::number(7)}));
    } // abandoned
    auto count = db->query(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(count);
    CHECK(count->int64(0, 0) == 0);
}
