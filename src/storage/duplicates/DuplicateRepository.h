#pragma once
// Candidate pairs of victims who may be one person (issue 10 §5, security.md §3.9): the same CNP, or
// the same names (folded, in any order) with the same birth, sex and county — compared by their
// keyed hashes under the national match key, so the search reads no CNP and no name and runs for a
// national coordinator, who sees no identity. Limited to the user's scope: a pair is listed only
// when the user may read both victims' records (an operator or a centre's coordinator: their
// centre's pairs; a pair across centres: national coordinators only). A pair names victim codes,
// centres, the rule and the score — never identity. Each search is an entry of the audit trail.
#include "core/DuplicateScore.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace reper {

class Store;

struct DuplicateVictim
{
    RecordId id = 0;
    QString code;
    QString center; // CR-XX of the victim
    DuplicateFacts facts;
};

struct DuplicatePair
{
    DuplicateVictim first; // the lower victim code
    DuplicateVictim second;
    DuplicateMatch match;
    bool crossesCentres() const { return first.center != second.center; }
};

class DuplicateRepository
{
public:
    explicit DuplicateRepository(Store& store)
        : m_store(store)
    {
    }
    // The pairs of the user's scope, the highest score first; `center` (CR-XX, in the scope) keeps the
    // pairs with a victim of that centre. Refused to users who may list no victims.
    Result<QList<DuplicatePair>> find(const QString& center = {});

private:
    Store& m_store;
};

} // namespace reper
