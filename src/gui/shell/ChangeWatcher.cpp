#include "ChangeWatcher.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/engine/postgres/PgChangeFeed.h"
#include "storage/keys/SecuritySession.h"

#include <QSocketNotifier>

namespace reper {

ChangeWatcher::ChangeWatcher(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(1000);
    connect(&m_gather, &QTimer::timeout, this, &ChangeWatcher::flush);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &ChangeWatcher::open);
    if (SecuritySession::onServer(m_store))
        open();
}

ChangeWatcher::~ChangeWatcher() = default;

bool ChangeWatcher::isListening() const { return m_feed && m_feed->isOpen(); }

void ChangeWatcher::setDelays(int gatherMs, int retryMs)
{
    m_gather.setInterval(gatherMs);
    m_retry.setInterval(retryMs);
}

void ChangeWatcher::open()
{
    auto feed = SecuritySession::openChangeFeed(m_store);
    if (!feed) {
        Logging::logger("gui")->warn("the change feed is not open: {}", feed.error().detail.toStdString());
        if (!m_retry.isActive())
            m_retry.start();
        return;
    }
    const bool reopened = m_retry.isActive();
    m_retry.stop();
    m_feed = std::move(*feed);
    m_notifier = std::make_unique<QSocketNotifier>(m_feed->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ChangeWatcher::onReadable);
    if (reopened) { // what changed while the feed was cut off was not heard
        m_everything = true;
        m_gather.start();
    }
}

void ChangeWatcher::onReadable()
{
    if (!m_feed)
        return;
    for (const PgChangeFeed::Change& c : m_feed->take())
        m_tables.insert(c.table);
    if (!m_feed->isOpen()) {
        lost();
        return;
    }
    if (!m_tables.isEmpty() && !m_gather.isActive())
        m_gather.start();
}

void ChangeWatcher::lost()
{
    Logging::logger("gui")->warn("the change feed was cut off; it is opened again every {} s",
                                 m_retry.interval() / 1000);
    m_notifier.reset();
    m_feed.reset();
    m_everything = true;
    m_retry.start();
}

void ChangeWatcher::flush()
{
    QStringList tables;
    if (!m_everything) {
        tables = QStringList(m_tables.begin(), m_tables.end());
        tables.sort();
    }
    m_tables.clear();
    m_everything = false;
    Q_EMIT changed(tables);
}

} // namespace reper
