#include "SuppressionAudit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace reper {

namespace {

constexpr double kEps = 1e-9;

// Minimises c·y subject to A·y = b, y ≥ 0, by the two-phase simplex method with Bland's rule (no
// cycling). Dense: the systems here have a handful of rows. Nothing when unbounded or infeasible.
class Simplex
{
public:
    Simplex(const std::vector<std::vector<double>>& a, const std::vector<double>& b, int columns)
        : m_rows(int(a.size()))
        , m_cols(columns)
    {
        // Columns: the variables, one artificial per row, then the right-hand side.
        m_t.assign(size_t(m_rows + 1), std::vector<double>(size_t(m_cols + m_rows + 1), 0.0));
        for (int i = 0; i < m_rows; ++i) {
            const double sign = b[size_t(i)] < 0 ? -1.0 : 1.0;
            for (int j = 0; j < m_cols; ++j)
                m_t[size_t(i)][size_t(j)] = sign * a[size_t(i)][size_t(j)];
            m_t[size_t(i)][size_t(m_cols + i)] = 1.0;
            m_t[size_t(i)][size_t(rhs())] = sign * b[size_t(i)];
            m_basis.push_back(m_cols + i);
        }
        // Phase 1: minimise the sum of the artificials.
        for (int i = 0; i < m_rows; ++i)
            for (int j = 0; j <= rhs(); ++j)
                if (j < m_cols || j == rhs())
                    m_t[size_t(m_rows)][size_t(j)] -= m_t[size_t(i)][size_t(j)];
        m_feasible = run(m_cols + m_rows) && -m_t[size_t(m_rows)][size_t(rhs())] < 1e-7;
        if (!m_feasible)
            return;
        // Drive the artificials out of the basis where a real column can take their place.
        for (int i = 0; i < m_rows; ++i) {
            if (m_basis[size_t(i)] < m_cols)
                continue;
            for (int j = 0; j < m_cols; ++j) {
                if (std::abs(m_t[size_t(i)][size_t(j)]) > kEps) {
                    pivot(i, j);
                    break;
                }
            }
        }
        m_phase1 = m_t;
        m_phase1Basis = m_basis;
    }

    std::optional<double> minimise(const std::vector<double>& c)
    {
        if (!m_feasible)
            return std::nullopt;
        m_t = m_phase1;
        m_basis = m_phase1Basis;
        auto& obj = m_t[size_t(m_rows)];
        std::fill(obj.begin(), obj.end(), 0.0);
        for (int j = 0; j < m_cols; ++j)
            obj[size_t(j)] = c[size_t(j)];
        for (int i = 0; i < m_rows; ++i) {
            const int b = m_basis[size_t(i)];
            const double cb = b < m_cols ? c[size_t(b)] : 0.0;
            if (cb != 0.0)
                for (int j = 0; j <= rhs(); ++j)
                    obj[size_t(j)] -= cb * m_t[size_t(i)][size_t(j)];
        }
        if (!run(m_cols))
            return std::nullopt; // unbounded
        return -obj[size_t(rhs())];
    }

private:
    int rhs() const { return m_cols + m_rows; }

    void pivot(int row, int col)
    {
        auto& pr = m_t[size_t(row)];
        const double p = pr[size_t(col)];
        for (double& v : pr)
            v /= p;
        for (int i = 0; i <= m_rows; ++i) {
            if (i == row)
                continue;
            auto& r = m_t[size_t(i)];
            const double f = r[size_t(col)];
            if (f == 0.0)
                continue;
            for (size_t j = 0; j < r.size(); ++j)
                r[j] -= f * pr[j];
        }
        m_basis[size_t(row)] = col;
    }

    // Pivots until optimal (true) or unbounded (false); only columns below `columns` may enter.
    bool run(int columns)
    {
        for (;;) {
            const auto& obj = m_t[size_t(m_rows)];
            int enter = -1;
            for (int j = 0; j < columns; ++j) {
                if (obj[size_t(j)] < -kEps) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0)
                return true;
            int leave = -1;
            double best = std::numeric_limits<double>::infinity();
            for (int i = 0; i < m_rows; ++i) {
                const double a = m_t[size_t(i)][size_t(enter)];
                if (a <= kEps)
                    continue;
                const double ratio = m_t[size_t(i)][size_t(rhs())] / a;
                if (ratio < best - kEps
                    || (std::abs(ratio - best) <= kEps && m_basis[size_t(i)] < m_basis[size_t(leave)])) {
                    best = ratio;
                    leave = i;
                }
            }
            if (leave < 0)
                return false;
            pivot(leave, enter);
        }
    }

    int m_rows;
    int m_cols;
    std::vector<std::vector<double>> m_t;
    std::vector<int> m_basis;
    std::vector<std::vector<double>> m_phase1;
    std::vector<int> m_phase1Basis;
    bool m_feasible = false;
};

struct Bounds
{
    qint64 low;
    qint64 high; // -1: none
};

Bounds boundsOf(const CellSystem::Cell& c, int threshold)
{
    switch (c.mark) {
    case CellSystem::Mark::Shown: return {c.value, c.value};
    case CellSystem::Mark::Small: return {1, threshold};
    case CellSystem::Mark::Complementary: return {threshold + 1, -1};
    case CellSystem::Mark::Withheld: return {0, -1};
    }
    return {c.value, c.value};
}

bool isUnknown(const CellSystem::Cell& c) { return c.mark != CellSystem::Mark::Shown; }

} // namespace

int CellSystem::addCell(const QString& table, const QString& code, qint64 value)
{
    m_cells.push_back({table, code, value, Mark::Shown});
    return int(m_cells.size()) - 1;
}

void CellSystem::addSum(const std::vector<int>& cells, qint64 total)
{
    Equation e;
    for (int c : cells)
        e.terms.push_back({c, 1});
    e.constant = total;
    m_equations.push_back(std::move(e));
}

void CellSystem::addSubtotal(const std::vector<int>& parts, int whole)
{
    Equation e;
    for (int c : parts)
        e.terms.push_back({c, 1});
    e.terms.push_back({whole, -1});
    m_equations.push_back(std::move(e));
}

int CellSystem::find(const QString& table, const QString& code) const
{
    for (size_t i = 0; i < m_cells.size(); ++i) {
        if (m_cells[i].table == table && m_cells[i].code == code)
            return int(i);
    }
    return -1;
}

std::pair<qint64, qint64> CellSystem::range(int cell, int threshold) const
{
    const Bounds own = boundsOf(m_cells[size_t(cell)], threshold);
    if (!isUnknown(m_cells[size_t(cell)]))
        return {own.low, own.high};

    // The unknowns connected to this cell through equations, and those equations.
    const std::vector<size_t> eqs = connectedEquations(cell);
    std::vector<int> unknowns{cell};
    for (size_t e : eqs) {
        for (const Term& t : m_equations[e].terms) {
            if (isUnknown(m_cells[size_t(t.cell)])
                && std::find(unknowns.begin(), unknowns.end(), t.cell) == unknowns.end())
                unknowns.push_back(t.cell);
        }
    }

    // Variables y = x - low ≥ 0; a finite upper bound adds y + s = high - low.
    std::map<int, int> column;
    for (size_t k = 0; k < unknowns.size(); ++k)
        column[unknowns[k]] = int(k);
    int slackCount = 0;
    for (int u : unknowns)
        slackCount += boundsOf(m_cells[size_t(u)], threshold).high >= 0 ? 1 : 0;
    const int cols = int(unknowns.size()) + slackCount;
    std::vector<std::vector<double>> a;
    std::vector<double> b;
    for (size_t e : eqs) {
        std::vector<double> row(size_t(cols), 0.0);
        double rhsValue = double(m_equations[e].constant);
        for (const Term& t : m_equations[e].terms) {
            const Cell& c = m_cells[size_t(t.cell)];
            if (isUnknown(c)) {
                row[size_t(column[t.cell])] += t.coefficient;
                rhsValue -= double(t.coefficient) * double(boundsOf(c, threshold).low);
            } else {
                rhsValue -= double(t.coefficient) * double(c.value);
            }
        }
        a.push_back(std::move(row));
        b.push_back(rhsValue);
    }
    int s = int(unknowns.size());
    for (int u : unknowns) {
        const Bounds bd = boundsOf(m_cells[size_t(u)], threshold);
        if (bd.high < 0)
            continue;
        std::vector<double> row(size_t(cols), 0.0);
        row[size_t(column[u])] = 1.0;
        row[size_t(s++)] = 1.0;
        a.push_back(std::move(row));
        b.push_back(double(bd.high - bd.low));
    }

    Simplex lp(a, b, cols);
    std::vector<double> c(size_t(cols), 0.0);
    c[0] = 1.0;
    const auto low = lp.minimise(c);
    c[0] = -1.0;
    const auto negHigh = lp.minimise(c);
    const qint64 lo = own.low + (low ? qint64(std::llround(*low)) : 0);
    const qint64 hi = negHigh ? own.low + qint64(std::llround(-*negHigh)) : -1;
    return {lo, hi};
}

std::vector<size_t> CellSystem::connectedEquations(int cell) const
{
    std::vector<int> reached{cell};
    std::vector<size_t> eqs;
    std::vector<bool> used(m_equations.size(), false);
    for (size_t k = 0; k < reached.size(); ++k) {
        for (size_t e = 0; e < m_equations.size(); ++e) {
            if (used[e])
                continue;
            const auto& terms = m_equations[e].terms;
            if (std::none_of(terms.begin(), terms.end(), [&](const Term& t) { return t.cell == reached[k]; }))
                continue;
            used[e] = true;
            eqs.push_back(e);
            for (const Term& t : terms) {
                if (isUnknown(m_cells[size_t(t.cell)])
                    && std::find(reached.begin(), reached.end(), t.cell) == reached.end())
                    reached.push_back(t.cell);
            }
        }
    }
    return eqs;
}

bool CellSystem::isDisclosed(int cell, int threshold) const
{
    const Mark m = m_cells[size_t(cell)].mark;
    if (m != Mark::Small && m != Mark::Complementary)
        return false;
    for (const Equation& e : m_equations) {
        bool holds = false;
        bool othersShown = true;
        for (const Term& t : e.terms) {
            if (t.cell == cell)
                holds = true;
            else if (isUnknown(m_cells[size_t(t.cell)]))
                othersShown = false;
        }
        if (holds && othersShown)
            return true;
    }
    const auto [lo, hi] = range(cell, threshold);
    return hi >= 0 && lo >= hi;
}

std::vector<int> CellSystem::disclosedCells(int threshold) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const Mark m = m_cells[i].mark;
        if (m != Mark::Small && m != Mark::Complementary)
            continue;
        const auto [lo, hi] = range(int(i), threshold);
        if (hi >= 0 && lo >= hi)
            out.push_back(int(i));
    }
    return out;
}

} // namespace reper
