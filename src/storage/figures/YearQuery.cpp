#include "YearQuery.h"

#include <QRegularExpression>

namespace reper {

YearQuery::YearQuery(Database& db, qint64 centerId, int year)
    : m_db(db)
    , m_centerId(centerId)
    , m_from(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')))
    , m_to(QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')))
{
}

QString YearQuery::scoped(const QString& sql) const
{
    static const QRegularExpression scope(QStringLiteral("\\{(\\w+\\.)?c\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = scope.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(sql).mid(at, m.capturedStart() - at);
        if (m_centerId)
            out += m.captured(1) + QStringLiteral("center_id = :center AND ");
        at = m.capturedEnd();
    }
    out += QStringView(sql).mid(at);
    return out;
}

void YearQuery::bindYear(Statement& st) const
{
    if (const int i = st.parameterIndex(":from"))
        st.bind(i, m_from);
    if (const int i = st.parameterIndex(":to"))
        st.bind(i, m_to);
    if (const int i = st.parameterIndex(":center"))
        st.bind(i, m_centerId);
}

Result<Statement> YearQuery::prepare(QString sql) const
{
    auto st = m_db.prepare(scoped(sql));
    if (st)
        bindYear(*st);
    return st;
}

Result<CachedStatement> YearQuery::reused(QString sql) const
{
    auto st = m_db.cached(scoped(sql));
    if (st)
        bindYear(**st);
    return st;
}

Status YearQuery::readRow(Statement& row, std::initializer_list<qint64*> out)
{
    if (!row.next())
        return row.failed() ? Status(row.error()) : Status::success();
    int col = 0;
    for (qint64* o : out)
        *o = row.int64(col++);
    return Status::success();
}

} // namespace reper
