#pragma once
// The work list (issue 10 §3–§4, "Astăzi" and `reper-cli due`) on the benchmark store: the deadlines
// of every open case, computed from the records and the rules each time, for one centre and for the
// nation, as a national coordinator sees them.
#include "BenchAims.h"

namespace reper {
class Store;
}

namespace reper::bench {

void benchWorkList(Store& national, int repeat, AimTable& aims);

} // namespace reper::bench
