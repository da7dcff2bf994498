#pragma once
// The declaration of each record kind: the victim's own record (whose identity is sealed apart, by
// VictimRepository), a victim's case records and the centre's own work. Its table and its columns
// are declared once (RecordColumns.h), for the import's repositories and the window's editor alike;
// and the steps they share are here: add a record, read one back, update it, find one by its code.
#include "storage/Store.h"
#include "storage/repositories/EditSupport.h"
#include "storage/repositories/RecordColumns.h"
#include "storage/repositories/RecordInsert.h"

namespace reper::detail {

template<>
const RecordTable<Victim>& recordTable<Victim>();
template<>
const RecordTable<Campaign>& recordTable<Campaign>();
template<>
const RecordTable<PreventionActivity>& recordTable<PreventionActivity>();
template<>
const RecordTable<Protocol>& recordTable<Protocol>();
template<>
const RecordTable<ActionPlan>& recordTable<ActionPlan>();
template<>
const RecordTable<TeamMeeting>& recordTable<TeamMeeting>();
template<>
const RecordTable<Training>& recordTable<Training>();
template<>
const RecordTable<Event>& recordTable<Event>();
template<>
const RecordTable<FundedProject>& recordTable<FundedProject>();
template<>
const RecordTable<Identification>& recordTable<Identification>();
template<>
const RecordTable<Assistance>& recordTable<Assistance>();
template<>
const RecordTable<Repatriation>& recordTable<Repatriation>();
template<>
const RecordTable<JudicialParticipation>& recordTable<JudicialParticipation>();
template<>
const RecordTable<MonitoringContact>& recordTable<MonitoringContact>();

// Adds `record` for the centre `centerId` (the caller has checked the right to write there). A row
// key that is there already adds nothing (an import repeated); a record keyed by its code is
// recorded in the audit trail whether or not an import is running, as before the declarations.
template<typename R>
Result<InsertOutcome> insertDeclared(Store& store, const R& record, qint64 centerId, const QByteArray& rowKey = {})
{
    const RecordTable<R>& t = recordTable<R>();
    const auto bind = [&](Statement& st) { t.bind(st, record, centerId); };
    if (t.key() == RecordTable<R>::Key::RowKey)
        return insertRecord(store, t.insertSql(store.db().dialect()), QLatin1String(t.table()), t.boundCount(), rowKey,
                            bind);
    auto cached = store.db().cached(t.insertSql(store.db().dialect()));
    if (!cached)
        return cached.error();
    Statement* st = cached->get();
    bind(*st);
    const int n = t.boundCount();
    const QString now = store.timestamp();
    st->bind(n + 1, store.user().id).bind(n + 2, now).bind(n + 3, store.user().id).bind(n + 4, now);
    if (auto s = st->exec(); !s)
        return s.error();
    const RecordId id = store.db().lastInsertId();
    if (auto s = store.audit().recordCreated(QLatin1String(t.table()), id); !s)
        return s.error();
    return InsertOutcome{id, true};
}

// Adds a record of a declared kind for its centre, after the right to write there is checked.
template<typename R>
Result<InsertOutcome> addDeclared(Store& store, const R& record, const QByteArray& rowKey = {})
{
    const auto center = centerIdOf(store, record.center);
    if (!center)
        return center.error();
    return insertDeclared(store, record, *center, rowKey);
}

// One record by id with its stamps, after the read check; an error when it is gone.
template<typename R>
Result<R> loadDeclared(Store& store, RecordId id)
{
    using namespace edit;
    const RecordTable<R>& t = recordTable<R>();
    auto st = store.db().prepare(QStringLiteral("SELECT x.center_id, ") + t.selectList("x") + QStringLiteral(", ")
                                 + stampColumns("x") + QStringLiteral(" FROM %1 x").arg(QLatin1String(t.table()))
                                 + stampJoins("x") + QStringLiteral(" WHERE x.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    R r;
    r.id = id;
    r.center = store.reference().centerCode(st->int64(0));
    if (auto s = mayRead(store, r.center); !s)
        return s.error();
    r.stamp = stampAt(*st, t.read(*st, 1, r));
    return r;
}

// The UPDATE of an edited record (EditSupport's updateRecord adds the stamps and the id).
template<typename R>
Status updateDeclared(Store& store, const R& record)
{
    const RecordTable<R>& t = recordTable<R>();
    const qint64 centerId = store.reference().centerId(record.center).value_or(0);
    return edit::updateRecord(store, t.table(), t.updateSql(), t.boundCount(), record.id, record.stamp.version,
                              [&](Statement& st) { t.bind(st, record, centerId); });
}

// A record found by its code (campaigns, funded projects) in the user's scope: outside it, none.
template<typename R>
Result<std::optional<R>> findDeclaredByCode(Store& store, const QString& code)
{
    const RecordTable<R>& t = recordTable<R>();
    auto guard = store.db().cached(QStringLiteral("SELECT x.id, c.code, ") + t.selectList("x")
                                   + QStringLiteral(" FROM %1 x JOIN center c ON c.id = x.center_id WHERE x.code = ?")
                                         .arg(QLatin1String(t.table())));
    if (!guard)
        return guard.error();
    Statement* st = guard->get();
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<R>();
    }
    R r;
    r.id = st->int64(0);
    r.center = st->text(1);
    if (!store.access().canReadRecords(r.center))
        return std::optional<R>();
    t.read(*st, 2, r);
    return std::optional<R>(std::move(r));
}

} // namespace reper::detail
