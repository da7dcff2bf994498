#include "UserRepository.h"

#include "Clock.h"
#include "Database.h"

namespace reper {

Result<StoreUser> UserRepository::add(const QString& name, const QStringList& roles, const QString& centerCode,
                                      const Clock& clock)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO app_user(name, roles, center_id, created_at) "
                                          "VALUES (?, ?, (SELECT id FROM center WHERE code = ?), ?)"));
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, roles.join(QLatin1Char(','))).bind(3, centerCode);
    st->bind(4, clock.now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (auto s = st->exec(); !s)
        return s.error();
    StoreUser u;
    u.id = m_db.lastInsertId();
    u.name = name;
    u.roles = roles;
    u.center = centerCode;
    return u;
}

Result<std::optional<StoreUser>> UserRepository::find(const QString& name)
{
    auto st = m_db.prepare(QStringLiteral("SELECT u.id, u.name, u.roles, c.code, u.disabled FROM app_user u "
                                          "LEFT JOIN center c ON c.id = u.center_id WHERE u.name = ?"));
    if (!st)
        return st.error();
    st->bind(1, name);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<StoreUser>();
    }
    StoreUser u;
    u.id = st->int64(0);
    u.name = st->text(1);
    u.roles = st->text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    u.center = st->text(3);
    u.disabled = st->int64(4) != 0;
    return std::optional<StoreUser>(u);
}

} // namespace reper
