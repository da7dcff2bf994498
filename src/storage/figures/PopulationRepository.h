#pragma once
// The population of each year (schema step 5), the reference data behind the victims per 100,000
// inhabitants of SDG 16.2.2: entered or corrected by an administrator with its source, each change
// an entry of the audit trail committed with it; read by whoever may see national figures.
#include "core/InternationalFacts.h"
#include "core/Result.h"

#include <QList>
#include <optional>

namespace reper {

class Store;

class PopulationRepository
{
public:
    explicit PopulationRepository(Store& store)
        : m_store(store)
    {
    }

    // Checks an entry before it is stored: the year, a positive total, parts that fit in it and add
    // up to it when both parts of a split are given, a source. The messages name the field.
    static Status check(const PopulationEntry& entry);

    // Adds the year or replaces what was entered for it (administrators).
    Status set(const PopulationEntry& entry);
    Status remove(int year);
    Result<std::optional<PopulationEntry>> find(int year);
    Result<QList<PopulationEntry>> list();

private:
    Store& m_store;
};

} // namespace reper
