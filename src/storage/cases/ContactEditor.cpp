#include "ContactEditor.h"

#include "storage/cases/ContactRepository.h"
#include "storage/repositories/EditSupport.h"

namespace reper {

using namespace edit;

Result<MonitoringContact> ContactEditor::load(RecordId id)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT m.center_id, m.victim_id, m.date, m.kind, m.with_whom, "
                                                  "m.outcome, m.next_date, ")
                                   + stampColumns("m") + QStringLiteral(" FROM monitoring_contact m") + stampJoins("m")
                                   + QStringLiteral(" WHERE m.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    MonitoringContact m;
    m.id = id;
    m.center = m_store.reference().centerCode(st->int64(0));
    if (auto s = mayRead(m_store, m.center); !s)
        return s.error();
    m.victimId = st->int64(1);
    m.date = st->date(2);
    m.kind = st->text(3);
    m.withWhom = st->text(4);
    m.outcome = st->text(5);
    m.nextDate = st->date(6);
    m.stamp = stampAt(*st, 7);
    return m;
}

Result<RecordId> ContactEditor::save(const MonitoringContact& m)
{
    return saveRecord(
        m_store, "monitoring_contact", m.id, m.center,
        [&]() -> Result<RecordId> {
            auto added = ContactRepository(m_store).add(m);
            if (!added)
                return added.error();
            return added->id;
        },
        [&] {
            const qint64 center = *m_store.reference().centerId(m.center);
            return updateRecord(m_store,
                                QStringLiteral("UPDATE monitoring_contact SET victim_id = ?, center_id = ?, date = ?, "
                                               "kind = ?, with_whom = ?, outcome = ?, next_date = ?"),
                                7, m.id, [&](Statement& st) {
                                    st.bind(1, m.victimId).bind(2, center).bind(3, m.date).bind(4, m.kind);
                                    st.bind(5, m.withWhom).bind(6, m.outcome).bind(7, m.nextDate);
                                });
        });
}

Status ContactEditor::remove(RecordId id) { return removeRecord(m_store, "monitoring_contact", id); }

} // namespace reper
