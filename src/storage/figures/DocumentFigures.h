#pragma once
// The figures of the national bilanț document — the year and the year before, the nation and every
// centre — from one pass per figure family: each family's rows of both years are read once, centre
// by centre, and counted into every (year, scope) they belong to. The national figures that are not
// sums of the centres' (distinct victims, campaigns and case references across centres) are counted
// alongside, in the same pass. The figures are exactly those FiguresRepository computes scope by
// scope (docs/counting-rules.md; tests/report/DocumentFiguresTest.cpp). The caller holds the read
// transaction, so every figure comes from one state of the store.
#include "core/BilantFigures.h"
#include "core/Result.h"
#include "storage/repositories/ReferenceRepository.h"

#include <vector>

namespace reper {

class Database;
class Statement;

class DocumentFigures
{
public:
    static constexpr int kYearBefore = 0;
    static constexpr int kYear = 1;

    DocumentFigures(Database& db, const std::vector<Center>& centres, int year);

    Status run();

    // yearIndex kYear or kYearBefore; scope 0 the nation, 1..n the centres in the order given.
    BilantFigures& at(int yearIndex, int scope) { return m_figures[size_t(slot(yearIndex, scope))]; }
    int scopes() const { return m_scopes; }

private:
    int slot(int yearIndex, int scope) const { return yearIndex * m_scopes + scope; }
    int scopeOf(qint64 centerId) const;
    Result<Statement> prepare(const char* sql) const;
    Status identifications();
    Status assistance();
    Status repatriations();
    Status judicial();
    Status prevention();
    Status recordCounts();
    Status fundedProjects();

    Database& m_db;
    int m_year;
    int m_scopes; // the nation and the centres
    std::vector<int> m_scopeById; // centre id -> scope (0: not one of the centres given)
    std::vector<BilantFigures> m_figures; // by slot
};

} // namespace reper
