// SQL written once with SQLite's placeholders runs on PostgreSQL: ? and :name become $n, and
// nothing inside a literal, a quoted name, a comment or a ::cast is touched.
#include "storage/engine/postgres/PgPlaceholders.h"

#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("Question marks become numbered parameters in order", "[server][placeholders]")
{
    const auto p = PgPlaceholders::translate(QStringLiteral("INSERT INTO t(a, b, c) VALUES (?, ?,?)"));
    CHECK(p.sql == QStringLiteral("INSERT INTO t(a, b, c) VALUES ($1, $2,$3)"));
    CHECK(p.count == 3);
}

TEST_CASE("A numbered parameter keeps its number, however often it is written", "[server][placeholders]")
{
    // SQLite's ?NNN: the case-load report's period is ?1 and ?2, each used twice.
    const auto p = PgPlaceholders::translate(
        QStringLiteral("SELECT 1 FROM t WHERE a >= ?1 AND a <= ?2 AND b >= ?1 AND b <= ?2 AND c = ?"));
    CHECK(p.sql == QStringLiteral("SELECT 1 FROM t WHERE a >= $1 AND a <= $2 AND b >= $1 AND b <= $2 AND c = $3"));
    CHECK(p.count == 3);
    CHECK(p.names.size() == 3);
    const auto q = PgPlaceholders::translate(QStringLiteral("SELECT ?12"));
    CHECK(q.sql == QStringLiteral("SELECT $12"));
    CHECK(q.count == 12);
}

TEST_CASE("A named parameter used twice is one parameter", "[server][placeholders]")
{
    const auto p = PgPlaceholders::translate(
        QStringLiteral("SELECT count(*) FROM x WHERE d BETWEEN :from AND :to AND (:center = 0 OR c = :center) "
                       "AND e >= :from"));
    CHECK(p.sql
          == QStringLiteral("SELECT count(*) FROM x WHERE d BETWEEN $1 AND $2 AND ($3 = 0 OR c = $3) AND e >= $1"));
    CHECK(p.count == 3);
    CHECK(p.indexOf(QStringLiteral(":from")) == 1);
    CHECK(p.indexOf(QStringLiteral("to")) == 2);
    CHECK(p.indexOf(QStringLiteral(":center")) == 3);
    CHECK(p.indexOf(QStringLiteral(":nothing")) == 0);
}

TEST_CASE("Literals, quoted names, comments and casts are left alone", "[server][placeholders]")
{
    const QString sql = QStringLiteral("SELECT 'it''s ? :x', \"odd?:name\", v::text -- why? :y\n"
                                       "FROM t /* a ? b :z */ WHERE a = ? AND b LIKE ? ESCAPE '\\' AND c = :c");
    const auto p = PgPlaceholders::translate(sql);
    CHECK(p.sql
          == QStringLiteral("SELECT 'it''s ? :x', \"odd?:name\", v::text -- why? :y\n"
                            "FROM t /* a ? b :z */ WHERE a = $1 AND b LIKE $2 ESCAPE '\\' AND c = $3"));
    CHECK(p.count == 3);
    CHECK(p.names == QStringList({QString(), QString(), QStringLiteral("c")}));
}

TEST_CASE("SQL without placeholders is unchanged", "[server][placeholders]")
{
    const QString sql = QStringLiteral("SELECT id FROM victim ORDER BY code");
    CHECK(PgPlaceholders::translate(sql).sql == sql);
    CHECK(PgPlaceholders::translate(sql).count == 0);
}
