#pragma once
// One libpq connection to a Reper server (docs/server.md). It never hangs: the connection has a
// time limit, TCP keepalives notice a vanished peer, every statement has a server-side
// statement_timeout and a client-side deadline a little later (then the statement is cancelled).
// Failures come back as Errors a person can act on — wrong password, server down, certificate not
// verified, connection lost — with libpq's own text in the detail for the log.
#include "core/Result.h"
#include "storage/engine/postgres/PgUrl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace reper {

// The rows of one statement, owned (PQclear on destruction). Text format throughout.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 int64(int row, int col) const;
    QByteArray bytes(int row, int col) const; // a bytea column (hex text decoded)
    qint64 affectedRows() const; // UPDATE/DELETE/INSERT: the rows the statement touched
    pg_result* handle() const { return m_result; }

private:
    pg_result* m_result = nullptr;
};

// A parameter of a statement: text, or SQL NULL (std::nullopt). A bytea value is given as
// PgParam::bytes(), which sends it in PostgreSQL's hex form.
using PgParam = std::optional<QByteArray>;

// One statement of a pipeline (PgConnection::pipeline): its SQL and values, and whether it is
// prepared on the server and reused, as queryPrepared() does. The caller keeps both alive.
struct PgQuery
{
    const QString* sql = nullptr;
    const QList<PgParam>* params = nullptr;
    bool prepared = false;
};

class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    struct Options
    {
        QString password; // empty: libpq's own sources (PGPASSWORD, ~/.pgpass)
        int connectTimeoutSeconds = 10;
        int statementTimeoutSeconds = 300; // the server stops a statement after this long
        int lockTimeoutSeconds = 30; // a row another client holds is waited for this long
        // How much longer than statement_timeout the client waits for a server that cannot even
        // say it stopped (the machine gone, the network cut) before it gives up on the connection.
        int answerGraceSeconds = 15;
        QString applicationName = QStringLiteral("reper");
        QString searchPath; // the schema Reper's tables live in, set for the whole session
    };

    struct Notification
    {
        QString channel;
        QString payload;
        int senderPid = 0; // the backend of the session that notified
    };

    static Result<std::unique_ptr<PgConnection>> connect(const PgUrl& url, const Options& options);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    static PgParam text(const QString& value) { return value.isNull() ? PgParam() : PgParam(value.toUtf8()); }
    static PgParam number(qint64 value) { return QByteArray::number(value); }
    static PgParam bytes(const QByteArray& value);

    // One or more statements without parameters (the simple protocol): schema steps, SET, BEGIN.
    Status exec(const QString& sql);
    // One statement with $1, $2… parameters; the rows, or what went wrong.
    Result<PgResult> query(const QString& sql, const QList<PgParam>& params = {});
    // The same, prepared on the server the first time this connection runs `sql` and reused after
    // (the import's hot path: parsed and planned once, not once per row).
    Result<PgResult> queryPrepared(const QString& sql, const QList<PgParam>& params);

    // Several statements sent in one exchange (libpq's pipeline mode), for a report's few reads: the
    // server runs them one after another, as it would one by one, and each answer comes back in
    // order. One result per query, in the same order; after the first that fails, the rest were not
    // run and say so. Not for bulk work: everything is sent before anything is read.
    std::vector<Result<PgResult>> pipeline(const QList<PgQuery>& queries);

    // Waits, within the statement deadline, for the results of what was sent (a statement, the end
    // of a COPY): the last one, or the first error.
    Result<PgResult> collect(const QString& sqlForMessages);

    // The SCRAM-SHA-256 verifier of `password` for the login role `role`, computed here
    // (PQencryptPasswordConn): the server, and its log, never see the password itself.
    Result<QByteArray> scramVerifier(const QString& role, const QString& password);
    QString quoteIdentifier(const QString& name) const;
    QString quoteLiteral(const QString& value) const;

    // LISTEN, and the notifications that arrived since the last call (without waiting).
    Status listen(const QString& channel);
    QList<Notification> notifications();
    // The socket, for a QSocketNotifier that wakes the window when a notification arrives.
    qintptr socket() const;
    // This session's backend process on the server (what a notification names as its sender).
    int backendPid() const;

    bool isOpen() const;
    bool inTransaction() const;
    QString user() const; // the role the session runs as
    int serverVersion() const; // 150006 for 15.6
    const PgUrl& url() const { return m_url; }
    pg_conn* handle() const { return m_conn; }
    // The error of a failed statement: what the user is told and what the log keeps (SQLSTATE,
    // constraint, table; never the failing row, which may hold identity).
    Error errorOf(const PgResult& result, const QString& sql) const;
    static QString sqlState(const PgResult& result);

private:
    PgConnection(pg_conn* conn, PgUrl url, Options options);
    enum class Send { Simple, Params, Prepare, Prepared };
    Result<PgResult> run(const QString& sql, const QList<PgParam>& params, Send how, const QByteArray& name = {});
    bool send(const QString& sql, const QList<PgParam>& params, Send how, const QByteArray& name);
    QByteArray newName(); // for a statement prepared on the server
    Error connectionLost(const QString& sql) const;
    pg_conn* m_conn = nullptr;
    PgUrl m_url;
    Options m_options;
    QHash<QString, QByteArray> m_prepared; // SQL → the name of its server-side prepared statement
    int m_preparedNames = 0;
};

} // namespace reper
