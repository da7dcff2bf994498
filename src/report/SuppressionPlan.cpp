#include "SuppressionPlan.h"

#include <algorithm>
#include <tuple>

namespace reper {

namespace {

// The figures of victims shown per centre, by JSON key.
const std::vector<std::pair<const char*, qint64 BilantFigures::*>>& centreVictimFigures()
{
    static const std::vector<std::pair<const char*, qint64 BilantFigures::*>> list = {
        {"victims_identified", &BilantFigures::victimsIdentified},
        {"victims_assistance_monitored", &BilantFigures::victimsAssistanceMonitored},
        {"victims_repatriated", &BilantFigures::victimsRepatriated},
        {"victims_judicial_participation", &BilantFigures::victimsJudicialParticipation},
    };
    return list;
}

} // namespace

SuppressionPlan SuppressionPlan::make(const BilantReportData& data, int threshold)
{
    SuppressionPlan plan;
    plan.m_active = true;
    plan.m_threshold = threshold;
    plan.build(data);
    plan.markSmall();
    plan.protect();
    return plan;
}

SuppressionPlan SuppressionPlan::make(CellSystem system, int threshold)
{
    SuppressionPlan plan;
    plan.m_active = true;
    plan.m_threshold = threshold;
    plan.m_system = std::move(system);
    plan.m_preferInterior = true;
    const auto& cells = plan.m_system.cells();
    for (size_t i = 0; i < cells.size(); ++i)
        plan.m_index.insert(key(cells[i].table, cells[i].code), int(i));
    plan.markSmall();
    plan.protect();
    return plan;
}

void SuppressionPlan::build(const BilantReportData& data)
{
    const BilantFigures& f = data.figures;
    const auto add = [&](const QString& table, const QString& code, qint64 value) {
        const int i = m_system.addCell(table, code, value);
        m_index.insert(key(table, code), i);
        return i;
    };
    // One equation per table: its cells add up to its (exact) total. Zero cells are not cells: a
    // reader knows them.
    const auto addTable = [&](const QString& table, const QMap<QString, qint64>& counts) {
        std::vector<int> cells;
        qint64 total = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (it.value() <= 0)
                continue;
            cells.push_back(add(table, it.key(), it.value()));
            total += it.value();
        }
        if (!cells.empty())
            m_system.addSum(cells, total);
    };
    for (auto it = f.breakdowns.constBegin(); it != f.breakdowns.constEnd(); ++it)
        addTable(it.key(), it.value());

    // The age groups add up to the minors and the adults of the other table: one table can give
    // away the other's cells.
    const auto cell = [&](const QString& table, const QString& code) { return m_index.value(key(table, code), -1); };
    const auto link = [&](const QStringList& parts, const QString& whole) {
        const int w = cell(QStringLiteral("minor_adult"), whole);
        std::vector<int> p;
        for (const QString& code : parts) {
            if (const int c = cell(QStringLiteral("age_group"), code); c >= 0)
                p.push_back(c);
        }
        if (w >= 0 && !p.empty())
            m_system.addSubtotal(p, w);
    };
    link({QStringLiteral("0-13"), QStringLiteral("14-17")}, QStringLiteral("minor"));
    link({QStringLiteral("18-25"), QStringLiteral("26-35"), QStringLiteral("36+")}, QStringLiteral("adult"));
    link({QStringLiteral("unknown")}, QStringLiteral("unknown"));

    QMap<QString, qint64> months;
    for (int m = 0; m < 12; ++m)
        months.insert(QStringLiteral("%1").arg(m + 1, 2, 10, QLatin1Char('0')), f.identifiedByMonth[size_t(m)]);
    addTable(QStringLiteral("month"), months);

    // Per centre, the national row is not the sum of the centres (a victim served by two centres
    // counts once nationally); the reader is assumed to know the sum all the same.
    for (const auto& [name, member] : centreVictimFigures()) {
        QMap<QString, qint64> perCentre;
        for (const BilantFigures& c : data.centres)
            perCentre.insert(c.scope.center(), c.*member);
        addTable(QStringLiteral("centres.") + QLatin1String(name), perCentre);
    }

    // Victims with an attempt: one cell of a two-cell breakdown whose other cell is not shown.
    if (f.attempts > 0)
        add(QStringLiteral("info"), QStringLiteral("attempts"), f.attempts);
}

void SuppressionPlan::markSmall()
{
    for (auto& c : m_system.cells()) {
        if (c.mark == Mark::Shown && c.value >= 1 && c.value <= m_threshold)
            c.mark = Mark::Small;
    }
}

void SuppressionPlan::protect()
{
    auto& cells = m_system.cells();
    const auto sharesEquation = [&](int a, int b) {
        for (const auto& e : m_system.equations()) {
            bool hasA = false;
            bool hasB = false;
            for (const auto& t : e.terms) {
                hasA = hasA || t.cell == a;
                hasB = hasB || t.cell == b;
            }
            if (hasA && hasB)
                return true;
        }
        return false;
    };
    std::vector<int> equationsOf(cells.size(), 0);
    for (const auto& e : m_system.equations())
        for (const auto& t : e.terms)
            ++equationsOf[size_t(t.cell)];
    // Hiding a cell only widens what a reader can deduce of the others (a known value becomes a
    // range that contains it), so a hidden cell found safe stays safe: only the cells not yet found
    // safe, and those hidden since, are looked at again.
    std::vector<int> pending;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].mark == Mark::Small || cells[i].mark == Mark::Complementary)
            pending.push_back(int(i));
    }
    // Each round hides at least one more cell, so this ends.
    for (;;) {
        std::vector<int> disclosed;
        for (int c : pending) {
            if (m_system.isDisclosed(c, m_threshold))
                disclosed.push_back(c);
        }
        std::sort(disclosed.begin(), disclosed.end());
        pending = disclosed;
        if (disclosed.empty())
            return;
        const int target = disclosed.front();
        // Candidates: the shown cells of the equations that bear on the disclosed cell (its own and
        // those linked to them through hidden cells), smallest first — the least lost.
        std::vector<int> candidates;
        for (size_t e : m_system.connectedEquations(target)) {
            for (const auto& t : m_system.equations()[e].terms) {
                if (cells[size_t(t.cell)].mark == Mark::Shown
                    && std::find(candidates.begin(), candidates.end(), t.cell) == candidates.end())
                    candidates.push_back(t.cell);
            }
        }
        const QString& table = cells[size_t(target)].table;
        if (m_preferInterior) {
            // Linked tables: a cell in few sums (inside a table) costs less than a margin shared by many
            // tables, whose hiding must be protected again in each of them.
            std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
                return std::make_tuple(equationsOf[size_t(a)], cells[size_t(a)].value, a)
                    < std::make_tuple(equationsOf[size_t(b)], cells[size_t(b)].value, b);
            });
        } else {
            std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
                return std::make_tuple(cells[size_t(a)].value, cells[size_t(a)].table != table, a)
                    < std::make_tuple(cells[size_t(b)].value, cells[size_t(b)].table != table, b);
            });
        }
        int chosen = -1;
        for (int c : candidates) {
            cells[size_t(c)].mark = Mark::Complementary;
            const bool stillDisclosed = m_system.isDisclosed(target, m_threshold);
            cells[size_t(c)].mark = Mark::Shown;
            if (!stillDisclosed) {
                chosen = c;
                break;
            }
        }
        if (chosen < 0 && !candidates.empty()) {
            // No single cell is enough: hide the first one in a sum the cell itself is in (it will be
            // protected in its turn) and look again.
            chosen = candidates.front();
            if (m_preferInterior) {
                for (int c : candidates) {
                    if (sharesEquation(c, target)) {
                        chosen = c;
                        break;
                    }
                }
            }
        }
        if (chosen >= 0) {
            cells[size_t(chosen)].mark = Mark::Complementary;
            pending.push_back(chosen);
            continue;
        }
        // Nothing left to hide around it: the total gives the cells away. Withhold the table.
        m_withheld.insert(table);
        for (auto& c : cells) {
            if (c.table == table)
                c.mark = Mark::Withheld;
        }
    }
}

SuppressionPlan::Mark SuppressionPlan::mark(const QString& table, const QString& code) const
{
    if (!m_active)
        return Mark::Shown;
    const int i = m_index.value(key(table, code), -1);
    return i < 0 ? Mark::Shown : m_system.cells()[size_t(i)].mark;
}

QString SuppressionPlan::markText(Mark mark) const
{
    switch (mark) {
    case Mark::Small: return smallMark();
    case Mark::Complementary:
    case Mark::Withheld: return complementaryMark();
    case Mark::Shown: break;
    }
    return {};
}

int SuppressionPlan::hiddenCount() const
{
    int n = 0;
    for (const auto& c : m_system.cells())
        n += c.mark != Mark::Shown ? 1 : 0;
    return n;
}

} // namespace reper
