#include "CaseRepositories.h"

#include "storage/repositories/RecordInsert.h"

namespace reper {

using detail::centerIdOf;
using detail::insertRecord;

Result<InsertOutcome> AssistanceRepository::add(const Assistance& a, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, a.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO assistance(victim_id, center_id, service, provider, start_date, end_date, "
                        "row_key, created_by, created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        6, rowKey, [&](Statement& st) {
                            st.bind(1, a.victimId).bind(2, *center).bind(3, a.service).bind(4, a.provider);
                            st.bind(5, a.startDate).bind(6, a.endDate);
                        });
}

Result<InsertOutcome> RepatriationRepository::add(const Repatriation& r, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, r.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO repatriation(victim_id, center_id, from_country, request_date, "
                        "arrival_date, entry_point, status, row_key, created_by, created_at, updated_by, updated_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        7, rowKey, [&](Statement& st) {
                            st.bind(1, r.victimId).bind(2, *center).bind(3, r.fromCountry).bind(4, r.requestDate);
                            st.bind(5, r.arrivalDate).bind(6, r.entryPoint).bind(7, r.status);
                        });
}

Result<InsertOutcome> JudicialRepository::add(const JudicialParticipation& j, const QByteArray& rowKey)
{
    const auto center = centerIdOf(m_store, j.center);
    if (!center)
        return center.error();
    return insertRecord(m_store,
                        "INSERT INTO judicial(victim_id, center_id, date, case_ref, body, stage, role, "
                        "support, hearing_date, row_key, created_by, created_at, updated_by, updated_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        9, rowKey, [&](Statement& st) {
                            st.bind(1, j.victimId).bind(2, *center).bind(3, j.date).bind(4, j.caseRef);
                            st.bind(5, j.body).bind(6, j.stage).bind(7, j.role).bind(8, j.support);
                            st.bind(9, j.hearingDate);
                        });
}

} // namespace reper
