#pragma once
// What the report commands share: the time a document is made, and writing it to --out or to
// standard output.
#include "cli/CliContext.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace reper::cli {

// $REPER_REPORT_TIME (ISO 8601, e.g. 2026-01-15T12:00:00Z) when set, else now (UTC): reproducible
// documents for tests and for a coordinator who reprints one.
Result<QDateTime> reportTime();
// Writes the document atomically to `outPath`, or to standard output; the exit status.
int writeReport(CliContext& ctx, const QByteArray& bytes, const std::optional<QString>& outPath);

} // namespace reper::cli
