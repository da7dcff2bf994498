#pragma once
// The home page's charts (Qt Charts): victims identified in each of the last years, the victims of
// the year by primary form of exploitation, and prevention activities by month.
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

class QChartView;
class QWidget;

namespace reper {

struct YearCount;

class HomeCharts
{
    Q_DECLARE_TR_FUNCTIONS(HomeCharts)
public:
    static QChartView* victimsByYear(const QList<YearCount>& years, QWidget* parent);
    static QChartView* exploitation(const QMap<QString, qint64>& byForm, int year, QWidget* parent);
    static QChartView* activitiesByMonth(const QList<qint64>& months, int year, QWidget* parent);
};

} // namespace reper
