#pragma once
// Who may see and change what (domain.md §1), decided in one place from the acting user's roles
// and centre. Repositories consult it, so no list, search, report or export can forget it.
//   operator      reads and writes the records of their own centre; identity only there
//   coordinator   reads (and may correct or import) everything in their scope — a centre, or
//                 national without a centre —, closes years, prints reports; identity only for
//                 records of their own centre (so a national coordinator sees none)
//   analyst       figures and reports of their scope only: never a record, a victim list or identity
//   administrator users, centres, reference lists, backups, retention, the audit trail; no record
//                 and no identity unless another role grants it
// A user holds one or more roles; the rights add up. A user whose password was reset may do nothing
// but choose a new one. The full matrix: docs/security.md.
#include "core/Scope.h"
#include "core/StoreUser.h"

#include <QString>

namespace reper {

class AccessPolicy
{
public:
    explicit AccessPolicy(StoreUser user)
        : m_user(std::move(user))
    {
    }

    static const QStringList& knownRoles();

    const StoreUser& user() const { return m_user; }
    bool isNational() const { return m_user.center.isEmpty(); }

    // Records (victims, assistance, activities, …) of `center`: may they be listed and opened?
    bool canReadRecords(const QString& center) const;
    bool canWriteRecords(const QString& center) const;
    // Any record at all (lists, imports): false for analysts and administrators alone.
    bool canReadAnyRecords() const;
    // Every centre's records (a national coordinator): lookups may skip the centre check.
    bool readsEveryCenter() const;
    bool canWriteAnyRecords() const;
    // Give a victim's case of `center` to another case worker: a coordinator of that scope.
    bool canAssignCases(const QString& center) const;
    // The identity of a victim recorded by `center` (names, CNP, address, phone, notes).
    bool canSeeIdentity(const QString& center) const;
    // Identity in an export file: a coordinator of the victims' own centre only.
    bool canExportIdentity(const QString& center) const;
    // Figures and reports of a scope.
    bool canSeeFigures(const Scope& scope) const;
    bool canListVictims() const;
    // The k-anonymised CTDC case file of a scope (one row per victim, no identity): a coordinator who
    // reads every record of that scope — it leaves the agency, which is the coordinator's decision.
    bool canExportCaseFile(const Scope& scope) const;
    bool canCloseYear(const Scope& scope) const;
    // The case-load report of a scope (case workers' names, their open cases): a coordinator of that
    // centre, or a national coordinator for a centre or the nation.
    bool canSeeCaseLoad(const Scope& scope) const;
    bool canAdminister() const { return active() && m_user.hasRole(QStringLiteral("administrator")); }
    bool canManageUsers() const { return canAdminister(); }
    bool canBackup() const { return canAdminister(); }
    bool canRunRetention() const { return canAdminister(); }
    bool canReadAudit() const { return canAdminister(); }
    // A temporary password (after add or reset) must be changed before anything else.
    bool mustChangePassword() const { return m_user.mustChangePassword; }
    // The user's own scope: their centre, or national without one.
    Scope scope() const { return Scope::ofCenter(m_user.center); }
    // "CR-BV" or "national": what the user's scope is called in messages.
    QString scopeName() const { return scope().text(); }

private:
    bool active() const { return !m_user.disabled && !m_user.mustChangePassword; }
    bool inScope(const QString& center) const { return isNational() || center == m_user.center; }
    bool isStaff() const;
    StoreUser m_user;
};

} // namespace reper
