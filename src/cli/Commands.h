#pragma once
// The reper-cli commands, one function each; they read their arguments from the context.
#include "CliContext.h"

namespace reper::cli {

int runInit(CliContext& ctx);
int runImport(CliContext& ctx);
int runReport(CliContext& ctx);
int runBackup(CliContext& ctx);
int runRestore(CliContext& ctx);
int runVerify(CliContext& ctx);
int runRecover(CliContext& ctx);
int runGenerate(CliContext& ctx);

} // namespace reper::cli
