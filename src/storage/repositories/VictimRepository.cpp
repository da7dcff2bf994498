#include "VictimRepository.h"

#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/keys/IdentityVault.h"
#include "storage/repositories/RecordInsert.h"
#include "storage/repositories/RecordTables.h"

#include <QJsonArray>

namespace reper {

namespace {

const QStringList& identityColumns()
{
    static const QStringList columns
        = {QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("cnp"),
           QStringLiteral("address"),   QStringLiteral("phone"),      QStringLiteral("notes")};
    return columns;
}

QStringList identityValues(const VictimIdentity& i)
{
    return {i.lastName, i.firstName, i.cnp, i.address, i.phone, i.notes};
}

// The names of the identity fields that hold something (never their values).
QJsonArray givenFields(const VictimIdentity& i)
{
    QJsonArray out;
    const QStringList values = identityValues(i);
    for (int k = 0; k < values.size(); ++k)
        if (!values[k].isEmpty())
            out.append(identityColumns()[k]);
    return out;
}

Error notPermitted(const QString& center)
{
    return makeError(QCoreApplication::translate("Store", "You may not change the records of %1.").arg(center));
}

} // namespace

Result<std::optional<VictimWithIdentity>> VictimRepository::findByCode(const QString& code, bool* outsideScope)
{
    if (outsideScope)
        *outsideScope = false;
    const detail::RecordTable<Victim>& t = detail::recordTable<Victim>();
    // Kept as bytes for the statement cache: the import looks up every row's victim here.
    static const QByteArray sql = (QStringLiteral("SELECT v.id, v.center_id, ") + t.selectList("v")
                                   + QStringLiteral(" FROM victim v WHERE v.code = ?"))
                                      .toUtf8();
    auto stGuard = m_store.db().cached(sql.constData());
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<VictimWithIdentity>();
    }
    VictimWithIdentity r;
    r.victim.id = st->int64(0);
    r.victim.center = m_store.reference().centerCode(st->int64(1));
    if (!m_store.access().canReadRecords(r.victim.center)) {
        st->reset();
        if (outsideScope)
            *outsideScope = true;
        return std::optional<VictimWithIdentity>();
    }
    t.read(*st, 2, r.victim);
    st->reset();
    return std::optional<VictimWithIdentity>(r);
}

Result<std::optional<RecordId>> VictimRepository::idByCode(const QString& code)
{
    // The code's unique index alone answers for someone who reads every centre (an import's hot
    // path); anyone else needs the victim's centre.
    const bool everyCenter = m_store.access().readsEveryCenter();
    auto stGuard = m_store.db().cached(everyCenter ? "SELECT id FROM victim WHERE code = ?"
                                                   : "SELECT id, center_id FROM victim WHERE code = ?");
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
    const QString center = everyCenter ? QString() : m_store.reference().centerCode(st->int64(1));
    st->reset();
    if (!everyCenter && !m_store.access().canReadRecords(center))
        return std::optional<RecordId>();
    return std::optional<RecordId>(id);
}

Result<bool> VictimRepository::isCodeTaken(const QString& code)
{
    return m_store.db().hasRow("SELECT 1 FROM victim WHERE code = ?", {code});
}

Result<VictimIdentity> VictimRepository::openIdentity(RecordId victimId)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT code, center_id FROM victim WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, victimId);
    if (!st->next())
        return st->failed() ? st->error()
                            : makeError(QCoreApplication::translate("Store", "The record is no longer in the store."));
    AuditEvent e;
    e.recordType = QStringLiteral("victim");
    e.recordId = victimId;
    e.recordCode = st->text(0);
    e.center = m_store.reference().centerCode(st->int64(1));
    const AccessPolicy access = m_store.access();
    if (!access.canSeeIdentity(e.center)) {
        // Asking is recorded too, for a victim the user may at least read.
        if (access.canReadRecords(e.center)) {
            e.action = AuditAction::IdentityRefused;
            (void)m_store.audit().append(e);
        }
        return makeError(QCoreApplication::translate("Store", "You may not see the identity of this victim."));
    }
    auto stored = m_store.identity().read(victimId);
    if (!stored)
        return stored.error();
    const VictimIdentity identity = stored->value_or(VictimIdentity{});
    e.action = AuditAction::IdentityOpened;
    e.detail.insert(QStringLiteral("fields"), givenFields(identity));
    if (auto s = m_store.audit().append(e); !s)
        return s.error(); // no trace, no identity
    return identity;
}

Status VictimRepository::setIdentity(RecordId victimId, const VictimIdentity& identity)
{
    auto st = m_store.db().prepare(QStringLiteral(
        "SELECT v.code, v.center_id, i.victim_id FROM victim v LEFT JOIN victim_identity i ON i.victim_id = v.id "
        "WHERE v.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, victimId);
    if (!st->next())
        return st->failed()
            ? Status(st->error())
            : Status(makeError(QCoreApplication::translate("Store", "The record is no longer in the store.")));
    const QString code = st->text(0);
    const qint64 centerId = st->int64(1);
    const QString center = m_store.reference().centerCode(centerId);
    const bool exists = !st->isNull(2);
    if (!m_store.access().canSeeIdentity(center) || !m_store.access().canWriteRecords(center))
        return makeError(QCoreApplication::translate("Store", "You may not change the identity of this victim."));
    if (identity.isEmpty() && !exists)
        return Status::success();
    // The vault rewrites only the fields that changed, so the trail's triggers name exactly those.
    Status s = m_store.identity().write(victimId, centerId, identity);
    if (s && !exists) {
        QJsonObject fields;
        for (const QJsonValue& f : givenFields(identity))
            fields.insert(f.toString(), QStringLiteral("given"));
        AuditEvent e;
        e.action = AuditAction::RecordChanged;
        e.recordType = QStringLiteral("victim");
        e.recordId = victimId;
        e.recordCode = code;
        e.center = center;
        e.detail.insert(QStringLiteral("fields"), fields);
        s = m_store.audit().append(e);
    }
    if (s)
        s = m_store.audit().flush();
    return s;
}

Result<IdentityComparison> VictimRepository::compareIdentity(RecordId victimId, const QString& center,
                                                             const VictimIdentity& given)
{
    IdentityComparison out;
    if (given.isEmpty())
        return out;
    // Whether the identity was erased: a fact about the record, said to anyone who brings identity
    // back for it.
    auto stGuard = m_store.db().cached("SELECT 1 FROM victim_identity_erased WHERE victim_id = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, victimId);
    out.erased = st->next();
    const bool failed = st->failed();
    const Error error = failed ? st->error() : Error{};
    st->reset();
    if (failed)
        return error;
    // Compared only where the user may see the identity (otherwise comparing would be an oracle),
    // and can: the centre's key opens it.
    if (!out.erased && m_store.access().canSeeIdentity(center)) {
        auto stored = m_store.identity().read(victimId);
        if (!stored)
            return stored.error();
        out.compared = true;
        const QStringList values = identityValues(given);
        const QStringList known = stored->has_value() ? identityValues(**stored) : QStringList();
        for (int k = 0; k < values.size(); ++k)
            if (!values[k].isEmpty() && (!stored->has_value() || values[k] != known[k]))
                out.differ << identityColumns()[k];
    }
    return out;
}

Result<RecordId> VictimRepository::add(const Victim& v, const VictimIdentity& identity)
{
    const auto center = m_store.reference().centerId(v.center);
    if (!center)
        return makeError(QStringLiteral("unknown centre %1").arg(v.center));
    if (!m_store.access().canWriteRecords(v.center))
        return notPermitted(v.center);
    const detail::RecordTable<Victim>& t = detail::recordTable<Victim>();
    auto stGuard = m_store.db().cached(t.insertSql(m_store.db().dialect()));
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    const QString now = m_store.timestamp();
    const qint64 user = m_store.user().id;
    t.bind(*st, v, *center);
    const int n = t.boundCount();
    st->bind(n + 1, user).bind(n + 2, now).bind(n + 3, user).bind(n + 4, now);
    if (auto s = st->exec(); !s)
        return s.error();
    const RecordId id = m_store.db().lastInsertId();
    // Sealed to the centre's key: written by whoever may write the victim, read only by its holders.
    if (!identity.isEmpty())
        if (auto s = m_store.identity().write(id, *center, identity); !s)
            return s.error();
    if (!m_store.audit().inBatch()) {
        QJsonObject extra;
        if (!identity.isEmpty())
            extra.insert(QStringLiteral("identity_given"), givenFields(identity));
        if (auto s = m_store.audit().recordCreated(QStringLiteral("victim"), id, extra); !s)
            return s.error();
    }
    return id;
}

Result<InsertOutcome> VictimRepository::addIdentification(const Identification& i, const QByteArray& rowKey)
{
    const auto center = m_store.reference().centerId(i.center);
    if (!center)
        return makeError(QStringLiteral("unknown centre %1").arg(i.center));
    if (!m_store.access().canWriteRecords(i.center))
        return notPermitted(i.center);
    Database& db = m_store.db();
    const detail::RecordTable<Identification>& table = detail::recordTable<Identification>();
    const auto inserted = detail::insertKeyedRow(m_store, table.insertSql(db.dialect()), table.boundCount(), rowKey,
                                                 [&](Statement& st) { table.bind(st, i, *center); });
    if (!inserted)
        return inserted.error();
    const RecordId id = *inserted;
    if (id == 0)
        return InsertOutcome{0, false};
    // Its forms first, then its audit entry, which carries them.
    auto formGuard
        = db.cached("INSERT INTO identification_exploitation(identification_id, form, position) VALUES (?,?,?)");
    Statement* form = formGuard ? formGuard->get() : nullptr;
    if (!form)
        return formGuard.error();
    for (int k = 0; k < i.exploitation.size(); ++k)
        if (auto s = form->bind(1, id).bind(2, i.exploitation[k]).bind(3, k).exec(); !s)
            return s.error();
    if (!m_store.audit().inBatch()) {
        if (auto s
            = m_store.audit().recordCreated(QStringLiteral("identification"), id,
                                            {{QStringLiteral("exploitation"), i.exploitation.join(QLatin1Char(';'))}});
            !s)
            return s.error();
    }
    return InsertOutcome{id, true};
}

Result<qint64> VictimRepository::count()
{
    const AccessPolicy access = m_store.access();
    if (!access.canListVictims())
        return qint64(0);
    if (access.isNational())
        return m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM victim"));
    const auto center = m_store.reference().centerId(access.user().center);
    return m_store.db().queryInt(
        QStringLiteral("SELECT count(*) FROM victim WHERE center_id = %1").arg(center.value_or(0)));
}

} // namespace reper
