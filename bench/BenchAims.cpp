#include "BenchAims.h"

#include <cstdio>

namespace reper::bench {

QString AimTable::number(double value, const QString& unit)
{
    const bool times = unit == QStringLiteral("×");
    const int decimals = times ? 2 : (value < 100 ? 1 : 0);
    return QString::number(value, 'f', decimals) + (times ? unit : QLatin1Char(' ') + unit);
}

void AimTable::atMost(const QString& what, double figure, double limit, const QString& unit)
{
    const double ratio = limit > 0 ? figure / limit : 0;
    m_rows.push_back({what, number(figure, unit), QStringLiteral("≤ ") + number(limit, unit),
                      QString::number(ratio, 'f', 2), ratio <= 1 ? QStringLiteral("yes") : QStringLiteral("NO")});
}

void AimTable::atLeast(const QString& what, double figure, double limit, const QString& unit)
{
    const double ratio = limit > 0 ? figure / limit : 0;
    m_rows.push_back({what, number(figure, unit), QStringLiteral("≥ ") + number(limit, unit),
                      QString::number(ratio, 'f', 2), ratio >= 1 ? QStringLiteral("yes") : QStringLiteral("NO")});
}

void AimTable::notMeasured(const QString& what, const QString& why)
{
    m_rows.push_back({what, QStringLiteral("—"), QString(), QString(), QStringLiteral("not measured: ") + why});
}

void AimTable::print() const
{
    std::printf("\naims of issue %d (ratio = figure / aim)\n", m_issue);
    std::printf("  %-58s %14s %14s %7s  %s\n", "what", "figure", "aim", "ratio", "met");
    for (const Row& r : m_rows) {
        // Widths in characters, not bytes: "≤", "≥" and "×" take three bytes in UTF-8.
        const auto pad = [](const QString& s, int width) {
            return s.size() >= width ? s : QString(width - s.size(), QLatin1Char(' ')) + s;
        };
        std::printf("  %s%s %s %s %s  %s\n", qPrintable(r.what),
                    qPrintable(QString(qMax(0, 58 - int(r.what.size())), QLatin1Char(' '))),
                    qPrintable(pad(r.figure, 14)), qPrintable(pad(r.aim, 14)), qPrintable(pad(r.ratio, 7)),
                    qPrintable(r.met));
    }
}

} // namespace reper::bench
