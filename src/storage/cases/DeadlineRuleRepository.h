#pragma once
// The deadline rules of a store (schema step 9): read by everyone who works on cases, changed by an
// administrator only, each change an entry of the audit trail committed with it. The items are
// computed from the rules each time (DueItems), so a change shows at once.
#include "core/Deadlines.h"
#include "core/Result.h"

#include <QList>

namespace reper {

class Store;

class DeadlineRuleRepository
{
public:
    explicit DeadlineRuleRepository(Store& store)
        : m_store(store)
    {
    }

    // The six rules, in the order of DeadlineRule::kinds().
    Result<QList<DeadlineRule>> list();
    Result<DeadlineRule> find(const QString& kind);
    // Saves offsets, unit, lead, notify and enabled of the rule of `rule.kind` (administrators).
    Status save(const DeadlineRule& rule);

private:
    Store& m_store;
};

} // namespace reper
