// Statement: one prepared statement on either engine (Database.h). The local file's branch is the
// SQLite C API as it always was; the server's hands over to PgStatement.
#include "core/CivilDate.h"
#include "storage/engine/Database.h"
#include "storage/engine/StoreFault.h"
#include "storage/engine/postgres/PgStatement.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Database").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Statement::Statement() = default;

Statement::Statement(sqlite3_stmt* stmt, Database* db)
    : m_stmt(stmt)
    , m_db(db)
{
}

Statement::Statement(std::unique_ptr<PgStatement> pg, Database* db)
    : m_pg(std::move(pg))
    , m_db(db)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_pg(std::move(other.m_pg))
    , m_insertTable(std::move(other.m_insertTable))
    , m_db(other.m_db)
    , m_failed(other.m_failed)
    , m_interrupted(other.m_interrupted)
    , m_code(other.m_code)
    , m_errorDetail(std::move(other.m_errorDetail))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_pg = std::move(other.m_pg);
        m_insertTable = std::move(other.m_insertTable);
        m_db = other.m_db;
        m_failed = other.m_failed;
        m_interrupted = other.m_interrupted;
        m_code = other.m_code;
        m_errorDetail = std::move(other.m_errorDetail);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& text) { return bind(index, QStringView(text)); }

Statement& Statement::bind(int index, QStringView text)
{
    if (m_stmt) {
        if (text.isNull() || text.isEmpty()) {
            sqlite3_bind_null(m_stmt, index);
        } else {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
        }
    } else if (m_pg) {
        m_pg->bind(index, text);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    else if (m_pg)
        m_pg->bind(index, value);
    return *this;
}

Statement& Statement::bind(int index, const QDate& date)
{
    if (!date.isValid())
        return bindNull(index);
    return bind(index, CivilDate::format(date));
}

Statement& Statement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<int>& value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<bool>& value)
{
    return value ? bind(index, qint64(*value ? 1 : 0)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, const QByteArray& blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), blob.size(), SQLITE_TRANSIENT);
    else if (m_pg)
        m_pg->bindBlob(index, blob);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    else if (m_pg)
        m_pg->bindNull(index);
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    if (m_stmt)
        return sqlite3_bind_parameter_index(m_stmt, name);
    return m_pg ? m_pg->parameterIndex(name) : 0;
}

bool Statement::next()
{
    if (!m_stmt)
        return nextOnServer();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_interrupted = rc == SQLITE_INTERRUPT;
        m_code = rc;
        m_errorDetail = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    }
    return false;
}

bool Statement::nextOnServer()
{
    if (!m_pg)
        return false;
    const bool row = m_pg->next();
    if (m_pg->failed()) {
        m_failed = true;
        m_errorDetail = m_pg->error().detail;
        if (m_db)
            m_db->m_serverError = m_errorDetail;
        return false;
    }
    if (m_db) {
        m_db->m_serverChanges = m_pg->changes();
        if (!m_insertTable.isEmpty()) {
            m_db->m_serverInsertTable = m_insertTable;
            m_db->m_serverReturnedId = m_pg->returnedId();
        }
    }
    return row;
}

Status Statement::exec()
{
    m_failed = false;
    m_interrupted = false;
    while (next()) {
    }
    const bool failed = m_failed;
    const Error err = failed ? error() : Error{};
    reset();
    if (failed)
        return err;
    return Status::success();
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else if (m_pg) {
        m_pg->reset();
    }
}

bool Statement::isNull(int col) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
    return !m_pg || m_pg->isNull(col);
}

qint64 Statement::int64(int col) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, col);
    return m_pg ? m_pg->int64(col) : 0;
}

QString Statement::text(int col) const
{
    if (!m_stmt)
        return m_pg ? m_pg->text(col) : QString();
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QDate Statement::date(int col) const
{
    if (!m_stmt)
        return m_pg ? m_pg->date(col) : QDate();
    if (isNull(col))
        return {};
    return CivilDate::fromStore(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col)),
                                sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    if (!m_stmt)
        return m_pg ? m_pg->blob(col) : QByteArray();
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

std::optional<qint64> Statement::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

Error Statement::error() const
{
    if (m_pg)
        return m_pg->error();
    const char* sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    if (m_interrupted)
        return Database::cancelledError(QString::fromUtf8(sql).left(120));
    return StoreFault::fromSqlite(
        m_code, m_db ? m_db->path() : QString(), Tr::tr("The store could not carry out an operation."),
        m_errorDetail + QStringLiteral(" [") + QString::fromUtf8(sql).left(120) + QStringLiteral("]"));
}

} // namespace reper
