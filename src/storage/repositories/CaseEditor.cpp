#include "CaseEditor.h"

#include "storage/repositories/CaseRepositories.h"
#include "storage/repositories/EditSupport.h"

namespace reper {

using namespace edit;

namespace {

Result<RecordId> added(Result<InsertOutcome> outcome)
{
    if (!outcome)
        return outcome.error();
    return outcome->id;
}

// Runs a one-row SELECT of a record with its stamps and checks the user may read its centre.
Result<Statement> selectOne(Store& store, const QString& columns, const char* table, const char* alias, RecordId id)
{
    auto st = store.db().prepare(QStringLiteral("SELECT %1.center_id, %2, ").arg(QLatin1String(alias), columns)
                                 + stampColumns(alias)
                                 + QStringLiteral(" FROM %1 %2").arg(QLatin1String(table), QLatin1String(alias))
                                 + stampJoins(alias) + QStringLiteral(" WHERE %1.id = ?").arg(QLatin1String(alias)));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    if (auto s = mayRead(store, store.reference().centerCode(st->int64(0))); !s)
        return s.error();
    return std::move(*st);
}

} // namespace

Result<Assistance> CaseEditor::loadAssistance(RecordId id)
{
    auto st = selectOne(m_store, QStringLiteral("a.victim_id, a.service, a.provider, a.start_date, a.end_date"),
                        "assistance", "a", id);
    if (!st)
        return st.error();
    Assistance a;
    a.id = id;
    a.center = m_store.reference().centerCode(st->int64(0));
    a.victimId = st->int64(1);
    a.service = st->text(2);
    a.provider = st->text(3);
    a.startDate = st->date(4);
    a.endDate = st->date(5);
    a.stamp = stampAt(*st, 6);
    return a;
}

Result<Repatriation> CaseEditor::loadRepatriation(RecordId id)
{
    auto st = selectOne(m_store,
                        QStringLiteral("r.victim_id, r.from_country, r.request_date, r.arrival_date, r.entry_point, "
                                       "r.status"),
                        "repatriation", "r", id);
    if (!st)
        return st.error();
    Repatriation r;
    r.id = id;
    r.center = m_store.reference().centerCode(st->int64(0));
    r.victimId = st->int64(1);
    r.fromCountry = st->text(2);
    r.requestDate = st->date(3);
    r.arrivalDate = st->date(4);
    r.entryPoint = st->text(5);
    r.status = st->text(6);
    r.stamp = stampAt(*st, 7);
    return r;
}

Result<JudicialParticipation> CaseEditor::loadJudicial(RecordId id)
{
    auto st = selectOne(
        m_store, QStringLiteral("j.victim_id, j.date, j.case_ref, j.body, j.stage, j.role, j.support, j.hearing_date"),
        "judicial", "j", id);
    if (!st)
        return st.error();
    JudicialParticipation j;
    j.id = id;
    j.center = m_store.reference().centerCode(st->int64(0));
    j.victimId = st->int64(1);
    j.date = st->date(2);
    j.caseRef = st->text(3);
    j.body = st->text(4);
    j.stage = st->text(5);
    j.role = st->text(6);
    j.support = st->text(7);
    j.hearingDate = st->date(8);
    j.stamp = stampAt(*st, 9);
    return j;
}

Result<RecordId> CaseEditor::save(const Assistance& a)
{
    return saveRecord(
        m_store, "assistance", a.id, a.center, [&] { return added(AssistanceRepository(m_store).add(a)); },
        [&] {
            const qint64 center = *m_store.reference().centerId(a.center);
            return updateRecord(m_store,
                                QStringLiteral("UPDATE assistance SET victim_id = ?, center_id = ?, service = ?, "
                                               "provider = ?, start_date = ?, end_date = ?"),
                                6, a.id, [&](Statement& st) {
                                    st.bind(1, a.victimId).bind(2, center).bind(3, a.service).bind(4, a.provider);
                                    st.bind(5, a.startDate).bind(6, a.endDate);
                                });
        });
}

Result<RecordId> CaseEditor::save(const Repatriation& r)
{
    return saveRecord(
        m_store, "repatriation", r.id, r.center, [&] { return added(RepatriationRepository(m_store).add(r)); },
        [&] {
            const qint64 center = *m_store.reference().centerId(r.center);
            return updateRecord(
                m_store,
                QStringLiteral("UPDATE repatriation SET victim_id = ?, center_id = ?, from_country = ?, "
                               "request_date = ?, arrival_date = ?, entry_point = ?, status = ?"),
                7, r.id, [&](Statement& st) {
                    st.bind(1, r.victimId).bind(2, center).bind(3, r.fromCountry);
                    st.bind(4, r.requestDate).bind(5, r.arrivalDate).bind(6, r.entryPoint);
                    st.bind(7, r.status);
                });
        });
}

Result<RecordId> CaseEditor::save(const JudicialParticipation& j)
{
    return saveRecord(
        m_store, "judicial", j.id, j.center, [&] { return added(JudicialRepository(m_store).add(j)); },
        [&] {
            const qint64 center = *m_store.reference().centerId(j.center);
            return updateRecord(m_store,
                                QStringLiteral("UPDATE judicial SET victim_id = ?, center_id = ?, date = ?, "
                                               "case_ref = ?, body = ?, stage = ?, role = ?, support = ?, "
                                               "hearing_date = ?"),
                                9, j.id, [&](Statement& st) {
                                    st.bind(1, j.victimId).bind(2, center).bind(3, j.date).bind(4, j.caseRef);
                                    st.bind(5, j.body).bind(6, j.stage).bind(7, j.role).bind(8, j.support);
                                    st.bind(9, j.hearingDate);
                                });
        });
}

Status CaseEditor::removeAssistance(RecordId id) { return removeRecord(m_store, "assistance", id); }
Status CaseEditor::removeRepatriation(RecordId id) { return removeRecord(m_store, "repatriation", id); }
Status CaseEditor::removeJudicial(RecordId id) { return removeRecord(m_store, "judicial", id); }

} // namespace reper
