#include "ImportRun.h"

#include "gui/common/StoreJob.h"

namespace reper {

Job* ImportRun::start(QObject* context, Store& store, const QString& folder, bool dryRun,
                      std::function<void(const ImportReport&)> done)
{
    // The import stops on its own progress callback (between rows, rolling back): its statements
    // are never interrupted half way.
    return StoreJob::run(
        context, store, StoreJob::Interrupt::No,
        [folder, dryRun](Store& connection, JobControl& control) {
            Importer importer(connection);
            importer.setProgress([&control](qint64 rows) {
                control.setProgress(rows);
                return !control.cancelled();
            });
            return importer.run(folder, dryRun);
        },
        [done](Result<ImportReport>& ran) {
            if (ran) {
                done(*ran);
                return;
            }
            ImportReport report;
            report.cancelled = ran.error().cancelled;
            if (!report.cancelled)
                report.failure = ran.error().message;
            done(report);
        });
}

} // namespace reper
