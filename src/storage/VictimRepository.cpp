#include "VictimRepository.h"

#include "RecordInsert.h"
#include "Store.h"
#include "TextFold.h"

namespace reper {

Result<std::optional<VictimWithIdentity>> VictimRepository::findByCode(const QString& code)
{
    Statement* st = m_store.db().cached(
        "SELECT v.id, c.code, v.sex, v.birth_date, v.birth_year, v.citizenship, v.county, v.residence_env, "
        "v.education, i.last_name, i.first_name, i.cnp, i.address, i.phone, i.notes "
        "FROM victim v JOIN center c ON c.id = v.center_id LEFT JOIN victim_identity i ON i.victim_id = v.id "
        "WHERE v.code = ?");
    if (!st)
        return makeError(QStringLiteral("query failed"));
    st->bind(1, code);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<VictimWithIdentity>();
    }
    VictimWithIdentity r;
    r.victim.id = st->int64(0);
    r.victim.code = code;
    r.victim.center = st->text(1);
    r.victim.sex = st->text(2);
    r.victim.birthDate = st->date(3);
    if (!st->isNull(4))
        r.victim.birthYear = int(st->int64(4));
    r.victim.citizenship = st->text(5);
    r.victim.county = st->text(6);
    r.victim.residenceEnv = st->text(7);
    r.victim.education = st->text(8);
    r.identity.lastName = st->text(9);
    r.identity.firstName = st->text(10);
    r.identity.cnp = st->text(11);
    r.identity.address = st->text(12);
    r.identity.phone = st->text(13);
    r.identity.notes = st->text(14);
    st->reset();
    return std::optional<VictimWithIdentity>(r);
}

Result<std::optional<RecordId>> VictimRepository::idByCode(const QString& code)
{
    Statement* st = m_store.db().cached("SELECT id FROM victim WHERE code = ?");
    if (!st)
        return makeError(QStringLiteral("query failed"));
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

Result<RecordId> VictimRepository::add(const Victim& v, const VictimIdentity& identity)
{
    const auto center = m_store.reference().centerId(v.center);
    if (!center)
        return makeError(QStringLiteral("unknown centre %1").arg(v.center));
    Statement* st = m_store.db().cached(
        "INSERT INTO victim(code, center_id, sex, birth_date, birth_year, citizenship, county, residence_env, "
        "education, created_by, created_at, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return makeError(QStringLiteral("query failed"));
    const QString now = m_store.timestamp();
    const qint64 user = m_store.user().id;
    st->bind(1, v.code).bind(2, *center).bind(3, v.sex).bind(4, v.birthDate).bind(5, v.birthYear);
    st->bind(6, v.citizenship).bind(7, v.county).bind(8, v.residenceEnv).bind(9, v.education);
    st->bind(10, user).bind(11, now).bind(12, user).bind(13, now);
    if (auto s = st->exec(); !s)
        return s.error();
    const RecordId id = m_store.db().lastInsertId();
    if (!identity.isEmpty()) {
        Statement* ident = m_store.db().cached(
            "INSERT INTO victim_identity(victim_id, last_name, first_name, cnp, address, phone, notes, search_key) "
            "VALUES (?,?,?,?,?,?,?,?)");
        if (!ident)
            return makeError(QStringLiteral("query failed"));
        const QString searchKey =
            foldText(QStringList{identity.lastName, identity.firstName, identity.cnp}.join(QLatin1Char(' ')));
        ident->bind(1, id).bind(2, identity.lastName).bind(3, identity.firstName).bind(4, identity.cnp);
        ident->bind(5, identity.address).bind(6, identity.phone).bind(7, identity.notes).bind(8, searchKey);
        if (auto s = ident->exec(); !s)
            return s.error();
    }
    return id;
}

Result<InsertOutcome> VictimRepository::addIdentification(const Identification& i, const QByteArray& rowKey)
{
    const auto center = m_store.reference().centerId(i.center);
    if (!center)
        return makeError(QStringLiteral("unknown centre %1").arg(i.center));
    Database& db = m_store.db();
    Statement* st = db.cached(
        "INSERT INTO identification(victim_id, center_id, notification_date, identification_date, "
        "mnir_status, institution, scope, primary_exploitation, attempt, exploitation_country, recruitment, "
        "recruiter_relation, row_key, created_by, created_at, updated_by, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return makeError(QStringLiteral("query failed"));
    const QString now = m_store.timestamp();
    const qint64 user = m_store.user().id;
    st->bind(1, i.victimId).bind(2, *center).bind(3, i.notificationDate).bind(4, i.identificationDate);
    st->bind(5, i.mnirStatus).bind(6, i.institution).bind(7, i.scope).bind(8, i.primaryExploitation);
    st->bind(9, i.attempt).bind(10, i.exploitationCountry).bind(11, i.recruitment).bind(12, i.recruiterRelation);
    if (rowKey.isEmpty())
        st->bindNull(13);
    else
        st->bindBlob(13, rowKey);
    st->bind(14, user).bind(15, now).bind(16, user).bind(17, now);
    if (auto s = st->exec(); !s) {
        if (detail::isRowKeyClash(s.error()))
            return InsertOutcome{0, false};
        return s.error();
    }
    const RecordId id = db.lastInsertId();
    Statement* form = db.cached(
        "INSERT INTO identification_exploitation(identification_id, form, position) VALUES (?,?,?)");
    if (!form)
        return makeError(QStringLiteral("query failed"));
    for (int k = 0; k < i.exploitation.size(); ++k)
        if (auto s = form->bind(1, id).bind(2, i.exploitation[k]).bind(3, k).exec(); !s)
            return s.error();
    return InsertOutcome{id, true};
}

Result<qint64> VictimRepository::count()
{
    return m_store.db().queryInt(QStringLiteral("SELECT count(*) FROM victim"));
}

} // namespace reper
