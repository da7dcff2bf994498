#include "GeneratorContext.h"

#include "generator/CivilDay.h"

#include <QtMath>

namespace reper::gen {

GeneratorContext::GeneratorContext(quint64 seed, int firstYear, int years, double scale, RowCounter& counter)
    : m_seed(seed)
    , m_firstYear(firstYear)
    , m_lastYear(firstYear + years - 1)
    , m_scale(scale)
    , m_firstDay(CivilDay::firstOfYear(firstYear))
    , m_lastDay(CivilDay::lastOfYear(firstYear + years - 1))
    , m_counter(counter)
{
}

Random GeneratorContext::random(Purpose purpose, quint64 index) const
{
    return Random::stream(m_seed, quint64(purpose), index);
}

int GeneratorContext::perYear(double base) const { return int(qRound64(base * m_scale)); }

std::vector<int> GeneratorContext::workingDays(int year)
{
    // 1–2 January, 24 January, 1 May, 1 June, 15 August, 30 November, 1 December, 25–26 December.
    static const int holidays[][2]
        = {{1, 1}, {1, 2}, {1, 24}, {5, 1}, {6, 1}, {8, 15}, {11, 30}, {12, 1}, {12, 25}, {12, 26}};
    std::vector<int> days;
    days.reserve(260);
    for (int d = CivilDay::firstOfYear(year); d <= CivilDay::lastOfYear(year); ++d) {
        if (CivilDay::weekday(d) >= 5)
            continue;
        int y = 0, m = 0, dd = 0;
        CivilDay::toDate(d, y, m, dd);
        bool holiday = false;
        for (const auto& h : holidays)
            holiday = holiday || (h[0] == m && h[1] == dd);
        if (!holiday)
            days.push_back(d);
    }
    return days;
}

int GeneratorContext::spread(Random& random, int i, int n, int slots)
{
    if (n <= 0 || slots <= 0)
        return 0;
    // (i + u)·slots / n with u uniform in [0, 1), in integers so that every platform agrees.
    constexpr qint64 kSteps = 1 << 20;
    const qint64 position = qint64(i) * kSteps + qint64(random.below(kSteps));
    return int(position * slots / (qint64(n) * kSteps));
}

} // namespace reper::gen
