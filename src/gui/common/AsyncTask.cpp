#include "AsyncTask.h"

#include <QList>
#include <QPointer>
#include <utility>

namespace reper {

namespace {
std::atomic<int> g_running{0};
bool g_holdStarts = false;
QList<QPointer<Job>>& heldJobs()
{
    static QList<QPointer<Job>> held;
    return held;
}
} // namespace

Job::Job(QObject* parent, std::shared_ptr<JobControl> control)
    : QObject(parent)
    , m_control(std::move(control))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &Job::poll);
}

Job::~Job()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
        --g_running;
    }
}

int Job::running() { return g_running.load(); }

void Job::start(QThread* thread, std::function<void()> onDone)
{
    m_thread = thread;
    ++g_running;
    connect(thread, &QThread::finished, this, [this, onDone = std::move(onDone)] {
        m_poll.stop();
        poll();
        QThread* done = m_thread;
        m_thread = nullptr;
        done->deleteLater();
        --g_running;
        onDone();
        Q_EMIT finished();
        deleteLater();
    });
    m_poll.start();
    if (g_holdStarts)
        heldJobs() << this;
    else
        thread->start();
}

void Job::holdStarts(bool hold)
{
    g_holdStarts = hold;
    if (hold)
        return;
    for (const QPointer<Job>& job : std::exchange(heldJobs(), {}))
        if (job && job->m_thread)
            job->m_thread->start();
}

void Job::cancel() { m_control->cancel(); }

bool Job::isRunning() const { return m_thread != nullptr; }

void Job::poll()
{
    const qint64 value = m_control->progress();
    if (value != m_lastProgress) {
        m_lastProgress = value;
        Q_EMIT progressChanged(value);
    }
}

} // namespace reper
