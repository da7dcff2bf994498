#pragma once
// Counts the case-load report (issue 10 §7, CaseLoadFigures) from the cases, contacts and
// repatriations of a scope, for a coordinator of it (AccessPolicy::canSeeCaseLoad). The overdue
// deadlines are the work list's own (DueItems), so the report and "Astăzi" never disagree.
#include "core/CaseLoadFigures.h"
#include "core/Result.h"

namespace reper {

class Store;

struct CaseLoadQuery
{
    Scope scope; // the nation or one centre
    QDate from; // the period, both days included
    QDate to;
    QDate asOf; // null: the store's today
};

class CaseLoadRepository
{
public:
    explicit CaseLoadRepository(Store& store)
        : m_store(store)
    {
    }

    // Refused for anyone but a coordinator of the scope, and for a period that ends before it begins.
    Result<CaseLoadFigures> figures(const CaseLoadQuery& query);

private:
    Status countOpen(CaseLoadFigures& f, const QString& centerIds);
    Status countPeriod(CaseLoadFigures& f, const QString& centerIds);
    Status countFollowUps(CaseLoadFigures& f, const QString& centerIds);

    Store& m_store;
};

} // namespace reper
