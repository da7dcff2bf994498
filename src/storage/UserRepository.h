#pragma once
// The people who use a store: name, roles and centre scope. Their passwords are not here: each
// user's key slot in the key file is what opens the store.
#include "Result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace reper {

class Database;
class Clock;

struct StoreUser
{
    qint64 id = 0;
    QString name;
    QStringList roles;  // operator, coordinator, analyst, administrator
    QString center;     // CR-XX, or empty for national
    bool disabled = false;
    bool hasRole(const QString& role) const { return roles.contains(role); }
};

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}
    Result<StoreUser> add(const QString& name, const QStringList& roles, const QString& centerCode, const Clock& clock);
    Result<std::optional<StoreUser>> find(const QString& name);

private:
    Database& m_db;
};

} // namespace reper
