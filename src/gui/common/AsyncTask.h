#pragma once
// Work that takes time (import, report, backup) runs on a thread of its own, so the window keeps
// painting; its result comes back on the UI thread. Modelled on KeePassXC's AsyncTask.h. The work
// gets a JobControl to report progress and to see a cancel request; the Job on the UI thread turns
// those into signals. A Job destroyed while its work runs asks it to stop and waits for it.
// The work must not touch widgets or the UI thread's Store connection: work on the store goes
// through StoreJob, which gives it a connection of its own.
#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace reper {

class JobControl
{
public:
    bool cancelled() const { return m_cancel.load(); }
    void cancel() { m_cancel.store(true); }
    void setProgress(qint64 value) { m_progress.store(value); }
    qint64 progress() const { return m_progress.load(); }

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_progress{0};
};

class Job : public QObject
{
    Q_OBJECT
public:
    Job(QObject* parent, std::shared_ptr<JobControl> control);
    ~Job() override;

    void start(QThread* thread, std::function<void()> onDone);
    void cancel();
    bool isCancelRequested() const { return m_control->cancelled(); }
    bool isRunning() const;
    qint64 progress() const { return m_control->progress(); }

    // How many jobs are running in the program (the window waits for them before it closes).
    static int running();

    // For tests that must act before a job's work begins (press Cancel first, say): while held,
    // new jobs wait to start their thread until the hold is lifted.
    static void holdStarts(bool hold);

Q_SIGNALS:
    void progressChanged(qint64 value);
    void finished();

private:
    void poll();

    std::shared_ptr<JobControl> m_control;
    QThread* m_thread = nullptr;
    QTimer m_poll;
    qint64 m_lastProgress = -1;
};

namespace AsyncTask {

// Runs work(JobControl&) on a new thread and then done(result) on the thread of `context`. The Job
// is a child of `context` and deletes itself when done.
template<typename Work, typename Done>
Job* run(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work, JobControl&>;
    auto control = std::make_shared<JobControl>();
    auto result = std::make_shared<std::optional<R>>();
    auto* job = new Job(context, control);
    QThread* thread
        = QThread::create([control, result, work = std::move(work)]() mutable { result->emplace(work(*control)); });
    job->start(thread, [result, done = std::move(done)]() mutable { done(**result); });
    return job;
}

} // namespace AsyncTask

} // namespace reper
