#include "PgStatement.h"

#include "core/CivilDate.h"

#include <libpq-fe.h>

namespace reper {

namespace {

constexpr unsigned kByteaOid = 17; // pg_type.oid of bytea

} // namespace

PgStatement::PgStatement(PgConnection& conn, const QString& sql, bool reused)
    : m_conn(conn)
    , m_sql(PgPlaceholders::translate(sql))
    , m_reused(reused)
{
    m_params.resize(m_sql.count);
}

PgStatement& PgStatement::bind(int index, QStringView text)
{
    if (index >= 1 && index <= m_params.size())
        m_params[index - 1] = text.isEmpty() ? PgParam() : PgParam(text.toUtf8());
    return *this;
}

PgStatement& PgStatement::bind(int index, qint64 value)
{
    if (index >= 1 && index <= m_params.size())
        m_params[index - 1] = PgConnection::number(value);
    return *this;
}

PgStatement& PgStatement::bind(int index, const QDate& date)
{
    return date.isValid() ? bind(index, CivilDate::format(date)) : bindNull(index);
}

PgStatement& PgStatement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

PgStatement& PgStatement::bind(int index, const std::optional<int>& value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

PgStatement& PgStatement::bind(int index, const std::optional<bool>& value)
{
    return value ? bind(index, qint64(*value ? 1 : 0)) : bindNull(index);
}

PgStatement& PgStatement::bindBlob(int index, const QByteArray& blob)
{
    if (index >= 1 && index <= m_params.size())
        m_params[index - 1] = PgConnection::bytes(blob);
    return *this;
}

PgStatement& PgStatement::bindNull(int index)
{
    if (index >= 1 && index <= m_params.size())
        m_params[index - 1] = PgParam();
    return *this;
}

bool PgStatement::run()
{
    return take(m_reused ? m_conn.queryPrepared(m_sql.sql, m_params) : m_conn.query(m_sql.sql, m_params));
}

bool PgStatement::take(Result<PgResult> answer)
{
    m_ran = true;
    m_row = -1;
    if (!answer) {
        m_error = answer.error();
        m_result = PgResult();
        return false;
    }
    m_error.reset();
    m_result = std::move(*answer);
    return true;
}

bool PgStatement::next()
{
    if (!m_ran && !run())
        return false;
    if (m_row + 1 >= m_result.rows())
        return false;
    ++m_row;
    return true;
}

Status PgStatement::exec()
{
    const bool ok = run();
    const Status out = ok ? Status::success() : Status(*m_error);
    reset();
    return out;
}

void PgStatement::reset()
{
    m_ran = false;
    m_row = -1;
    for (PgParam& p : m_params)
        p.reset();
}

QDate PgStatement::date(int col) const
{
    if (isNull(col) || !m_result.handle())
        return {};
    return CivilDate::fromStore(PQgetvalue(m_result.handle(), m_row, col), PQgetlength(m_result.handle(), m_row, col));
}

QByteArray PgStatement::blob(int col) const
{
    if (isNull(col))
        return {};
    if (m_result.handle() && PQftype(m_result.handle(), col) == kByteaOid)
        return m_result.bytes(m_row, col);
    return text(col).toUtf8();
}

std::optional<qint64> PgStatement::returnedId() const
{
    if (!m_result.handle())
        return std::nullopt;
    const int col = PQfnumber(m_result.handle(), "id");
    if (col < 0)
        return std::nullopt;
    return m_result.rows() > 0 ? m_result.int64(0, col) : 0;
}

std::optional<qint64> PgStatement::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

} // namespace reper
