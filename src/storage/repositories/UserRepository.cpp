#include "UserRepository.h"

#include "core/Clock.h"
#include "storage/engine/Database.h"

namespace reper {

namespace {

constexpr char kSelect[] = "SELECT u.id, u.name, u.roles, c.code, u.disabled, u.created_at, u.disabled_at "
                           "FROM app_user u LEFT JOIN center c ON c.id = u.center_id ";

StoreUser userFrom(const Statement& st)
{
    StoreUser u;
    u.id = st.int64(0);
    u.name = st.text(1);
    u.roles = st.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.center = st.text(3);
    u.disabled = st.int64(4) != 0;
    u.createdAt = st.text(5);
    u.disabledAt = st.text(6);
    return u;
}

QString stamp(const Clock& clock) { return clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

} // namespace

Result<StoreUser> UserRepository::add(const QString& name, const QStringList& roles, const QString& centerCode,
                                      const Clock& clock)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO app_user(name, roles, center_id, created_at) "
                                          "VALUES (?, ?, (SELECT id FROM center WHERE code = ?), ?)"));
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, roles.join(QLatin1Char(','))).bind(3, centerCode);
    st->bind(4, stamp(clock));
    if (auto s = st->exec(); !s)
        return s.error();
    StoreUser u;
    u.id = m_db.lastInsertId();
    u.name = name;
    u.roles = roles;
    u.center = centerCode;
    u.createdAt = stamp(clock);
    return u;
}

Result<std::optional<StoreUser>> UserRepository::findWhere(const char* where, const QString& value)
{
    auto st = m_db.prepare(QString::fromLatin1(kSelect) + QString::fromLatin1(where));
    if (!st)
        return st.error();
    st->bind(1, value);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<StoreUser>();
    }
    return std::optional<StoreUser>(userFrom(*st));
}

Result<std::optional<StoreUser>> UserRepository::find(const QString& name)
{
    return findWhere("WHERE u.name = ?", name);
}

Result<std::optional<StoreUser>> UserRepository::findById(qint64 id)
{
    return findWhere("WHERE u.id = ?", QString::number(id));
}

Result<QList<StoreUser>> UserRepository::list()
{
    auto st = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY u.name"));
    if (!st)
        return st.error();
    QList<StoreUser> out;
    while (st->next())
        out << userFrom(*st);
    if (st->failed())
        return st->error();
    return out;
}

Status UserRepository::disable(qint64 id, const Clock& clock)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE app_user SET disabled = 1, disabled_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    return st->bind(1, stamp(clock)).bind(2, id).exec();
}

Status UserRepository::enable(qint64 id)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE app_user SET disabled = 0, disabled_at = NULL WHERE id = ?"));
    if (!st)
        return st.error();
    return st->bind(1, id).exec();
}

} // namespace reper
