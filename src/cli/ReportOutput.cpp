#include "ReportOutput.h"

#include "core/Clock.h"
#include "core/platform/Platform.h"

#include <QFile>

namespace reper::cli {

Result<QDateTime> reportTime()
{
    const QString pinned = qEnvironmentVariable("REPER_REPORT_TIME");
    if (pinned.isEmpty())
        return SystemClock::instance().now();
    const QDateTime t = QDateTime::fromString(pinned, Qt::ISODate);
    if (!t.isValid())
        return makeError(CliText::tr("$REPER_REPORT_TIME is not an ISO 8601 time (2026-01-15T12:00:00Z)"));
    return t.toUTC();
}

int writeReport(CliContext& ctx, const QByteArray& bytes, const std::optional<QString>& outPath)
{
    if (outPath) {
        if (auto s = writeFileAtomically(*outPath, bytes); !s)
            return ctx.fail(s.error());
        return Success;
    }
    ctx.out().flush();
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stdoutFile.write(bytes);
    stdoutFile.flush();
    return Success;
}

} // namespace reper::cli
