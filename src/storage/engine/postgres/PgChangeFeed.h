#pragma once
// What other users changed on the server, as it is committed: a connection of its own that
// LISTENs on reper_change (the schema's triggers, 004_window.sql) and turns each notification into
// the table and centres that changed. The window watches socket() (a QSocketNotifier) and calls
// take() when it becomes readable, then refreshes what shows those tables — no polling of tables.
// A notification carries no record content; what the window then reads is still limited by the
// policies.
#include "core/Result.h"
#include "storage/engine/postgres/PgConnection.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace reper {

class PgChangeFeed
{
public:
    struct Change
    {
        QString table; // victim, assistance, …, closed_year
        QStringList centers; // CR-XX (or "national" for a closed year)
    };

    static QString channel() { return QStringLiteral("reper_change"); }
    // Opens the feed's own connection (same address, user and password as the store's) and listens.
    static Result<std::unique_ptr<PgChangeFeed>> open(const PgUrl& url, const PgConnection::Options& options);
    // Listens on an open connection that does nothing else (tests, or a caller with its own).
    static Result<std::unique_ptr<PgChangeFeed>> listenOn(std::unique_ptr<PgConnection> connection);

    // The changes that arrived since the last call, without waiting; several notifications of one
    // table are merged into one change with the union of their centres.
    QList<Change> take();
    qintptr socket() const { return m_conn->socket(); }
    // False once the connection is lost: the caller opens a new feed (and refreshes everything,
    // since changes made meanwhile were not heard).
    bool isOpen() const { return m_conn->isOpen(); }

    // Leaves out what the session with backend `pid` commits: the window's own saves refresh what
    // they change at once, and hearing them again a second later would read every page once more.
    void ignoreSender(int pid) { m_ignored.insert(pid); }

    static Change parse(const QString& payload);

private:
    explicit PgChangeFeed(std::unique_ptr<PgConnection> conn)
        : m_conn(std::move(conn))
    {
    }
    std::unique_ptr<PgConnection> m_conn;
    QSet<int> m_ignored;
};

} // namespace reper
