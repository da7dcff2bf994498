#pragma once
// reper --exit-when-ready: a measuring aid for reper-bench (docs/benchmarks.md, "Cold start"). It
// signs in with $REPER_USER and $REPER_PASSWORD (as reper-cli reads them) instead of the start
// dialog, shows the main window as a sign-in does, and as soon as the home page has painted its
// figures writes "ready" on standard output and ends, without the backup on exit. The time from
// starting the process to that line is the start as a user sees it.
#include <QString>
#include <optional>

namespace reper::ReadyProbe {

// The program's exit code: 0 once ready; 1 when the store did not open; 2 without the variables.
int run(const QString& storePath, std::optional<int> homeYear);

} // namespace reper::ReadyProbe
