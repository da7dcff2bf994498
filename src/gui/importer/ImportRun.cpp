#include "ImportRun.h"

#include "gui/common/AsyncTask.h"
#include "storage/Store.h"

namespace reper {

Job* ImportRun::start(QObject* context, Store& store, const QString& folder, bool dryRun,
                      std::function<void(const ImportReport&)> done)
{
    return AsyncTask::run(
        context,
        [&store, folder, dryRun](JobControl& control) -> ImportReport {
            auto connection = Store::openAnotherConnection(store);
            if (!connection) {
                ImportReport report;
                report.failure = connection.error().message;
                return report;
            }
            Importer importer(**connection);
            importer.setProgress([&control](qint64 rows) {
                control.setProgress(rows);
                return !control.cancelled();
            });
            return importer.run(folder, dryRun);
        },
        [done](ImportReport& report) { done(report); });
}

} // namespace reper
