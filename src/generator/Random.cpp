#include "Random.h"

#include <algorithm>

namespace reper::gen {

namespace {

quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

} // namespace

quint64 mix64(quint64 value)
{
    quint64 z = value + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Random::Random(quint64 seed)
{
    quint64 x = seed;
    for (quint64& s : m_s) {
        x += 0x9E3779B97F4A7C15ull;
        s = mix64(x);
    }
}

Random Random::stream(quint64 seed, quint64 purpose, quint64 index)
{
    return Random(mix64(mix64(seed) ^ (purpose * 0xD1B54A32D192ED03ull)) ^ mix64(index + 0x632BE59BD9B4E019ull));
}

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint64 Random::below(quint64 bound)
{
    if (bound == 0)
        return 0;
    // Rejection of the top partial block keeps every value equally likely.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return r % bound;
    }
}

int Random::between(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(below(quint64(qint64(high) - low + 1)));
}

bool Random::chance(double probability)
{
    // 53 random bits compared with p·2^53: exact IEEE arithmetic, the same everywhere.
    return double(next() >> 11) < probability * 9007199254740992.0;
}

int Random::skewedLow(int low, int high) { return std::min(between(low, high), between(low, high)); }

} // namespace reper::gen
