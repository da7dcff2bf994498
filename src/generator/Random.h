#pragma once
// The generator's only source of randomness: xoshiro256** seeded through splitmix64, with bounded
// integers and probabilities computed here rather than by std:: distributions, whose output differs
// between standard libraries. The same seed gives the same numbers on every platform.
#include <QtGlobal>
#include <cstddef>

namespace reper::gen {

// splitmix64's finaliser: a well-mixed 64-bit hash of a 64-bit value.
quint64 mix64(quint64 value);

class Random
{
public:
    explicit Random(quint64 seed);
    // An independent stream for one purpose (a table and a year, one victim, …) under one seed.
    static Random stream(quint64 seed, quint64 purpose, quint64 index = 0);

    quint64 next();
    quint64 below(quint64 bound); // uniform in [0, bound); 0 when bound is 0
    int between(int low, int high); // uniform in [low, high], both included
    bool chance(double probability);
    // The smaller of two uniform draws in [low, high]: most values near low, a long tail.
    int skewedLow(int low, int high);

    template<typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    quint64 m_s[4];
};

} // namespace reper::gen
