#include "PgCopy.h"

#include <libpq-fe.h>

namespace reper {

namespace {

constexpr qsizetype kBlock = 256 * 1024;

// COPY's text format: backslash, tab, newline and carriage return escaped; \N is NULL.
void appendValue(QByteArray& out, const PgParam& value)
{
    if (!value) {
        out += "\\N";
        return;
    }
    for (const char c : *value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace

Result<PgCopy> PgCopy::start(PgConnection& conn, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& c : columns)
        quoted << conn.quoteIdentifier(c);
    const QString sql
        = QStringLiteral("COPY %1(%2) FROM STDIN").arg(conn.quoteIdentifier(table), quoted.join(QLatin1String(", ")));
    auto r = conn.query(sql);
    if (!r)
        return r.error();
    if (!r->handle() || PQresultStatus(r->handle()) != PGRES_COPY_IN)
        return makeError(tr("The server did not start the copy."), sql);
    return PgCopy(conn, int(columns.size()));
}

PgCopy::~PgCopy()
{
    if (m_open && m_conn && m_conn->isOpen()) { // abandoned half way: the server drops what it got
        PQputCopyEnd(m_conn->handle(), "the copy was abandoned");
        (void)m_conn->collect(QStringLiteral("COPY"));
    }
}

Status PgCopy::add(const QList<PgParam>& row)
{
    if (row.size() != m_columns)
        return makeError(tr("A row of the copy has %1 values for %2 columns.").arg(row.size()).arg(m_columns));
    for (int i = 0; i < row.size(); ++i) {
        if (i)
            m_buffer += '\t';
        appendValue(m_buffer, row[i]);
    }
    m_buffer += '\n';
    ++m_rows;
    return m_buffer.size() >= kBlock ? flush() : Status::success();
}

Status PgCopy::flush()
{
    if (m_buffer.isEmpty())
        return Status::success();
    if (!m_conn->isOpen() || PQputCopyData(m_conn->handle(), m_buffer.constData(), int(m_buffer.size())) != 1)
        return makeError(tr("The connection to the server was lost, so this step was not saved. Check the network "
                            "and try again."),
                         QString::fromUtf8(m_conn->isOpen() ? PQerrorMessage(m_conn->handle()) : "closed"));
    m_buffer.clear();
    return Status::success();
}

Result<qint64> PgCopy::finish()
{
    if (auto s = flush(); !s)
        return s.error();
    m_open = false;
    if (PQputCopyEnd(m_conn->handle(), nullptr) != 1)
        return makeError(tr("The connection to the server was lost, so this step was not saved. Check the network "
                            "and try again."),
                         QString::fromUtf8(PQerrorMessage(m_conn->handle())));
    auto done = m_conn->collect(QStringLiteral("COPY"));
    if (!done)
        return done.error();
    return done->affectedRows();
}

} // namespace reper
