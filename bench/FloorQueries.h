#pragma once
// The floor of ../reference/store-floor.md: the bare SQL that computes the same figures, with
// literal year bounds, run straight through the C API with no repository around it.
#include "core/BilantFigures.h"

struct sqlite3;

namespace reper::bench {

// Runs the floor queries for a year (and a centre id, 0 for national) and fills the figures they
// give (the 15 of interchange.md §2), so the run can check it measures the same work.
bool runFloor(sqlite3* db, int year, qint64 centerId, BilantFigures* out);

} // namespace reper::bench
