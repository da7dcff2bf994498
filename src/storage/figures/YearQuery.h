#pragma once
// Queries over one year and one scope, shared by the figures, the records behind them (explain),
// the data-quality check and the changes after a closing, so all of them read the year alike.
// In the SQL, "{c}" becomes "center_id = :center AND " for a centre and nothing nationally, and
// "{x.c}" the same for the column of alias x; :from and :to are 1 January and 31 December.
#include "core/Result.h"
#include "storage/engine/Database.h"

#include <initializer_list>

namespace reper {

class YearQuery
{
public:
    YearQuery(Database& db, qint64 centerId, int year);

    qint64 centerId() const { return m_centerId; }
    const QString& from() const { return m_from; }
    const QString& to() const { return m_to; }

    Result<Statement> prepare(QString sql) const;
    // The same from the connection's cache of statements, for a fixed text run again and again (the
    // bilanț's): prepared once per connection, on a server once per session, where the server may
    // also keep its plan. The guard resets it; the same text must not be used again while it lives.
    Result<CachedStatement> reused(QString sql) const;
    // The integer columns of the first row of a statement (run now, unless it already ran).
    static Status readRow(Statement& st, std::initializer_list<qint64*> out);

private:
    QString scoped(const QString& sql) const;
    void bindYear(Statement& st) const;

    Database& m_db;
    qint64 m_centerId;
    QString m_from;
    QString m_to;
};

} // namespace reper
