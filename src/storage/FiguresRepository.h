#pragma once
// The bilanț figures of domain.md §5 for a year and a scope, computed in SQL inside one read
// transaction, so every figure comes from the same state of the store. The query shapes follow
// ../reference/store-floor.md: covering (date, …) indexes, GROUP BY for distinct victims, the
// assistance overlap as two range scans.
#include "BilantFigures.h"
#include "Result.h"

namespace reper {

class Store;

class FiguresRepository
{
public:
    explicit FiguresRepository(Store& store) : m_store(store) {}
    // centerCode empty: national.
    Result<BilantFigures> compute(int year, const QString& centerCode = {});

private:
    Store& m_store;
};

} // namespace reper
