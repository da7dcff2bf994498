#pragma once
// A person who uses a store, as the access rules see them: name, roles and centre scope. Read from
// the store by UserRepository; judged by AccessPolicy.
#include <QString>
#include <QStringList>

namespace reper {

struct StoreUser
{
    qint64 id = 0;
    QString name;
    QStringList roles; // operator, coordinator, analyst, administrator
    QString center; // CR-XX, or empty for national
    bool disabled = false;
    QString createdAt;
    QString disabledAt;
    // Set for this session when the key slot holds a temporary password: until it is changed the
    // user may do nothing else (AccessPolicy refuses everything).
    bool mustChangePassword = false;
    bool hasRole(const QString& role) const { return roles.contains(role); }
};

} // namespace reper
