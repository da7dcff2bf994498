#pragma once
// The bulk path of the server engine: rows streamed with COPY … FROM STDIN (text format) instead of
// one INSERT and one round trip each. An import of 100,000 rows then costs a few round trips, not
// 100,000. The rows are buffered and sent in blocks of about 256 KiB; finish() ends the COPY and
// says how many rows the server took. Inside the caller's transaction: a failure leaves nothing.
#include "core/Result.h"
#include "storage/engine/postgres/PgConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <utility>

namespace reper {

class PgCopy
{
    Q_DECLARE_TR_FUNCTIONS(PgCopy)

public:
    // Starts `COPY table(columns…) FROM STDIN`.
    static Result<PgCopy> start(PgConnection& conn, const QString& table, const QStringList& columns);
    PgCopy(PgCopy&& other) noexcept
        : m_conn(std::exchange(other.m_conn, nullptr))
        , m_columns(other.m_columns)
        , m_buffer(std::move(other.m_buffer))
        , m_rows(other.m_rows)
        , m_open(std::exchange(other.m_open, false))
    {
    }
    PgCopy& operator=(PgCopy&&) = delete;
    ~PgCopy();

    // One row, one value per column (std::nullopt for NULL, PgConnection::bytes() for bytea).
    Status add(const QList<PgParam>& row);
    // Ends the COPY: the number of rows, or why the server refused them (then none is kept).
    Result<qint64> finish();

private:
    PgCopy(PgConnection& conn, int columns)
        : m_conn(&conn)
        , m_columns(columns)
    {
    }
    Status flush();
    PgConnection* m_conn;
    int m_columns;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_open = true;
};

} // namespace reper
