#pragma once
// The aims of issue 15, each printed beside its figure and its ratio to the aim, at the end of a
// reper-bench run (docs/benchmarks.md holds the table and the machine).
#include <QList>
#include <QString>

namespace reper::bench {

class AimTable
{
public:
    // `issue`: the issue whose aims these are, named in the table's title.
    explicit AimTable(int issue = 15)
        : m_issue(issue)
    {
    }
    // An aim "at most `limit`" (unit ms, MB, %, ×): the ratio is figure / limit, met when ≤ 1.
    void atMost(const QString& what, double figure, double limit, const QString& unit);
    // An aim "at least `limit`": the ratio is figure / limit, met when ≥ 1.
    void atLeast(const QString& what, double figure, double limit, const QString& unit);
    void notMeasured(const QString& what, const QString& why);
    void print() const;

private:
    struct Row
    {
        QString what;
        QString figure;
        QString aim;
        QString ratio;
        QString met;
    };
    static QString number(double value, const QString& unit);
    int m_issue;
    QList<Row> m_rows;
};

} // namespace reper::bench
