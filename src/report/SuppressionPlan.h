#pragma once
// Which cells the public edition hides. Every breakdown cell of victims from 1 up to the
// threshold is shown as "<threshold+1>" (primary suppression); then, while a reader could still
// work one of them out from the totals and the other cells (CellSystem's audit), one more cell
// is hidden as "x" — the smallest that stops the disclosure (complementary suppression). A table
// that cannot be protected that way (its total alone gives its cells away) is withheld: only its
// total is shown. Totals and the headline figures always stay exact.
//
// Tables and codes: the breakdown names of BilantFigures ("sex", "age_group", …) with their
// codes; "month" with "01".."12"; nationally "centres.<figure key>" for the four figures of
// victims, with the centre codes; "info" with "attempts". Another document (the international
// report) describes its own cells and equations as a CellSystem and gets its plan the same way.
#include "core/BilantFigures.h"
#include "report/SuppressionAudit.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace reper {

class SuppressionPlan
{
public:
    using Mark = CellSystem::Mark;

    // Every cell shown (the internal edition).
    SuppressionPlan() = default;
    static SuppressionPlan make(const BilantReportData& data, int threshold);
    // The plan for cells and equations a document describes itself (every cell Shown, except cells
    // a reader never sees, marked Withheld: they bound nothing). Cells are found by table and code.
    static SuppressionPlan make(CellSystem system, int threshold);

    bool isActive() const { return m_active; }
    int threshold() const { return m_threshold; }
    Mark mark(const QString& table, const QString& code) const;
    bool isHidden(const QString& table, const QString& code) const { return mark(table, code) != Mark::Shown; }
    bool isWithheld(const QString& table) const { return m_withheld.contains(table); }
    // "<5" for a small cell, "x" for a complementary one.
    QString markText(Mark mark) const;
    QString smallMark() const { return QStringLiteral("<%1").arg(m_threshold + 1); }
    static QString complementaryMark() { return QStringLiteral("x"); }

    const CellSystem& system() const { return m_system; }
    int hiddenCount() const;

private:
    static QString key(const QString& table, const QString& code) { return table + QChar(0x1f) + code; }
    void build(const BilantReportData& data);
    void markSmall();
    void protect();

    bool m_active = false;
    bool m_preferInterior = false; // the generic plan's choice of complementary cells (protect())
    int m_threshold = 4;
    CellSystem m_system;
    QHash<QString, int> m_index;
    QSet<QString> m_withheld;
};

} // namespace reper
