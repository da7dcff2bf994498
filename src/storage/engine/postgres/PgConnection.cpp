#include "PgConnection.h"

#include "core/Logging.h"
#include "core/platform/Platform.h"

#include <QElapsedTimer>
#include <charconv>
#include <libpq-fe.h>
#include <vector>

namespace reper {

namespace {

// A value for libpq's options= keyword: spaces and backslashes are escaped with a backslash.
QByteArray optionValue(const QString& value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == ' ' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QString libpqText(const char* text) { return QString::fromUtf8(text).trimmed(); }

// The server's notices (WARNING, NOTICE) go to the log at debug level, not to standard error.
void logNotice(void*, const char* message) { Logging::logger("storage")->debug("server notice: {}", message); }

bool mentions(const QString& text, const char* what) { return text.contains(QLatin1String(what), Qt::CaseInsensitive); }

} // namespace

// --- PgResult ----------------------------------------------------------------------------------

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const { return m_result ? PQntuples(m_result) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result) : 0; }
bool PgResult::isNull(int row, int col) const { return !m_result || PQgetisnull(m_result, row, col); }

QString PgResult::text(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

qint64 PgResult::int64(int row, int col) const
{
    if (isNull(row, col))
        return 0;
    // A comparison or EXISTS is a boolean on the server ('t'/'f') and 1/0 on the local file: the
    // SQL written once reads it as a number on either.
    const char* value = PQgetvalue(m_result, row, col);
    if (PQgetlength(m_result, row, col) == 1 && (value[0] == 't' || value[0] == 'f'))
        return value[0] == 't' ? 1 : 0;
    const char* end = value + PQgetlength(m_result, row, col);
    qint64 out = 0;
    const auto [stop, fault] = std::from_chars(value, end, out);
    return fault == std::errc() && stop == end ? out : 0; // as QByteArray::toLongLong: 0 for anything else
}

QByteArray PgResult::bytes(int row, int col) const
{
    if (isNull(row, col))
        return {};
    const QByteArray hex(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
    if (hex.startsWith("\\x"))
        return QByteArray::fromHex(hex.mid(2));
    size_t length = 0; // the old escape format, should a server be set to it
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(hex.constData()), &length);
    QByteArray out(reinterpret_cast<const char*>(raw), qsizetype(length));
    PQfreemem(raw);
    return out;
}

qint64 PgResult::affectedRows() const { return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0; }

// --- PgConnection ------------------------------------------------------------------------------

PgConnection::PgConnection(pg_conn* conn, PgUrl url, Options options)
    : m_conn(conn)
    , m_url(std::move(url))
    , m_options(std::move(options))
{
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgParam PgConnection::bytes(const QByteArray& value) { return QByteArrayLiteral("\\x") + value.toHex(); }

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const PgUrl& url, const Options& options)
{
    QList<QPair<QByteArray, QByteArray>> params = url.connectionParameters();
    const auto add
        = [&](const char* key, const QByteArray& value) { params.append(qMakePair(QByteArray(key), value)); };
    const auto has = [&](const char* key) {
        return std::any_of(params.begin(), params.end(), [&](const auto& p) { return p.first == key; });
    };
    if (!has("connect_timeout"))
        add("connect_timeout", QByteArray::number(options.connectTimeoutSeconds));
    if (!has("application_name"))
        add("application_name", options.applicationName.toUtf8());
    // A peer that vanishes (cable, VPN, a killed server machine) is noticed within about 30 s.
    add("keepalives", "1");
    add("keepalives_idle", "15");
    add("keepalives_interval", "5");
    add("keepalives_count", "3");
    add("tcp_user_timeout", "30000");
    add("client_encoding", "UTF8");
    QByteArray sessionOptions = "-c statement_timeout=" + QByteArray::number(options.statementTimeoutSeconds) + "s"
        + " -c lock_timeout=" + QByteArray::number(options.lockTimeoutSeconds) + "s"
        + " -c idle_in_transaction_session_timeout=600s";
    if (!options.searchPath.isEmpty())
        sessionOptions += " -c search_path=" + optionValue(options.searchPath);
    add("options", sessionOptions);
    if (!options.password.isEmpty())
        add("password", options.password.toUtf8());
    else if (!url.password().isEmpty())
        add("password", url.password().toUtf8());

    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [key, value] : params) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn* conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!conn)
        return makeError(tr("Out of memory while connecting to the server."));
    if (PQstatus(conn) == CONNECTION_OK) {
        PQsetNoticeProcessor(conn, logNotice, nullptr);
        Logging::logger("storage")->info("connected to {} as {}", url.text().toStdString(), PQuser(conn));
        std::unique_ptr<PgConnection> connection(new PgConnection(conn, url, options));
        // What Reper reports as saved is on the server's disk: a server set to synchronous_commit=off
        // acknowledges a commit that a crash a moment later takes back. Any stronger setting (on, or a
        // standby's remote_write/remote_apply) is the administrator's and stays.
        if (auto s = connection->exec(QStringLiteral("SELECT set_config('synchronous_commit', 'on', false) WHERE "
                                                     "current_setting('synchronous_commit') = 'off'"));
            !s)
            return s.error();
        return connection;
    }

    const QString detail = libpqText(PQerrorMessage(conn));
    const bool usedPassword = PQconnectionUsedPassword(conn);
    const bool neededPassword = PQconnectionNeedsPassword(conn);
    PQfinish(conn);
    const QString where = url.text();
    Logging::logger("storage")->warn("cannot connect to {}: {}", where.toStdString(), detail.toStdString());
    if (mentions(detail, "password authentication failed") || mentions(detail, "SCRAM authentication")
        || (usedPassword && mentions(detail, "authentication failed")))
        return makeError(tr("Wrong user name or password."), detail);
    if (neededPassword || mentions(detail, "no password supplied"))
        return makeError(tr("The server asks for a password and none was given."), detail);
    if (mentions(detail, "not permitted to log in"))
        return makeError(tr("This user is disabled. An administrator can enable them again."), detail);
    if (mentions(detail, "root certificate file") || mentions(detail, "certificate verify failed")
        || mentions(detail, "server certificate for") || mentions(detail, "does not match host name"))
        return makeError(tr("The certificate of the server %1 could not be verified, so Reper did not connect. Put "
                            "the certificate of the authority that signed it in ~/.postgresql/root.crt, or name it "
                            "with sslrootcert=FILE in the address (docs/server.md, \"TLS\").")
                             .arg(where),
                         detail);
    if (mentions(detail, "server does not support SSL"))
        return makeError(
            tr("The server %1 does not offer TLS, and Reper does not send passwords in the clear over a network.")
                .arg(where),
            detail);
    if (mentions(detail, "does not exist") && mentions(detail, "database"))
        return makeError(tr("There is no database %1 on the server.").arg(url.database()), detail);
    if (mentions(detail, "pg_hba.conf"))
        return makeError(tr("The server does not accept this user from this computer (its pg_hba.conf)."), detail);
    if (mentions(detail, "timeout expired"))
        return makeError(
            tr("The server %1 did not answer within %2 seconds.").arg(where).arg(options.connectTimeoutSeconds),
            detail);
    if (mentions(detail, "Connection refused") || mentions(detail, "No such file or directory")
        || mentions(detail, "could not translate host name") || mentions(detail, "No route to host")
        || mentions(detail, "Network is unreachable") || mentions(detail, "starting up")
        || mentions(detail, "shutting down"))
        return makeError(
            tr("The server %1 does not answer. Is PostgreSQL running there, and is the address right?").arg(where),
            detail);
    return makeError(tr("Cannot connect to the server %1.").arg(where), detail);
}

bool PgConnection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }

bool PgConnection::inTransaction() const
{
    const auto status = m_conn ? PQtransactionStatus(m_conn) : PQTRANS_UNKNOWN;
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }
int PgConnection::serverVersion() const { return m_conn ? PQserverVersion(m_conn) : 0; }
qintptr PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

int PgConnection::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

QString PgConnection::quoteIdentifier(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    const QString out = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return out;
}

QString PgConnection::quoteLiteral(const QString& value) const
{
    const QByteArray utf8 = value.toUtf8();
    char* quoted = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    const QString out = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return out;
}

Result<QByteArray> PgConnection::scramVerifier(const QString& role, const QString& password)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray user = role.toUtf8();
    char* verifier = PQencryptPasswordConn(m_conn, pw.constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        return makeError(tr("Cannot prepare the password for the server."), libpqText(PQerrorMessage(m_conn)));
    const QByteArray out(verifier);
    PQfreemem(verifier);
    return out;
}

QString PgConnection::sqlState(const PgResult& result)
{
    const char* state = result.handle() ? PQresultErrorField(result.handle(), PG_DIAG_SQLSTATE) : nullptr;
    return state ? QString::fromLatin1(state) : QString();
}

Error PgConnection::connectionLost(const QString& sql) const
{
    return makeError(tr("The connection to the server was lost, so this step was not saved. Check the network "
                        "and try again."),
                     libpqText(PQerrorMessage(m_conn)) + QStringLiteral(" [") + sql.left(120) + QLatin1Char(']'));
}

Error PgConnection::errorOf(const PgResult& result, const QString& sql) const
{
    if (!isOpen())
        return connectionLost(sql);
    const auto field = [&](int code) {
        const char* v = result.handle() ? PQresultErrorField(result.handle(), code) : nullptr;
        return v ? QString::fromUtf8(v) : QString();
    };
    const QString state = field(PG_DIAG_SQLSTATE);
    // The primary message, the constraint and the table: enough to find the cause, never the DETAIL
    // line, which repeats the failing row's values (names, CNP).
    QString detail = state + QStringLiteral(": ") + field(PG_DIAG_MESSAGE_PRIMARY);
    if (const QString c = field(PG_DIAG_CONSTRAINT_NAME); !c.isEmpty())
        detail += QStringLiteral(" (constraint ") + c + QLatin1Char(')');
    if (const QString t = field(PG_DIAG_TABLE_NAME); !t.isEmpty())
        detail += QStringLiteral(" (table ") + t + QLatin1Char(')');
    detail += QStringLiteral(" [") + sql.left(160) + QLatin1Char(']');
    QString message;
    if (state == QLatin1String("57014"))
        message = tr("The server took too long (more than %1 seconds) and stopped the work; nothing of it was saved.")
                      .arg(m_options.statementTimeoutSeconds);
    else if (state == QLatin1String("55P03"))
        message = tr("Someone else is changing the same records; nothing was saved. Try again in a moment.");
    else if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        message = tr("Another user's change got in the way; nothing was saved. Try again.");
    else if (state == QLatin1String("42501"))
        message = tr("The server refused: your roles do not allow this.");
    else if (state.startsWith(QLatin1String("57P")) || state.startsWith(QLatin1String("08")))
        message = tr("The server is shutting down or restarting, so this step was not saved. Try again in a moment.");
    else if (state == QLatin1String("23505"))
        message = tr("A record with the same code is already on the server.");
    else
        message = tr("The server refused the request.");
    return makeError(message, detail);
}

Status PgConnection::exec(const QString& sql)
{
    auto r = run(sql, {}, Send::Simple);
    if (!r)
        return r.error();
    return Status::success();
}

Result<PgResult> PgConnection::query(const QString& sql, const QList<PgParam>& params)
{
    return run(sql, params, Send::Params);
}

Result<PgResult> PgConnection::queryPrepared(const QString& sql, const QList<PgParam>& params)
{
    auto known = m_prepared.constFind(sql);
    if (known == m_prepared.constEnd()) {
        const QByteArray name = newName();
        auto prepared = run(sql, params, Send::Prepare, name);
        if (!prepared)
            return prepared.error();
        known = m_prepared.insert(sql, name);
    }
    return run(sql, params, Send::Prepared, *known);
}

QByteArray PgConnection::newName() { return "reper_" + QByteArray::number(++m_preparedNames); }

std::vector<Result<PgResult>> PgConnection::pipeline(const QList<PgQuery>& queries)
{
    std::vector<Result<PgResult>> out;
    out.reserve(size_t(queries.size()));
    const QString what = QStringLiteral("pipeline of %1 statements").arg(queries.size());
    if (!isOpen() || !PQenterPipelineMode(m_conn)) {
        const Error e = connectionLost(what);
        for (qsizetype i = 0; i < queries.size(); ++i)
            out.emplace_back(e);
        return out;
    }
    // Everything is queued first; a statement seen for the first time is prepared in the same exchange.
    QList<QByteArray> newNames(queries.size());
    bool sent = true;
    for (qsizetype i = 0; i < queries.size() && sent; ++i) {
        const PgQuery& q = queries[i];
        if (!q.prepared) {
            sent = send(*q.sql, *q.params, Send::Params, {});
            continue;
        }
        QByteArray name = m_prepared.value(*q.sql);
        if (name.isEmpty()) {
            name = newName();
            newNames[i] = name;
            sent = send(*q.sql, *q.params, Send::Prepare, name);
        }
        sent = sent && send(*q.sql, *q.params, Send::Prepared, name);
    }
    if (!sent || !PQpipelineSync(m_conn)) {
        const Error e = connectionLost(what);
        PQfinish(m_conn); // half a pipeline is on the wire: the connection is not used again
        m_conn = nullptr;
        for (qsizetype i = 0; i < queries.size(); ++i)
            out.emplace_back(e);
        return out;
    }
    // The answers, in the order sent: a new statement's preparation first, then its rows.
    std::optional<Error> failed;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QString& sql = *queries[i].sql;
        Result<PgResult> prepared = PgResult();
        if (!newNames[i].isEmpty()) {
            prepared = collect(sql);
            if (prepared && PQresultStatus(prepared->handle()) == PGRES_COMMAND_OK)
                m_prepared.insert(sql, newNames[i]);
        }
        Result<PgResult> r = isOpen() ? collect(sql) : Result<PgResult>(connectionLost(sql));
        if (!prepared)
            r = prepared.error(); // its rows, if any, were the server's "aborted"
        else if (r && r->handle() && PQresultStatus(r->handle()) == PGRES_PIPELINE_ABORTED)
            r = failed.value_or(makeError(tr("The server did not run this step."), sql.left(120)));
        if (!r && !failed)
            failed = r.error();
        out.push_back(std::move(r));
        if (!isOpen())
            break;
    }
    while (out.size() < size_t(queries.size()))
        out.emplace_back(failed.value_or(connectionLost(what)));
    if (isOpen()) {
        // The synchronisation point ends the pipeline; then the connection takes single statements again.
        const auto sync = collect(what);
        if (!sync || !PQexitPipelineMode(m_conn)) {
            Logging::logger("storage")->error("pipeline did not end cleanly; connection closed");
            PQfinish(m_conn);
            m_conn = nullptr;
        }
    }
    return out;
}

Result<PgResult> PgConnection::run(const QString& sql, const QList<PgParam>& params, Send how, const QByteArray& name)
{
    if (!isOpen())
        return connectionLost(sql);
    if (!send(sql, params, how, name))
        return connectionLost(sql);
    return collect(sql);
}

bool PgConnection::send(const QString& sql, const QList<PgParam>& params, Send how, const QByteArray& name)
{
    const QByteArray text = sql.toUtf8();
    std::vector<const char*> values;
    values.reserve(size_t(params.size()));
    for (const PgParam& p : params)
        values.push_back(p ? p->constData() : nullptr);
    switch (how) {
    case Send::Simple: return PQsendQuery(m_conn, text.constData()) == 1;
    case Send::Params:
        return PQsendQueryParams(m_conn, text.constData(), int(params.size()), nullptr, values.data(), nullptr, nullptr,
                                 0)
            == 1;
    case Send::Prepare:
        return PQsendPrepare(m_conn, name.constData(), text.constData(), int(params.size()), nullptr) == 1;
    case Send::Prepared:
        return PQsendQueryPrepared(m_conn, name.constData(), int(params.size()), values.data(), nullptr, nullptr, 0)
            == 1;
    }
    return false;
}

Result<PgResult> PgConnection::collect(const QString& sql)
{
    if (!isOpen())
        return connectionLost(sql);
    // The server stops a statement at statement_timeout; this deadline, a little later, is for a
    // server that cannot even say so (stopped, its machine gone, the network cut).
    const qint64 deadline = qint64(m_options.statementTimeoutSeconds + m_options.answerGraceSeconds) * 1000;
    QElapsedTimer clock;
    clock.start();
    PgResult last;
    for (;;) {
        while (PQisBusy(m_conn)) {
            const qint64 left = deadline - clock.elapsed();
            const int ready = left > 0 ? platform::waitForSocket(PQsocket(m_conn), false, int(left)) : 0;
            if (ready == 0) {
                if (PGcancel* cancel = PQgetCancel(m_conn)) {
                    char why[256];
                    PQcancel(cancel, why, sizeof why);
                    PQfreeCancel(cancel);
                }
                Logging::logger("storage")->error("no answer from the server within {} ms; connection closed",
                                                  deadline);
                PQfinish(m_conn); // its state is unknown: it is not used again
                m_conn = nullptr;
                return makeError(tr("The server did not answer for %1 seconds, so the work was stopped and nothing "
                                    "of it was saved. Check the network and the server, then try again.")
                                     .arg(deadline / 1000),
                                 QStringLiteral("client deadline [") + sql.left(120) + QLatin1Char(']'));
            }
            if (ready < 0 || !PQconsumeInput(m_conn))
                return connectionLost(sql);
        }
        pg_result* r = PQgetResult(m_conn);
        if (!r)
            break;
        PgResult one(r);
        const auto status = PQresultStatus(r);
        if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT)
            return one; // the caller now sends or reads the copy's data (PgCopy)
        if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR) {
            if (!last.handle() || (PQresultStatus(last.handle()) != PGRES_FATAL_ERROR))
                last = std::move(one); // the first error is the one that matters
            continue;
        }
        if (!last.handle() || PQresultStatus(last.handle()) != PGRES_FATAL_ERROR)
            last = std::move(one);
    }
    if (!last.handle())
        return isOpen() ? Result<PgResult>(PgResult()) : Result<PgResult>(connectionLost(sql));
    const auto status = PQresultStatus(last.handle());
    if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE || status == PGRES_NONFATAL_ERROR)
        return errorOf(last, sql);
    return last;
}

Status PgConnection::listen(const QString& channel)
{
    return exec(QStringLiteral("LISTEN ") + quoteIdentifier(channel));
}

QList<PgConnection::Notification> PgConnection::notifications()
{
    QList<Notification> out;
    if (!isOpen() || PQisBusy(m_conn))
        return out;
    PQconsumeInput(m_conn);
    while (PGnotify* n = PQnotifies(m_conn)) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
        PQfreemem(n);
    }
    return out;
}

} // namespace reper
