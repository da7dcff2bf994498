#pragma once
// The people who use a store: name, roles and centre scope. Their passwords are not here: each
// user's key slot in the key file is what opens the store. Users are never deleted (the audit trail
// keeps their names); they are disabled.
#include "core/Result.h"
#include "core/StoreUser.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace reper {

class Database;
class Clock;

class UserRepository
{
public:
    explicit UserRepository(Database& db)
        : m_db(db)
    {
    }
    Result<StoreUser> add(const QString& name, const QStringList& roles, const QString& centerCode, const Clock& clock);
    Result<std::optional<StoreUser>> find(const QString& name);
    Result<std::optional<StoreUser>> findById(qint64 id);
    Result<QList<StoreUser>> list();
    Status disable(qint64 id, const Clock& clock);
    Status enable(qint64 id);

private:
    Result<std::optional<StoreUser>> findWhere(const char* where, const QString& value);
    Database& m_db;
};

} // namespace reper
