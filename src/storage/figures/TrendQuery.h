#pragma once
// The few counts the home page draws besides the year's bilanț figures: victims identified in
// each of several years, and identifications and prevention activities in each month of a year.
// For a scope the user may see the figures of (AccessPolicy::canSeeFigures). And whether there is
// anything to count at all.
#include "core/Result.h"

#include <QList>
#include <QString>

namespace reper {

class Store;

struct YearCount
{
    int year = 0;
    qint64 count = 0;
};

class TrendQuery
{
public:
    explicit TrendQuery(Store& store)
        : m_store(store)
    {
    }

    // Distinct victims with a notification in each year from first to last (missing years: 0).
    // centerCode empty: national.
    Result<QList<YearCount>> victimsIdentifiedByYear(int firstYear, int lastYear, const QString& centerCode);
    // Twelve counts, January first.
    Result<QList<qint64>> identificationsByMonth(int year, const QString& centerCode);
    Result<QList<qint64>> preventionActivitiesByMonth(int year, const QString& centerCode);
    // Whether the scope holds any record at all — a victim, a campaign or any activity — of any
    // year: a new store holds none, and the home page then says what to do first.
    Result<bool> hasRecords(const QString& centerCode);

private:
    Result<QList<qint64>> byMonth(const char* table, const char* dateColumn, int year, const QString& centerCode);
    Status mayRead(const QString& centerCode);
    Store& m_store;
};

} // namespace reper
