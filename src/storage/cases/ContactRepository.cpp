#include "ContactRepository.h"

#include "storage/repositories/EditSupport.h"
#include "storage/repositories/RecordTables.h"

namespace reper {

Result<InsertOutcome> ContactRepository::add(const MonitoringContact& m, const QByteArray& rowKey)
{
    return detail::addDeclared(m_store, m, rowKey);
}

Result<QList<ContactRow>> ContactRepository::exportRows(const QString& center)
{
    if (!center.isEmpty())
        if (auto s = edit::mayRead(m_store, center); !s)
            return s.error();
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT v.code, m.id, m.center_id, m.date, m.kind, m.with_whom, m.outcome, m.next_date "
                       "FROM monitoring_contact m JOIN victim v ON v.id = m.victim_id ORDER BY m.date, m.id"));
    if (!st)
        return st.error();
    QList<ContactRow> out;
    const AccessPolicy& access = m_store.access();
    while (st->next()) {
        ContactRow r;
        r.victimCode = st->text(0);
        r.contact.id = st->int64(1);
        r.contact.center = m_store.reference().centerCode(st->int64(2));
        if (!access.canReadRecords(r.contact.center) || (!center.isEmpty() && r.contact.center != center))
            continue;
        r.contact.date = st->date(3);
        r.contact.kind = st->text(4);
        r.contact.withWhom = st->text(5);
        r.contact.outcome = st->text(6);
        r.contact.nextDate = st->date(7);
        out << r;
    }
    if (st->failed())
        return st->error();
    return out;
}

} // namespace reper
