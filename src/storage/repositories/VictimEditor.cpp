#include "VictimEditor.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/engine/Transaction.h"
#include "storage/repositories/EditSupport.h"
#include "storage/repositories/RecordTables.h"

#include <QRandomGenerator>

namespace reper {

using namespace edit;

Result<VictimFile> VictimEditor::load(RecordId id)
{
    auto victim = detail::loadDeclared<Victim>(m_store, id);
    if (!victim)
        return victim.error();
    VictimFile f;
    f.victim = *victim;
    f.identityAllowed = m_store.access().canSeeIdentity(f.victim.center);
    return f;
}

Result<VictimIdentity> VictimEditor::openIdentity(RecordId id) { return VictimRepository(m_store).openIdentity(id); }

Result<std::optional<RecordId>> VictimEditor::idByCode(const QString& code)
{
    auto id = VictimRepository(m_store).idByCode(code.trimmed());
    if (!id || !id->has_value())
        return id;
    auto center = centerOf(m_store, "victim", **id);
    if (!center)
        return center.error();
    if (!m_store.access().canReadRecords(*center))
        return std::optional<RecordId>();
    return id;
}

Result<QString> VictimEditor::codeOf(RecordId id)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT code, center_id FROM victim WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? st->error() : makeError(StoreText::tr("The record is no longer in the store."));
    if (auto s = mayRead(m_store, m_store.reference().centerCode(st->int64(1))); !s)
        return s.error();
    return st->text(0);
}

Result<RecordId> VictimEditor::save(const Victim& input, const std::optional<VictimIdentity>& identity)
{
    Victim v = input;
    v.code = v.code.trimmed();
    if (v.birthDate.isValid())
        v.birthYear = v.birthDate.year();
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (auto s = mayStore(m_store, "victim", v.id, v.center); !s)
        return s.error();
    const bool writeIdentityToo = identity && m_store.access().canSeeIdentity(v.center);
    RecordId id = v.id;
    if (id == 0) {
        auto added = VictimRepository(m_store).add(v, writeIdentityToo ? *identity : VictimIdentity{});
        if (!added)
            return describeWriteFailure(added.error());
        id = *added;
    } else {
        const qint64 center = *m_store.reference().centerId(v.center);
        // Identity is sealed to its centre's key, which nobody who may move a victim holds together
        // with the new centre's: a victim with an identity stays where it is.
        auto moving = m_store.db().prepare(QStringLiteral(
            "SELECT c.code FROM victim v JOIN center c ON c.id = v.center_id WHERE v.id = ? AND v.center_id <> ? "
            "AND EXISTS (SELECT 1 FROM victim_identity i WHERE i.victim_id = v.id)"));
        if (!moving)
            return moving.error();
        moving->bind(1, id).bind(2, center);
        if (moving->next())
            return makeError(StoreText::tr("This victim's identity is sealed to the key of %1, so the victim cannot "
                                           "move to another centre. The staff of %1 can remove the identity first.")
                                 .arg(moving->text(0)));
        v.id = id;
        auto s = detail::updateDeclared(m_store, v);
        if (!s)
            return describeWriteFailure(s.error());
        if (writeIdentityToo)
            if (auto w = VictimRepository(m_store).setIdentity(id, *identity); !w)
                return describeWriteFailure(w.error());
    }
    if (auto s = flushTrail(m_store); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Logging::logger("storage")->info("victim {} {}", v.code.toStdString(), v.id == 0 ? "added" : "changed");
    return id;
}

Status VictimEditor::remove(RecordId id)
{
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto center = centerOf(m_store, "victim", id);
    if (!center)
        return center.error();
    if (auto s = mayWrite(m_store, *center); !s)
        return s;
    // A victim of a merge (decisions C7) stays until the merge is undone: removing either would take
    // the other's history with it, or leave the merge half.
    auto merged = m_store.db().prepare(
        QStringLiteral("SELECT 1 FROM victim_merge WHERE absorbed_id = ?1 OR kept_id = ?1 LIMIT 1"));
    if (!merged)
        return merged.error();
    merged->bind(1, id);
    if (merged->next())
        return makeError(StoreText::tr("This victim takes part in a merge: unmerge it first."));
    if (merged->failed())
        return merged->error();
    // A victim whose records another centre keeps cannot be removed by this user.
    auto others = m_store.db().prepare(QStringLiteral(
        "SELECT center_id FROM identification WHERE victim_id = ?1 UNION SELECT center_id FROM assistance WHERE "
        "victim_id = ?1 UNION SELECT center_id FROM repatriation WHERE victim_id = ?1 UNION SELECT center_id FROM "
        "judicial WHERE victim_id = ?1"));
    if (!others)
        return others.error();
    others->bind(1, id);
    while (others->next())
        if (auto s = mayWrite(m_store, m_store.reference().centerCode(others->int64(0))); !s)
            return s;
    if (auto s = removeRow(m_store, "victim", id); !s)
        return s;
    if (auto s = flushTrail(m_store); !s)
        return s;
    return tx.commit();
}

Result<QList<TimelineEntry>> VictimEditor::timeline(RecordId victimId)
{
    // One query over the five tables; the caller shows only what the user may read.
    auto st = m_store.db().prepare(QStringLiteral(
        "SELECT 0, id, center_id, notification_date, identification_date, mnir_status, primary_exploitation, scope "
        "FROM identification WHERE victim_id = ?1 "
        "UNION ALL SELECT 1, id, center_id, start_date, end_date, service, provider, NULL "
        "FROM assistance WHERE victim_id = ?1 "
        "UNION ALL SELECT 2, id, center_id, request_date, arrival_date, status, from_country, entry_point "
        "FROM repatriation WHERE victim_id = ?1 "
        "UNION ALL SELECT 3, id, center_id, date, NULL, stage, body, case_ref "
        "FROM judicial WHERE victim_id = ?1 "
        "UNION ALL SELECT 4, id, center_id, date, next_date, kind, with_whom, NULL "
        "FROM monitoring_contact WHERE victim_id = ?1 "
        "ORDER BY 4 DESC, 1, 2 DESC"));
    if (!st)
        return st.error();
    st->bind(1, victimId);
    QList<TimelineEntry> entries;
    const AccessPolicy access = m_store.access();
    while (st->next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind(st->int64(0));
        e.id = st->int64(1);
        e.center = m_store.reference().centerCode(st->int64(2));
        if (!access.canReadRecords(e.center))
            continue;
        e.date = st->date(3);
        e.endDate = st->date(4);
        e.codes << st->text(5) << st->text(6) << st->text(7);
        entries << e;
    }
    if (st->failed())
        return st->error();
    return entries;
}

Result<QString> VictimEditor::proposeCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString code = QStringLiteral("V-");
        for (int k = 0; k < 8; ++k)
            code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
        auto existing = VictimRepository(m_store).idByCode(code);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return code;
    }
    return makeError(StoreText::tr("No free victim code could be found."));
}

} // namespace reper
