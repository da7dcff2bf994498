#include "CaseRepositories.h"

#include "storage/repositories/RecordTables.h"

namespace reper {

using detail::addDeclared;

Result<InsertOutcome> AssistanceRepository::add(const Assistance& a, const QByteArray& rowKey)
{
    return addDeclared(m_store, a, rowKey);
}

Result<InsertOutcome> RepatriationRepository::add(const Repatriation& r, const QByteArray& rowKey)
{
    return addDeclared(m_store, r, rowKey);
}

Result<InsertOutcome> JudicialRepository::add(const JudicialParticipation& j, const QByteArray& rowKey)
{
    return addDeclared(m_store, j, rowKey);
}

} // namespace reper
