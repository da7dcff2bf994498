#pragma once
// The connection to the store, on either engine: the encrypted local file (SQLCipher through the
// SQLite C API, the default) or a PostgreSQL server (libpq, docs/server.md). Only src/storage speaks
// SQL, and it writes it once: `?` and `:name` placeholders (renumbered for the server by
// PgPlaceholders), and dialect() for the few statements the engines spell differently.
//
// Statement and Database are thin handles: on the local file they call SQLite directly, as before
// the server existed (no virtual call per bind or column: one branch on which engine holds the
// statement); on the server they hand over to PgStatement / PgConnection.
#include "core/Result.h"
#include "storage/engine/SqlDialect.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace reper {

class Database;
class PgConnection;
class PgStatement;
class PgUrl;

class Statement
{
public:
    Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr || m_pg != nullptr; }

    Statement& bind(int index, const QString& text); // a null or empty QString binds NULL
    Statement& bind(int index, QStringView text);
    Statement& bind(int index, const char* text) { return bind(index, QString::fromUtf8(text)); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, const QDate& date); // NULL for a null date
    Statement& bind(int index, const std::optional<qint64>& value);
    Statement& bind(int index, const std::optional<int>& value);
    Statement& bind(int index, const std::optional<bool>& value);
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    // The position of a named parameter (":from"), 0 when the statement has none of that name.
    int parameterIndex(const char* name) const;

    // Steps once: true when a row is ready, false when done. Errors are kept and reported by error().
    bool next();
    // Runs to completion (for statements without rows). Resets the statement afterwards.
    Status exec();
    void reset();

    bool isNull(int col) const;
    qint64 int64(int col) const;
    QString text(int col) const;
    QDate date(int col) const;
    QByteArray blob(int col) const;
    std::optional<qint64> optInt64(int col) const;

    bool failed() const { return m_failed; }
    // What failed, for the log; a statement stopped by a QueryInterrupt gives a cancelled error.
    Error error() const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, Database* db);
    Statement(std::unique_ptr<PgStatement> pg, Database* db);
    bool nextOnServer();
    sqlite3_stmt* m_stmt = nullptr; // the local file's statement, or null
    std::unique_ptr<PgStatement> m_pg; // the server's statement, or null
    QString m_insertTable; // on the server, the table an INSERT adds to (for lastInsertId)
    Database* m_db = nullptr;
    bool m_failed = false;
    bool m_interrupted = false;
    int m_code = 0; // SQLite's result code of the failed step
    QString m_errorDetail;
};

// A statement from the connection's cache, handed out ready to bind; it is reset (rows and
// bindings cleared) when the guard goes, whichever way the caller leaves.
class CachedStatement
{
public:
    explicit CachedStatement(Statement& st)
        : m_st(&st)
    {
    }
    CachedStatement(CachedStatement&& other) noexcept
        : m_st(std::exchange(other.m_st, nullptr))
    {
    }
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    ~CachedStatement()
    {
        if (m_st)
            m_st->reset();
    }
    Statement* get() const { return m_st; }
    Statement* operator->() const { return m_st; }
    Statement& operator*() const { return *m_st; }

private:
    Statement* m_st;
};

class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) an encrypted store with a raw 32-byte key. Refuses to run on an SQLite
    // without the cipher, where PRAGMA key would be silently ignored and data written in clear.
    static Result<std::unique_ptr<Database>> open(const QString& path, const QByteArray& rawKey, bool create);
    // The same for reading only (a migration's snapshot, StoreSnapshot): SQLite opens the file
    // read-only and no setting is written, so nothing of the store changes.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path, const QByteArray& rawKey);
    // The store on a server, over a connection already made (PgConnection::connect: TLS policy,
    // time limits, search_path).
    static std::unique_ptr<Database> onServer(std::unique_ptr<PgConnection> connection);

    Engine engine() const { return m_pg ? Engine::Server : Engine::LocalFile; }
    const SqlDialect& dialect() const { return *m_dialect; }
    // The server's connection (null on the local file): its bulk path, notifications, roles.
    PgConnection* server() const { return m_pg.get(); }

    // Encrypts every page with a new raw 32-byte key (sqlite3_rekey, in one transaction); the
    // connection goes on with the new key. No other connection may be open. Local file only.
    Status rekey(const QByteArray& rawKey);

    Status exec(const QString& sql); // one or more statements without parameters
    // One statement with its values bound in order (a QString as text, anything else as an
    // integer), run to completion.
    Status execWith(const QString& sql, std::initializer_list<QVariant> values);
    Result<Statement> prepare(const QString& sql);
    // The statement for this SQL text from a per-connection cache: prepared once (on the server,
    // prepared there too), handed out ready to bind and reset when the guard goes.
    Result<CachedStatement> cached(const char* sql);
    Result<CachedStatement> cached(const QString& sql);
    // Runs these bound statements at once where that saves time: on the server in one exchange
    // (PgConnection::pipeline) instead of one each, their rows then read as usual; on the local file
    // nothing happens here and each runs when its first row is asked for, as always. A statement
    // that already ran is left as it is. The first failure, if any (each statement keeps its own).
    Status runTogether(const QList<Statement*>& statements); // a null entry is passed over
    // Whether the cached statement `sql`, with its values bound in order as execWith does, gives a
    // row.
    Result<bool> hasRow(const char* sql, std::initializer_list<QVariant> values);

    // How long a statement waits for another connection's write lock before it fails as busy.
    static constexpr int kBusyTimeoutMs = 10000;
    void setBusyTimeout(int ms);
    // Whether the last call failed because another connection held the lock (SQLITE_BUSY).
    bool lastWasBusy() const;
    // Whether a transaction is open on this connection.
    bool inTransaction() const;

    // The id of the row the last INSERT added: SQLite's rowid; on the server the id that INSERT
    // answered (SqlDialect::returningId, 0 when it added none), else its table's sequence (one more
    // round trip).
    qint64 lastInsertId() const;
    // The rows the last INSERT, UPDATE or DELETE statement changed.
    int changes() const;
    QString lastError() const;
    sqlite3* handle() const { return m_db; } // the local file's connection; null on the server
    // The file, or the server's address without its password (for messages and the log).
    const QString& path() const { return m_path; }

    Result<qint64> queryInt(const QString& sql); // first column of the first row
    Result<QString> queryText(const QString& sql);
    int userVersion();

    // The error of work stopped on request ("The work was cancelled."), with `cancelled` set.
    static Error cancelledError(const QString& detail = {});

private:
    friend class Statement;
    Database(sqlite3* db, QString path);
    explicit Database(std::unique_ptr<PgConnection> connection);
    Result<CachedStatement> cachedUtf8(const QByteArray& sql);
    Statement serverStatement(const QString& sql, bool reused);
    sqlite3* m_db = nullptr;
    std::unique_ptr<PgConnection> m_pg;
    const SqlDialect* m_dialect = &SqlDialect::localFile();
    QString m_path;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
    qint64 m_serverChanges = 0; // the server's count of the last statement's changed rows
    QString m_serverError;
    QString m_serverInsertTable; // the table of the last INSERT that ran on the server
    std::optional<qint64> m_serverReturnedId; // the id that INSERT answered itself (… RETURNING id)
};

// While it lives, statements on the connection ask `stop` every few thousand steps of SQLite's
// virtual machine and fail with SQLITE_INTERRUPT (a cancelled error) as soon as it says yes: how a
// job stops a long query half way. One per connection at a time; the connection must outlive it.
// On the server it does nothing yet (statement_timeout bounds every statement there).
class QueryInterrupt
{
public:
    QueryInterrupt(Database& db, std::function<bool()> stop);
    ~QueryInterrupt();
    QueryInterrupt(const QueryInterrupt&) = delete;
    QueryInterrupt& operator=(const QueryInterrupt&) = delete;

    bool interrupted() const { return m_interrupted; }

private:
    static int check(void* self);
    Database& m_db;
    std::function<bool()> m_stop;
    bool m_interrupted = false;
};

} // namespace reper
