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

bool AccessPolicy::canSeeFigures(const QString& scope) const
{
    if (!active())
        return false;
    const bool national = scope.isEmpty() || scope == QLatin1String("national");
    if (m_user.hasRole(kAnalyst) || m_user.hasRole(kCoordinator)) {
        if (isNational())
            return true;
        if (!national && scope == m_user.center)
            return true;
    }
    // An operator sees the figures of the records they keep.
    return m_user.hasRole(kOperator) && !m_user.center.isEmpty() && !national && scope == m_user.center;
}

bool AccessPolicy::canListVictims() const { return canReadAnyRecords(); }

bool AccessPolicy::canExportCaseFile(const QString& scope) const
{
    if (!active() || !m_user.hasRole(kCoordinator))
        return false;
    const bool national = scope.isEmpty() || scope == QLatin1String("national");
    return national ? readsEveryCenter() : canReadRecords(scope);
}

bool AccessPolicy::canCloseYear(const QString& scope) const
{
    if (!active() || !m_user.hasRole(kCoordinator))
        return false;
    const bool national = scope.isEmpty() || scope == QLatin1String("national");
    return isNational() || (!national && scope == m_user.center);
}

QString AccessPolicy::scopeName() const { return isNational() ? QStringLiteral("national") : m_user.center; }

} // namespace reper
