#include "ActivityRepositories.h"

#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RecordInsert.h"
#include "storage/repositories/RecordTables.h"

namespace reper {

using detail::addDeclared;
using detail::findDeclaredByCode;

namespace {

Result<RecordId> idOf(Result<InsertOutcome> outcome)
{
    if (!outcome)
        return outcome.error();
    return outcome->id;
}

} // namespace

Result<std::optional<Campaign>> CampaignRepository::findByCode(const QString& code)
{
    return findDeclaredByCode<Campaign>(m_store, code);
}

Result<std::optional<RecordId>> CampaignRepository::idByCode(const QString& code)
{
    auto stGuard = m_store.db().cached("SELECT id FROM campaign WHERE code = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<RecordId>();
    }
    const RecordId id = st->int64(0);
    st->reset();
    return std::optional<RecordId>(id);
}

Result<RecordId> CampaignRepository::add(const Campaign& c) { return idOf(addDeclared(m_store, c)); }

Result<QList<CampaignChoice>> CampaignRepository::choices()
{
    QList<CampaignChoice> out;
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT id, code, title FROM campaign ORDER BY start_date DESC, id DESC"));
    if (!st)
        return st.error();
    while (st->next())
        out << CampaignChoice{st->int64(0), st->text(1), st->text(2)};
    if (st->failed())
        return st->error();
    return out;
}

Result<InsertOutcome> PreventionRepository::add(const PreventionActivity& p, const QByteArray& rowKey)
{
    return addDeclared(m_store, p, rowKey);
}

Result<InsertOutcome> CooperationRepository::add(const Protocol& p, const QByteArray& rowKey)
{
    return addDeclared(m_store, p, rowKey);
}

Result<InsertOutcome> CooperationRepository::add(const ActionPlan& p, const QByteArray& rowKey)
{
    return addDeclared(m_store, p, rowKey);
}

Result<InsertOutcome> CooperationRepository::add(const TeamMeeting& m, const QByteArray& rowKey)
{
    return addDeclared(m_store, m, rowKey);
}

Result<InsertOutcome> CooperationRepository::add(const Training& t, const QByteArray& rowKey)
{
    return addDeclared(m_store, t, rowKey);
}

Result<InsertOutcome> CooperationRepository::add(const Event& e, const QByteArray& rowKey)
{
    return addDeclared(m_store, e, rowKey);
}

Result<std::optional<FundedProject>> CooperationRepository::findProjectByCode(const QString& code)
{
    return findDeclaredByCode<FundedProject>(m_store, code);
}

Result<bool> CooperationRepository::isProjectCodeTaken(const QString& code)
{
    return m_store.db().hasRow("SELECT 1 FROM funded_project WHERE code = ?", {code});
}

Result<RecordId> CooperationRepository::add(const FundedProject& f) { return idOf(addDeclared(m_store, f)); }

} // namespace reper
