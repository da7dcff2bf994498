#include "DistinctTally.h"

namespace reper {

DistinctTally::DistinctTally(int slots)
    : m_bits(size_t(slots))
    , m_sparse(size_t(slots))
    , m_counts(size_t(slots), 0)
{
}

bool DistinctTally::add(int slot, qint64 key)
{
    const size_t s = size_t(slot);
    if (key < 0 || key >= kDenseLimit) {
        if (!m_sparse[s].insert(key).second)
            return false;
        ++m_counts[s];
        return true;
    }
    std::vector<quint64>& bits = m_bits[s];
    const size_t word = size_t(key) >> 6;
    if (word >= bits.size())
        bits.resize(std::max(word + 1, bits.size() * 2), 0);
    const quint64 bit = quint64(1) << (key & 63);
    if (bits[word] & bit)
        return false;
    bits[word] |= bit;
    ++m_counts[s];
    return true;
}

bool DistinctTally::contains(int slot, qint64 key) const
{
    const size_t s = size_t(slot);
    if (key < 0 || key >= kDenseLimit)
        return m_sparse[s].count(key) > 0;
    const std::vector<quint64>& bits = m_bits[s];
    const size_t word = size_t(key) >> 6;
    return word < bits.size() && (bits[word] & (quint64(1) << (key & 63))) != 0;
}

} // namespace reper
