#include "KAnonymiser.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace reper {

KAnonymiser::KAnonymiser(std::vector<QuasiIdentifier> quasiIdentifiers, int k)
    : m_qis(std::move(quasiIdentifiers))
    , m_k(std::max(1, k))
{
}

QString KAnonymiser::combination(const Row& row, const std::vector<int>& levels)
{
    QStringList parts;
    for (size_t q = 0; q < row.size() && q < levels.size(); ++q)
        parts << row[q].value(levels[q]);
    return parts.join(QChar(0x1e));
}

KAnonymiser::Outcome KAnonymiser::run(const std::vector<Row>& rows) const
{
    const size_t qn = m_qis.size();
    // Each value as a small number, so a combination is a short key.
    std::vector<std::vector<std::vector<int>>> ids(rows.size(), std::vector<std::vector<int>>(qn));
    for (size_t q = 0; q < qn; ++q) {
        QHash<QString, int> interned;
        for (size_t r = 0; r < rows.size(); ++r) {
            for (int l = 0; l < m_qis[q].levels.size(); ++l) {
                const QString v = rows[r][q].value(l);
                auto it = interned.constFind(v);
                if (it == interned.constEnd())
                    it = interned.insert(v, int(interned.size()));
                ids[r][q].push_back(it.value());
            }
        }
    }

    Outcome best;
    bool haveBest = false;
    std::vector<int> levels(qn, 0);
    std::vector<QByteArray> keys(rows.size());
    for (;;) {
        QHash<QByteArray, int> classes;
        for (size_t r = 0; r < rows.size(); ++r) {
            QByteArray& key = keys[r];
            key.clear();
            for (size_t q = 0; q < qn; ++q) {
                const int v = ids[r][q][size_t(levels[q])];
                key.append(reinterpret_cast<const char*>(&v), sizeof v);
            }
            classes[key] += 1;
        }
        Outcome o;
        o.levels = levels;
        for (size_t r = 0; r < rows.size(); ++r) {
            const int size = classes.value(keys[r]);
            if (size >= m_k) {
                o.kept.push_back(int(r));
                o.smallestClass = o.smallestClass == 0 ? size : std::min(o.smallestClass, size);
            } else {
                ++o.suppressed;
            }
        }
        double generalised = 0;
        int steps = 0;
        for (size_t q = 0; q < qn; ++q) {
            const int top = int(m_qis[q].levels.size()) - 1;
            if (top > 0)
                generalised += double(levels[q]) / double(top);
            steps += levels[q];
        }
        o.loss = double(o.kept.size()) * generalised + double(o.suppressed) * double(qn);
        int bestSteps = 0;
        for (int l : best.levels)
            bestSteps += l;
        const auto rank = [](const Outcome& x, int s) { return std::make_tuple(x.loss, x.suppressed, s); };
        if (!haveBest || rank(o, steps) < rank(best, bestSteps)) {
            best = std::move(o);
            haveBest = true;
        }
        // The next combination of levels (the first quasi-identifier varies slowest, so that among
        // equal outcomes the earliest — the least generalised at the front — is kept).
        int q = int(qn) - 1;
        while (q >= 0 && levels[size_t(q)] + 1 >= int(m_qis[size_t(q)].levels.size())) {
            levels[size_t(q)] = 0;
            --q;
        }
        if (q < 0)
            break;
        ++levels[size_t(q)];
    }
    return best;
}

} // namespace reper
