#include "AccessPolicy.h"

namespace reper {

namespace {
const QString kOperator = QStringLiteral("operator");
const QString kCoordinator = QStringLiteral("coordinator");
const QString kAnalyst = QStringLiteral("analyst");
const QString kAdministrator = QStringLiteral("administrator");
} // namespace

const QStringList& AccessPolicy::knownRoles()
{
    static const QStringList roles = {kOperator, kCoordinator, kAnalyst, kAdministrator};
    return roles;
}

bool AccessPolicy::isStaff() const { return m_user.hasRole(kOperator) || m_user.hasRole(kCoordinator); }

bool AccessPolicy::canReadRecords(const QString& center) const
{
    if (!active() || center.isEmpty())
        return false;
    if (m_user.hasRole(kCoordinator) && inScope(center))
        return true;
    return m_user.hasRole(kOperator) && !m_user.center.isEmpty() && center == m_user.center;
}

bool AccessPolicy::canWriteRecords(const QString& center) const
{
    // Operators keep their centre's records; a coordinator may correct and import what is in their scope.
    return canReadRecords(center);
}

bool AccessPolicy::canAssignCases(const QString& center) const
{
    return m_user.hasRole(kCoordinator) && canWriteRecords(center);
}

bool AccessPolicy::canReadAnyRecords() const
{
    if (!active())
        return false;
    return m_user.hasRole(kCoordinator) || (m_user.hasRole(kOperator) && !m_user.center.isEmpty());
}

bool AccessPolicy::readsEveryCenter() const { return active() && isNational() && m_user.hasRole(kCoordinator); }

bool AccessPolicy::canWriteAnyRecords() const { return canReadAnyRecords(); }

bool AccessPolicy::canSeeIdentity(const QString& center) const
{
    return active() && isStaff() && !m_user.center.isEmpty() && center == m_user.center;
}

bool AccessPolicy::canExportIdentity(const QString& center) const
{
    return active() && m_user.hasRole(kCoordinator) && !m_user.center.isEmpty() && center == m_user.center;
}

bool AccessPolicy::canSeeFigures(const Scope& scope) const
{
    if (!active())
        return false;
    const bool ownCentre = !scope.isNational() && scope.center() == m_user.center;
    if (m_user.hasRole(kAnalyst) || m_user.hasRole(kCoordinator)) {
        if (isNational() || ownCentre)
            return true;
    }
    // An operator sees the figures of the records they keep.
    return m_user.hasRole(kOperator) && ownCentre;
}

bool AccessPolicy::canListVictims() const { return canReadAnyRecords(); }

bool AccessPolicy::canExportCaseFile(const Scope& scope) const
{
    if (!active() || !m_user.hasRole(kCoordinator))
        return false;
    return scope.isNational() ? readsEveryCenter() : canReadRecords(scope.center());
}

bool AccessPolicy::canCloseYear(const Scope& scope) const
{
    if (!active() || !m_user.hasRole(kCoordinator))
        return false;
    return isNational() || (!scope.isNational() && scope.center() == m_user.center);
}

bool AccessPolicy::canSeeCaseLoad(const Scope& scope) const
{
    if (!active() || !m_user.hasRole(kCoordinator))
        return false;
    return isNational() || (!scope.isNational() && scope.center() == m_user.center);
}

} // namespace reper
