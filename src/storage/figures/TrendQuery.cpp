#include "TrendQuery.h"

#include "storage/Store.h"

#include <QCoreApplication>
#include <QMap>

namespace reper {

Status TrendQuery::mayRead(const QString& centerCode)
{
    const Scope scope = Scope::ofCenter(centerCode);
    if (!m_store.access().canSeeFigures(scope))
        return makeError(QCoreApplication::translate("Store", "You may not see the figures of %1.").arg(scope.text()));
    return Status::success();
}

Result<QList<YearCount>> TrendQuery::victimsIdentifiedByYear(int firstYear, int lastYear, const QString& centerCode)
{
    if (auto s = mayRead(centerCode); !s)
        return s.error();
    const auto center = m_store.reference().centerId(centerCode);
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT substr(notification_date, 1, 4), count(DISTINCT victim_id) FROM identification "
                       "WHERE notification_date BETWEEN ? AND ?")
        + (center ? QStringLiteral(" AND center_id = %1").arg(*center) : QString()) + QStringLiteral(" GROUP BY 1"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("%1-01-01").arg(firstYear)).bind(2, QStringLiteral("%1-12-31").arg(lastYear));
    QMap<int, qint64> counts;
    while (st->next())
        counts.insert(st->text(0).toInt(), st->int64(1));
    if (st->failed())
        return st->error();
    QList<YearCount> out;
    for (int y = firstYear; y <= lastYear; ++y)
        out << YearCount{y, counts.value(y)};
    return out;
}

Result<QList<qint64>> TrendQuery::byMonth(const char* table, const char* dateColumn, int year,
                                          const QString& centerCode)
{
    if (auto s = mayRead(centerCode); !s)
        return s.error();
    const auto center = m_store.reference().centerId(centerCode);
    auto st = m_store.db().prepare(QStringLiteral("SELECT substr(%2, 6, 2), count(*) FROM %1 WHERE %2 BETWEEN ? AND ?")
                                       .arg(QLatin1String(table), QLatin1String(dateColumn))
                                   + (center ? QStringLiteral(" AND center_id = %1").arg(*center) : QString())
                                   + QStringLiteral(" GROUP BY 1"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("%1-01-01").arg(year)).bind(2, QStringLiteral("%1-12-31").arg(year));
    QList<qint64> months(12, 0);
    while (st->next()) {
        const int m = st->text(0).toInt();
        if (m >= 1 && m <= 12)
            months[m - 1] = st->int64(1);
    }
    if (st->failed())
        return st->error();
    return months;
}

Result<QList<qint64>> TrendQuery::identificationsByMonth(int year, const QString& centerCode)
{
    return byMonth("identification", "notification_date", year, centerCode);
}

Result<QList<qint64>> TrendQuery::preventionActivitiesByMonth(int year, const QString& centerCode)
{
    return byMonth("prevention_activity", "date", year, centerCode);
}

Result<bool> TrendQuery::hasRecords(const QString& centerCode)
{
    if (auto s = mayRead(centerCode); !s)
        return s.error();
    const auto center = m_store.reference().centerId(centerCode);
    // Case records belong to a victim: the victims and the activities' tables say it all.
    QStringList exists;
    for (const char* table : {"victim", "campaign", "prevention_activity", "protocol", "action_plan", "team_meeting",
                              "training", "event", "funded_project"})
        exists << QStringLiteral("EXISTS (SELECT 1 FROM %1%2)")
                      .arg(QLatin1String(table),
                           center ? QStringLiteral(" WHERE center_id = %1").arg(*center) : QString());
    auto any = m_store.db().queryInt(QStringLiteral("SELECT ") + exists.join(QStringLiteral(" OR ")));
    if (!any)
        return any.error();
    return *any != 0;
}

} // namespace reper
