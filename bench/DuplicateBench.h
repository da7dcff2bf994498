#pragma once
// The national duplicate search (issue 10 §5) on the benchmark store: every centre's first operator
// signs in once — their sign-in writes the match hashes of the names the import sealed — and then
// the store's first user, a national coordinator, looks for duplicates across all centres.
#include "BenchAims.h"

#include <QString>

namespace reper {
class Store;
}

namespace reper::bench {

// `national` is open as the first user; `recoveryKey` hands each centre's key to its operator.
void benchDuplicates(Store& national, const QString& storePath, const QString& recoveryKey, int repeat, AimTable& aims);

} // namespace reper::bench
