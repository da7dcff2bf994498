#pragma once
// What a reader of the public edition can work out. The shown cells of the breakdown tables and
// their exact totals form linear equations (a table's cells add up to its total; the age groups
// add up to the minors and the adults); a hidden cell is known to lie between 1 and the threshold
// ("<5") or, hidden to protect another, above the threshold ("x"). A hidden cell is *disclosed*
// when those equations and bounds leave it a single possible value. The audit answers that
// exactly, with a small linear programme per cell (the equations are network-shaped, so the
// bounds found are whole numbers).
#include <QString>
#include <vector>

namespace reper {

class CellSystem
{
public:
    enum class Mark {
        Shown, // the exact value is shown
        Small, // 1..threshold, shown as "<threshold+1>"
        Complementary, // above the threshold, hidden so that a small cell cannot be worked out
        Withheld, // the whole table is not shown: anything from 0 up
    };
    struct Cell
    {
        QString table;
        QString code;
        qint64 value = 0;
        Mark mark = Mark::Shown;
    };
    struct Term
    {
        int cell;
        int coefficient; // +1 or -1
    };
    struct Equation
    {
        std::vector<Term> terms;
        qint64 constant = 0; // sum of coefficient × value over the terms equals this
    };

    int addCell(const QString& table, const QString& code, qint64 value);
    // sum(cells) = total
    void addSum(const std::vector<int>& cells, qint64 total);
    // sum(parts) = whole, where the whole is itself a cell
    void addSubtotal(const std::vector<int>& parts, int whole);

    std::vector<Cell>& cells() { return m_cells; }
    const std::vector<Cell>& cells() const { return m_cells; }
    const std::vector<Equation>& equations() const { return m_equations; }
    int find(const QString& table, const QString& code) const; // -1 when absent

    // The hidden cells (Small or Complementary) whose value follows from the shown cells, the
    // equations and the bounds, for `threshold`.
    std::vector<int> disclosedCells(int threshold) const;
    // Whether a hidden cell's value follows: at once when one sum holds it with every other cell
    // shown, else by its range.
    bool isDisclosed(int cell, int threshold) const;
    // The smallest and largest value a reader can deduce for a cell; max is -1 when unbounded.
    std::pair<qint64, qint64> range(int cell, int threshold) const;
    // The equations that bear on a cell: its own, and those reached from them through cells that
    // are not shown. Hiding a shown cell of one of them may hide this one.
    std::vector<size_t> connectedEquations(int cell) const;

private:
    std::vector<Cell> m_cells;
    std::vector<Equation> m_equations;
};

} // namespace reper
