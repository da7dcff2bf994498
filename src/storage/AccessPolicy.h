#pragma once
// Who may see and change what (domain.md §1), decided in one place from the acting user's roles
// and centre. Repositories consult it, so no list, search, report or export can forget it.
//   operator      reads and writes the records of their own centre; identity only there
//   coordinator   reads everything in their scope (a centre, or national without a centre),
//                 closes years, prints reports; identity only for records of their own centre
//   analyst       figures and reports only: never a victim list, never identity
//   administrator users, centres, reference lists, backups; identity only if also granted
// A user holds one or more roles; the rights add up.
#include "UserRepository.h"

#include <QString>

namespace reper {

class AccessPolicy
{
public:
    explicit AccessPolicy(StoreUser user) : m_user(std::move(user)) {}

    const StoreUser& user() const { return m_user; }
    bool isNational() const { return m_user.center.isEmpty(); }

    // Records (victims, assistance, activities, …) of `center`: may they be listed and opened?
    bool canReadRecords(const QString& center) const;
    bool canWriteRecords(const QString& center) const;
    // The identity of a victim recorded by `center` (names, CNP, address, phone, notes).
    bool canSeeIdentity(const QString& center) const;
    // Figures and reports of a scope ("national" or CR-XX).
    bool canSeeFigures(const QString& scope) const;
    bool canListVictims() const;
    bool canCloseYear(const QString& scope) const;
    bool canAdminister() const { return m_user.hasRole(QStringLiteral("administrator")); }

private:
    bool inScope(const QString& center) const { return isNational() || center == m_user.center; }
    StoreUser m_user;
};

} // namespace reper
