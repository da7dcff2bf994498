#pragma once
// A statement on the server with the same shape as the local file's Statement — bind by position
// or name, step through the rows, read columns by index — so that SQL written once runs on both
// engines. The SQL is the program's (SQLite placeholders, translated once by PgPlaceholders); the
// statement runs when the first row is asked for (or by exec()), prepared on the server when the
// caller says it will come again, and all its rows arrive at once.
#include "core/Result.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgPlaceholders.h"

#include <QDate>
#include <optional>

namespace reper {

class PgStatement
{
public:
    PgStatement(PgConnection& conn, const QString& sql, bool reused = false);

    PgStatement& bind(int index, const QString& text) { return bind(index, QStringView(text)); }
    PgStatement& bind(int index, QStringView text); // a null or empty text binds NULL, as on the local file
    PgStatement& bind(int index, const char* text) { return bind(index, QString::fromUtf8(text)); }
    PgStatement& bind(int index, qint64 value);
    PgStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    PgStatement& bind(int index, const QDate& date);
    PgStatement& bind(int index, const std::optional<qint64>& value);
    PgStatement& bind(int index, const std::optional<int>& value);
    PgStatement& bind(int index, const std::optional<bool>& value);
    PgStatement& bindBlob(int index, const QByteArray& blob);
    PgStatement& bindNull(int index);
    int parameterIndex(const char* name) const { return m_sql.indexOf(QString::fromUtf8(name)); }

    bool next();
    Status exec();
    // Whether it has run since its last reset; if not, what to send to run it (PgConnection::pipeline),
    // whose answer is then handed over with take().
    bool ran() const { return m_ran; }
    PgQuery query() const { return {&m_sql.sql, &m_params, m_reused}; }
    bool take(Result<PgResult> answer);
    void reset(); // back before the first row; the bindings are cleared, as on the local file

    bool isNull(int col) const { return m_result.isNull(m_row, col); }
    qint64 int64(int col) const { return m_result.int64(m_row, col); }
    QString text(int col) const { return m_result.text(m_row, col); }
    QDate date(int col) const;
    QByteArray blob(int col) const;
    std::optional<qint64> optInt64(int col) const;
    qint64 changes() const { return m_result.affectedRows(); }
    // What an `INSERT … RETURNING id` answered: the first row's id, 0 when it added no row; nothing
    // when the statement has no `id` column in its result.
    std::optional<qint64> returnedId() const;

    bool failed() const { return m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }

private:
    bool run();
    PgConnection& m_conn;
    PgPlaceholders m_sql;
    bool m_reused;
    QList<PgParam> m_params;
    PgResult m_result;
    bool m_ran = false;
    int m_row = -1;
    std::optional<Error> m_error;
};

} // namespace reper
