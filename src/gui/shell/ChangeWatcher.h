#pragma once
// What other users change on a server store reaches this window within seconds: the store's change
// feed (PgChangeFeed: LISTEN reper_change on a connection of its own) is watched with a
// QSocketNotifier — no table is polled — and the notices of a moment are gathered (a second) into
// one changed() with the tables they name. A feed that is cut off is opened again every few
// seconds; once it is back, changed() names no table: anything may have changed meanwhile. On a
// local file there is nothing to watch (another window on the same machine refreshes with F5).
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace reper {

class PgChangeFeed;
class Store;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(Store& store, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    bool isListening() const;
    // How long the notices of a moment are gathered, and how often a lost feed is tried again.
    void setDelays(int gatherMs, int retryMs);

Q_SIGNALS:
    // Tables other users (or this window) changed; empty: anything may have changed.
    void changed(const QStringList& tables);

private:
    void open();
    void onReadable();
    void lost();
    void flush();

    Store& m_store;
    std::unique_ptr<PgChangeFeed> m_feed;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_gather;
    QTimer m_retry;
    QSet<QString> m_tables;
    bool m_everything = false;
};

} // namespace reper
