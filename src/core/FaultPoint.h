#pragma once
// Named points in the operations that replace files (backup, restore, import), where the fault
// tests stop the program to prove that a kill there leaves every file whole (issue 11 §3). In a
// normal run nothing happens at them.
//   - $REPER_TEST_PAUSE_AT=<name>: at that point the program writes "REPER-PAUSED <name>" to standard
//     error and waits to be killed (the kill-loop test sends SIGKILL then).
//   - stopAt(<name>) (in-process tests): reached() answers true there, and the caller returns at
//     once with stopped(), leaving the files as a kill would.
#include "core/Result.h"

#include <QString>

namespace reper::FaultPoint {

bool reached(const char* name);
Error stopped(const char* name);
// For tests only: the point where reached() answers true (empty: none).
void stopAt(const QString& name);

} // namespace reper::FaultPoint
