#pragma once
// One run of the importer off the UI thread (a StoreJob): a dry run or the import.
// The importer's progress callback reports rows and stops when the job is cancelled.
#include "importer/Importer.h"

class QObject;

namespace reper {

class Job;
class Store;

namespace ImportRun {
// `done` gets the report on the UI thread.
Job* start(QObject* context, Store& store, const QString& folder, bool dryRun,
           std::function<void(const ImportReport&)> done);
} // namespace ImportRun

} // namespace reper
