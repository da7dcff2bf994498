#pragma once
// The reper-cli commands, one function each; they read their arguments from the context.
#include "cli/CliContext.h"

namespace reper::cli {

int runInit(CliContext& ctx);
int runImport(CliContext& ctx);
int runReport(CliContext& ctx); // report bilant | report international | report explain
int runBilant(CliContext& ctx); // BilantCommand.cpp
int runExplain(CliContext& ctx); // ExplainCommand.cpp
int runInternational(CliContext& ctx); // InternationalCommand.cpp
int runCaseLoad(CliContext& ctx); // CaseLoadCommand.cpp (issue 10 §7)
int runClose(CliContext& ctx); // CloseCommand.cpp
int runBackup(CliContext& ctx);
int runRestore(CliContext& ctx);
int runVerify(CliContext& ctx);
int runRecover(CliContext& ctx); // KeyCommands.cpp
int runRekey(CliContext& ctx);
int runHandOverKeys(CliContext& ctx);
int runGenerate(CliContext& ctx);
// Issue 5: users, the audit trail, exports, retention, one victim.
int runUser(CliContext& ctx);
int runAudit(CliContext& ctx);
int runExport(CliContext& ctx);
int runPackage(CliContext& ctx);
int runRetention(CliContext& ctx);
int runVictim(CliContext& ctx);
// Issue 13: the population of each year (reference data for SDG 16.2.2).
int runPopulation(CliContext& ctx);
// Issue 10: the deadlines of the open cases, their rules, setting one aside.
int runDue(CliContext& ctx); // DueCommand.cpp
// Issue 10 §5: candidate pairs of one person recorded twice.
int runDuplicates(CliContext& ctx); // DuplicatesCommand.cpp
int runMigrate(CliContext& ctx); // MigrateCommand.cpp (issue 8 §4)

} // namespace reper::cli
