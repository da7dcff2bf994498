#pragma once
// A store with one user of every kind (domain.md §1) and the small fixture data imported, for the
// security tests: the role matrix, the audit trail, exports and retention.
#include "support/TestSupport.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace reper::test {

struct RoleUser
{
    const char* name;
    const char* roles;
    const char* center; // "" for national
};

// admin (made by init: administrator + national coordinator) and these:
const std::vector<RoleUser>& roleUsers();
QString passwordOf(const QString& user); // their own password, after the temporary one

// Identity values planted in the fixture; none may appear where the role may not see identity.
const QStringList& plantedIdentity();
// Identity values of CR-BV's victim RV-T00001 (from tests/data/small) and CR-B's RV-T00002.
QStringList identityOf(const QString& victimCode);

class SecurityFixture
{
public:
    SecurityFixture(); // creates the store, imports tests/data/small, adds the users
    QString path() const { return m_temp.path(); }
    QString dir() const { return m_temp.dir(); }
    TempStore& temp() { return m_temp; }
    // Opens the store as `user` with their own password (the admin's store is closed first).
    std::unique_ptr<Store> openAs(const QString& user);

private:
    TempStore m_temp;
};

} // namespace reper::test
