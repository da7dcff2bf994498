#pragma once
// The options that report bilant and report international share — --year, --center, --format,
// --edition, --threshold, --out — read and checked in one place, so that the two commands answer
// the same mistake with the same message.
#include "cli/CliContext.h"
#include "report/ReportFormat.h"
#include "report/ReportOptions.h"

#include <QList>
#include <optional>
#include <variant>

namespace reper::cli {

struct ReportArguments
{
    int year = 0;
    QString center; // upper case; empty: the nation
    ReportFormat format{};
    QString formatName;
    std::optional<QString> outPath;
    ReportOptions options; // edition, threshold, generation time and program version
};

// Takes the shared options from `ctx.args` after the command took its own (`missingBefore`: one
// of those had no value), and refuses anything left over. `command` names the command in messages
// ("report bilant"); `editions` are the ones it offers, the first the default. On a mistake the
// message is printed and the exit status returned instead.
std::variant<ReportArguments, int> takeReportArguments(CliContext& ctx, const QString& command,
                                                       const QList<Edition>& editions, bool missingBefore = false);

} // namespace reper::cli
