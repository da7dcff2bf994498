#pragma once
// What the international report and the CTDC case file are made of (InternationalData): for a year
// and a scope, one entry per victim counted by each of the four bilanț figures of victims — with
// the same conditions as FiguresRepository, in the same read transaction as the bilanț figures, so
// every table built from them adds up to its bilanț figure — and the population of the year.
// Each victim is taken with the earliest record of the year that counts it (for the identified,
// the identification whose breakdowns the bilanț counts); its age is taken on that record's date.
// Victim codes are filled only for a user who may list the victims of the scope (for explain).
#include "core/InternationalFacts.h"
#include "core/Result.h"

namespace reper {

class Store;

class InternationalRepository
{
public:
    explicit InternationalRepository(Store& store)
        : m_store(store)
    {
    }

    // centerCode empty: national.
    Result<InternationalData> compute(int year, const QString& centerCode = {});

private:
    Store& m_store;
};

} // namespace reper
