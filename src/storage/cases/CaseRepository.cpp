#include "CaseRepository.h"

#include "core/RecordValidator.h"
#include "storage/repositories/EditSupport.h"
#include "storage/repositories/UserRepository.h"

namespace reper {

using namespace edit;

Result<VictimCase> CaseRepository::forVictim(RecordId victimId)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT c.id, c.center_id, c.status, c.worker_id, w.name, "
                                                  "c.opened_on, c.closed_on, c.closing_reason, c.referred_to, ")
                                   + stampColumns("c") + QStringLiteral(" FROM victim_case c ")
                                   + QStringLiteral("LEFT JOIN app_user w ON w.id = c.worker_id") + stampJoins("c")
                                   + QStringLiteral(" WHERE c.victim_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, victimId);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    VictimCase c;
    c.id = st->int64(0);
    c.victimId = victimId;
    c.center = m_store.reference().centerCode(st->int64(1));
    if (auto s = mayRead(m_store, c.center); !s)
        return s.error();
    c.status = st->text(2);
    c.workerId = st->isNull(3) ? 0 : st->int64(3);
    c.workerName = st->text(4);
    c.openedOn = st->date(5);
    c.closedOn = st->date(6);
    c.closingReason = st->text(7);
    c.referredTo = st->text(8);
    c.stamp = stampAt(*st, 9);
    return c;
}

Result<QList<StoreUser>> CaseRepository::caseWorkers(const QString& center)
{
    if (auto s = mayRead(m_store, center); !s)
        return s.error();
    auto all = UserRepository(m_store.db()).list();
    if (!all)
        return all.error();
    QList<StoreUser> out;
    for (const StoreUser& u : *all)
        if (!u.disabled && u.center == center
            && (u.hasRole(QStringLiteral("operator")) || u.hasRole(QStringLiteral("coordinator"))))
            out << u;
    return out;
}

Status CaseRepository::save(const VictimCase& c)
{
    const FieldProblems problems = RecordValidator::check(c);
    if (!problems.isEmpty())
        return makeError(
            StoreText::tr("The case cannot be saved: %1 %2.").arg(problems.first().field, problems.first().message));
    auto before = forVictim(c.victimId);
    if (!before)
        return before.error();
    if (before->id != c.id || before->center != c.center)
        return makeError(StoreText::tr("The record is no longer in the store."));
    if (c.workerId != before->workerId) {
        if (!m_store.access().canAssignCases(c.center))
            return makeError(StoreText::tr("Only a coordinator of %1 gives its cases to a case worker.").arg(c.center));
        if (c.workerId != 0) {
            auto workers = caseWorkers(c.center);
            if (!workers)
                return workers.error();
            const bool known
                = std::any_of(workers->begin(), workers->end(), [&](const StoreUser& u) { return u.id == c.workerId; });
            if (!known)
                return makeError(
                    StoreText::tr("The case worker must be an operator or coordinator of %1.").arg(c.center));
        }
    }
    auto saved = saveRecord(
        m_store, "victim_case", c.id, c.center,
        []() -> Result<RecordId> { return makeError(StoreText::tr("The record is no longer in the store.")); },
        [&] {
            return updateRecord(m_store, "victim_case",
                                QStringLiteral("UPDATE victim_case SET status = ?, worker_id = ?, opened_on = ?, "
                                               "closed_on = ?, closing_reason = ?, referred_to = ?"),
                                6, c.id, c.stamp.version, [&](Statement& st) {
                                    st.bind(1, c.status);
                                    if (c.workerId)
                                        st.bind(2, c.workerId);
                                    else
                                        st.bindNull(2);
                                    st.bind(3, c.openedOn).bind(4, c.isClosed() ? c.closedOn : QDate());
                                    st.bind(5, c.isClosed() ? c.closingReason : QString());
                                    st.bind(6, c.referredTo.trimmed());
                                });
        });
    if (!saved)
        return saved.error();
    return Status::success();
}

} // namespace reper
