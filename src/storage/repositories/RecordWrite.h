#pragma once
// What an insert of an imported or entered record did: the record's id, and whether it was added
// or was there already (the same row imported before: same row key).
#include "core/Records.h"

namespace reper {

struct InsertOutcome
{
    RecordId id = 0;
    bool added = false;
};

} // namespace reper
