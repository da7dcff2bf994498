#include "AccessPolicy.h"

namespace reper {

bool AccessPolicy::canReadRecords(const QString& center) const
{
    if (m_user.hasRole(QStringLiteral("coordinator")))
        return inScope(center);
    if (m_user.hasRole(QStringLiteral("operator")))
        return !m_user.center.isEmpty() && center == m_user.center;
    return false;
}

bool AccessPolicy::canWriteRecords(const QString& center) const
{
    // Operators keep their centre's records; a coordinator may correct what is in their scope.
    if (m_user.hasRole(QStringLiteral("operator")))
        return !m_user.center.isEmpty() && center == m_user.center;
    if (m_user.hasRole(QStringLiteral("coordinator")))
        return inScope(center);
    return false;
}

bool AccessPolicy::canSeeIdentity(const QString& center) const
{
    if (m_user.hasRole(QStringLiteral("identity")))
        return inScope(center);
    const bool staff = m_user.hasRole(QStringLiteral("operator")) || m_user.hasRole(QStringLiteral("coordinator"));
    return staff && !m_user.center.isEmpty() && center == m_user.center;
}

bool AccessPolicy::canSeeFigures(const QString& scope) const
{
    if (m_user.hasRole(QStringLiteral("analyst")) || m_user.hasRole(QStringLiteral("coordinator")))
        return isNational() || scope == m_user.center;
    if (m_user.hasRole(QStringLiteral("operator")))
        return scope == m_user.center;
    return false;
}

bool AccessPolicy::canListVictims() const
{
    return m_user.hasRole(QStringLiteral("operator")) || m_user.hasRole(QStringLiteral("coordinator"));
}

bool AccessPolicy::canCloseYear(const QString& scope) const
{
    return m_user.hasRole(QStringLiteral("coordinator")) && (isNational() || scope == m_user.center);
}

} // namespace reper
