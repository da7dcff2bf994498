#pragma once
// Distinct keys counted per slot (a year and a scope of the document), for the figures that count
// distinct victims, campaigns or case references while one pass reads the rows of every centre.
// Keys are the store's row ids (dense, from 1): a bitmap per slot, one bit a key, so the memory is
// an eighth of a byte per key and slot and does not depend on how many rows are read. A key beyond
// the dense range (or negative) goes to a hash set of its slot instead, so any key counts right.
#include <QtGlobal>
#include <algorithm>
#include <unordered_set>
#include <vector>

namespace reper {

class DistinctTally
{
public:
    explicit DistinctTally(int slots);

    // Counts `key` in `slot` unless it was already counted there; true when it is new.
    bool add(int slot, qint64 key);
    qint64 count(int slot) const { return m_counts[size_t(slot)]; }
    bool contains(int slot, qint64 key) const;

    // Keys up to this value use the bitmap (half a MiB a slot at most).
    static constexpr qint64 kDenseLimit = qint64(1) << 22;

private:
    std::vector<std::vector<quint64>> m_bits;
    std::vector<std::unordered_set<qint64>> m_sparse;
    std::vector<qint64> m_counts;
};

} // namespace reper
