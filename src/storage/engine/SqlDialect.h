#pragma once
// What differs between the SQL of the two engines, said in one place (docs/server.md): the
// repositories write their SQL once, in the subset both accept (`?` and `:name` placeholders,
// which the server's statements renumber), and ask the connection's dialect for the few
// statements the engines spell differently. The local file is SQLite 3.15 (SQLCipher 3.4.1): it
// has no `ON CONFLICT … DO` upsert, so "insert or ignore/replace" is built here for each engine.
#include <QString>
#include <QStringList>

namespace reper {

enum class Engine { LocalFile, Server };

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual Engine engine() const = 0;

    // INSERT INTO table(columns) VALUES (?, …) that leaves a row with the same key as it is.
    virtual QString insertOrIgnore(const QString& table, const QStringList& columns) const = 0;
    // The same, replacing the row whose `key` columns are equal (the table's primary key).
    virtual QString insertOrReplace(const QString& table, const QStringList& columns, const QStringList& key) const = 0;
    // BEGIN of a transaction that reads only (write = false) or will write: on the local file a
    // writer takes the write lock at once (BEGIN IMMEDIATE), on the server rows lock as they change.
    // A reading transaction sees one state of the store from its first statement to its end, whatever
    // other connections commit meanwhile: the local file's WAL snapshot, the server's REPEATABLE READ
    // (its READ COMMITTED would give each statement of a bilanț its own state). On the server it is
    // also READ ONLY: a write in it is refused, not silently made.
    virtual QString begin(bool write) const = 0;
    // The schema version (one integer): PRAGMA user_version, or the server's schema_version table.
    virtual QString schemaVersionQuery() const = 0;
    // The id of the row the last INSERT into the table `$1` added on this session: the current
    // value of that table's identity sequence on the server (not lastval(): a trigger may insert
    // into another table, as a new victim opens its case). Empty on the local file, where SQLite's
    // rowid is read through the C API.
    virtual QString lastInsertIdQuery() const = 0;
    // What ends an INSERT into a table whose identity column is `id` so that the statement answers
    // the new row's id itself (no row when it added none): on the server one round trip fewer per
    // record than asking lastInsertIdQuery() after it. Empty on the local file.
    virtual QString returningId() const = 0;
    // Whether a failed write broke the unique constraint on `column` (of `table`; any table when
    // empty): how an import tells "this row is already there" from a real error.
    virtual bool isUniqueClash(const QString& errorDetail, const QString& table, const QString& column) const = 0;
    // What follows an INSERT's VALUES so that a row whose unique `column` clashes adds nothing and the
    // statement changes no row. On the server a clash is an error that aborts the whole transaction
    // (an import repeated would stop on its first row), so the clause is ON CONFLICT … DO NOTHING. On
    // the local file it is empty: the SQLite of Debian's SQLCipher 3.4 has no ON CONFLICT clause, and
    // a clash there fails the statement alone, which the caller recognises (isUniqueClash).
    virtual QString onClashAddNothing(const QString& column) const = 0;

    // The values of `expression` in a group joined with `separator` (SQLite's group_concat, the
    // server's string_agg); an empty separator is a comma, the only one SQLite allows with a
    // DISTINCT expression. The order is the engine's: callers sort.
    virtual QString groupConcat(const QString& expression, const QString& separator) const = 0;
    // CREATE TABLE `definition` for a table that one transaction makes and drops, whose rows may be
    // many: on the local file a table of the main database (temporary tables are memory there,
    // temp_store = MEMORY, and would grow with the rows; the main database's page cache is bounded),
    // on the server a temporary table of the session (clients may not create tables in the schema).
    virtual QString createWorkingTable(const QString& definition) const = 0;
    // What follows the column list of a table whose rows are found by its primary key alone, so that
    // the key's index is the table (SQLite's WITHOUT ROWID: one tree to fill, not two). Empty on the
    // server, whose tables are heaps with their key's index beside them.
    virtual QString keyedTableSuffix() const = 0;

    static const SqlDialect& localFile();
    static const SqlDialect& server();

protected:
    static QString placeholders(qsizetype count);
};

} // namespace reper
