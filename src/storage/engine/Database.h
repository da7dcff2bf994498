#pragma once
// The connection to the encrypted store: SQLCipher through the SQLite C API. Only this folder
// speaks SQL. Statements use `?` placeholders so the same repositories can later run on another
// backend behind this class.
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace reper {

class Database;

class Statement
{
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

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
    Statement(sqlite3_stmt* stmt, Database* db)
        : m_stmt(stmt)
        , m_db(db)
    {
    }
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
    bool m_failed = false;
    bool m_interrupted = false;
    int m_code = 0; // SQLite's result code of the failed step
    QString m_errorDetail;
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

    // Encrypts every page with a new raw 32-byte key (sqlite3_rekey, in one transaction); the
    // connection goes on with the new key. No other connection may be open.
    Status rekey(const QByteArray& rawKey);

    Status exec(const QString& sql); // one or more statements without parameters
    Result<Statement> prepare(const QString& sql);
    // The statement from a per-connection cache: prepared once, reset before it is handed out.
    Statement* cached(const char* sql);
    // Whether the cached statement `sql`, with `value` for its one parameter, gives a row.
    Result<bool> hasRow(const char* sql, const QString& value);

    // How long a statement waits for another connection's write lock before it fails as busy.
    static constexpr int kBusyTimeoutMs = 10000;
    void setBusyTimeout(int ms);
    // Whether the last call failed because another connection held the lock (SQLITE_BUSY).
    bool lastWasBusy() const;

    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    Result<qint64> queryInt(const QString& sql); // first column of the first row
    Result<QString> queryText(const QString& sql);
    int userVersion();

    // The error of work stopped on request ("The work was cancelled."), with `cancelled` set.
    static Error cancelledError(const QString& detail = {});

private:
    Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

// While it lives, statements on the connection ask `stop` every few thousand steps of SQLite's
// virtual machine and fail with SQLITE_INTERRUPT (a cancelled error) as soon as it says yes: how a
// job stops a long query half way. One per connection at a time; the connection must outlive it.
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
