#include "PgChangeFeed.h"

namespace reper {

Result<std::unique_ptr<PgChangeFeed>> PgChangeFeed::open(const PgUrl& url, const PgConnection::Options& options)
{
    PgConnection::Options listening = options;
    listening.applicationName = QStringLiteral("reper-listen");
    auto conn = PgConnection::connect(url, listening);
    if (!conn)
        return conn.error();
    return listenOn(std::move(*conn));
}

Result<std::unique_ptr<PgChangeFeed>> PgChangeFeed::listenOn(std::unique_ptr<PgConnection> connection)
{
    if (auto s = connection->listen(channel()); !s)
        return s.error();
    return std::unique_ptr<PgChangeFeed>(new PgChangeFeed(std::move(connection)));
}

PgChangeFeed::Change PgChangeFeed::parse(const QString& payload)
{
    Change c;
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    c.table = space < 0 ? payload : payload.left(space);
    if (space >= 0)
        c.centers = payload.mid(space + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return c;
}

QList<PgChangeFeed::Change> PgChangeFeed::take()
{
    QList<Change> out;
    for (const PgConnection::Notification& n : m_conn->notifications()) {
        if (n.channel != channel() || m_ignored.contains(n.senderPid))
            continue;
        const Change c = parse(n.payload);
        auto same = std::find_if(out.begin(), out.end(), [&](const Change& o) { return o.table == c.table; });
        if (same == out.end()) {
            out << c;
            continue;
        }
        for (const QString& center : c.centers)
            if (!same->centers.contains(center))
                same->centers << center;
    }
    return out;
}

} // namespace reper
