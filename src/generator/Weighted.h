#pragma once
// A weighted choice among fixed values with integer weights, so that the draw is exact and the
// same on every platform.
#include "generator/Random.h"

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace reper::gen {

template<typename T>
class Weighted
{
public:
    Weighted() = default;
    Weighted(std::initializer_list<std::pair<T, int>> items)
    {
        for (const auto& [value, weight] : items)
            add(value, weight);
    }

    void add(T value, int weight)
    {
        if (weight <= 0)
            return;
        m_total += weight;
        m_values.push_back(std::move(value));
        m_cumulative.push_back(m_total);
    }

    const T& pick(Random& random) const
    {
        const qint64 r = qint64(random.below(quint64(m_total)));
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return m_values[std::size_t(it - m_cumulative.begin())];
    }

    bool isEmpty() const { return m_values.empty(); }
    const std::vector<T>& values() const { return m_values; }

private:
    std::vector<T> m_values;
    std::vector<qint64> m_cumulative;
    qint64 m_total = 0;
};

} // namespace reper::gen
