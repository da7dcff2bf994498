#pragma once
// The one way a page runs work on the store that takes time (a report's figures, an import, a
// backup, a check, closing a year): on a thread of its own (AsyncTask) with a connection of its
// own (Store::openAnotherConnection — the UI thread's connection is never shared), for the same
// user. The work gets that connection and the JobControl (progress, a cancel request); with
// Interrupt::Queries, Cancel also stops the connection's statements half way (SQLite's progress
// handler). `done` runs on the UI thread with the work's value, or the Error why there is none:
// the connection could not be opened, or the job was cancelled (Error::cancelled) — before it
// began, or by a statement stopped on request.
#include "core/Result.h"
#include "gui/common/AsyncTask.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"

#include <optional>
#include <type_traits>

namespace reper {

namespace StoreJob {

enum class Interrupt {
    No, // the work looks at control.cancelled() itself, between steps it can stop at
    Queries, // Cancel also interrupts the statement running (read-only or transactional work)
};

// What `done` receives for work returning R: R itself when it is already a Result or a Status,
// otherwise Result<R>.
template<typename R>
struct Outcome
{
    using type = Result<R>;
};
template<typename T>
struct Outcome<Result<T>>
{
    using type = Result<T>;
};
template<>
struct Outcome<Status>
{
    using type = Status;
};

// A failure while Cancel was pressed is the cancel: its message says so, the detail is kept.
inline Error asCancelled(const Error& error)
{
    return error.cancelled ? error : Database::cancelledError(error.detail);
}

template<typename Work, typename Done>
Job* run(QObject* context, Store& store, Interrupt interrupt, Work work, Done done)
{
    using R = std::invoke_result_t<Work, Store&, JobControl&>;
    using Out = typename Outcome<R>::type;
    return AsyncTask::run(
        context,
        [&store, interrupt, work = std::move(work)](JobControl& control) mutable -> Out {
            if (control.cancelled())
                return Database::cancelledError();
            auto connection = Store::openAnotherConnection(store);
            if (!connection)
                return connection.error();
            std::optional<QueryInterrupt> stop;
            if (interrupt == Interrupt::Queries)
                stop.emplace((*connection)->db(), [&control] { return control.cancelled(); });
            Out out = work(**connection, control);
            if (!out.ok() && control.cancelled())
                return asCancelled(out.error());
            return out;
        },
        std::move(done));
}

} // namespace StoreJob

} // namespace reper
