#include "VictimMerger.h"

#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/repositories/RecordTables.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <vector>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "VictimMerger").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VictimMerger)
};

// The records that follow the person, and whether they carry who changed them and when.
struct MovedTable
{
    const char* name;
    bool stamped;
};

// The case records, stamped, and the deadlines set aside, which are not.
std::vector<MovedTable> movedTables()
{
    std::vector<MovedTable> out;
    for (const char* t : VictimMerger::caseRecordTables())
        out.push_back({t, true});
    out.push_back({"due_dismissal", false});
    return out;
}

// Gives the records of `t` chosen by `where` (with its one value) to victim `to`, stamped with who
// and when where the table carries it.
Status moveRecords(Database& db, const MovedTable& t, RecordId to, qint64 me, const QString& now, const QString& where,
                   qint64 whereValue)
{
    const QString name = QLatin1String(t.name);
    return t.stamped
        ? db.execWith(
            QStringLiteral("UPDATE %1 SET victim_id = ?, updated_by = ?, updated_at = ? WHERE %2").arg(name, where),
            {to, me, now, whereValue})
        : db.execWith(QStringLiteral("UPDATE %1 SET victim_id = ? WHERE %2").arg(name, where), {to, whereValue});
}

} // namespace

Result<VictimMerger::Victim> VictimMerger::victimInScope(const QString& code)
{
    auto st = m_store.db().prepare(QStringLiteral(
        "SELECT v.id, v.code, c.code FROM victim v JOIN center c ON c.id = v.center_id WHERE v.code = ?"));
    if (!st)
        return st.error();
    st->bind(1, code.trimmed());
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return makeError(Tr::tr("There is no victim %1 in your scope.").arg(code.trimmed()));
    }
    Victim v{st->int64(0), st->text(1), st->text(2)};
    if (!m_store.access().canReadRecords(v.center))
        return makeError(Tr::tr("There is no victim %1 in your scope.").arg(code.trimmed()));
    return v;
}

Result<std::optional<VictimMerge>> VictimMerger::mergeWhere(const char* column, RecordId id, qint64* mergeId)
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT m.id, k.code, kc.code, a.code, ac.code, u.name, m.merged_at, "
                       "(SELECT count(*) FROM victim_merge_record r WHERE r.merge_id = m.id) FROM victim_merge m "
                       "JOIN victim k ON k.id = m.kept_id JOIN center kc ON kc.id = k.center_id "
                       "JOIN victim a ON a.id = m.absorbed_id JOIN center ac ON ac.id = a.center_id "
                       "LEFT JOIN app_user u ON u.id = m.merged_by WHERE m.%1 = ? ORDER BY m.id LIMIT 1")
            .arg(QLatin1String(column)));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<VictimMerge>();
    }
    if (mergeId)
        *mergeId = st->int64(0);
    VictimMerge m;
    m.keptCode = st->text(1);
    m.keptCenter = st->text(2);
    m.absorbedCode = st->text(3);
    m.absorbedCenter = st->text(4);
    m.mergedBy = st->text(5);
    m.mergedAt = st->text(6);
    m.records = int(st->int64(7));
    return std::optional<VictimMerge>(m);
}

bool VictimMerger::mayMerge(const AccessPolicy& access, const QString& keptCenter, const QString& absorbedCenter)
{
    if (keptCenter != absorbedCenter && !access.isNational())
        return false;
    return access.canAssignCases(keptCenter) && access.canAssignCases(absorbedCenter);
}

const std::array<const char*, 5>& VictimMerger::caseRecordTables()
{
    using namespace detail;
    static const std::array<const char*, 5> tables = {
        recordTable<Identification>().table(), recordTable<Assistance>().table(), recordTable<Repatriation>().table(),
        recordTable<JudicialParticipation>().table(), recordTable<MonitoringContact>().table()};
    return tables;
}

Status VictimMerger::checkRight(const Victim& kept, const Victim& absorbed)
{
    if (mayMerge(m_store.access(), kept.center, absorbed.center))
        return Status::success();
    if (kept.center == absorbed.center)
        return makeError(Tr::tr("Only a coordinator of %1 may merge or unmerge its victims.").arg(kept.center));
    return makeError(Tr::tr("Only a national coordinator may merge or unmerge victims of two centres (%1 and %2).")
                         .arg(kept.center, absorbed.center));
}

Status VictimMerger::record(const QString& action, const Victim& kept, const Victim& absorbed, int records)
{
    AuditTrail& audit = m_store.audit();
    if (!audit.canSign())
        return audit.flush();
    const QJsonObject detail{{QStringLiteral("kept"), kept.code},
                             {QStringLiteral("kept_center"), kept.center},
                             {QStringLiteral("absorbed"), absorbed.code},
                             {QStringLiteral("absorbed_center"), absorbed.center},
                             {QStringLiteral("records"), records}};
    return audit.append({action, QStringLiteral("victim"), kept.id, kept.code, kept.center, detail});
}

Result<VictimMerge> VictimMerger::merge(const QString& keepCode, const QString& absorbCode)
{
    if (keepCode.trimmed() == absorbCode.trimmed())
        return makeError(Tr::tr("%1 cannot be merged into itself: choose two victims.").arg(keepCode.trimmed()));
    auto kept = victimInScope(keepCode);
    if (!kept)
        return kept.error();
    auto absorbed = victimInScope(absorbCode);
    if (!absorbed)
        return absorbed.error();
    if (auto s = checkRight(*kept, *absorbed); !s)
        return s.error();

    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    // One merge at a time per victim: no chains, so that an unmerge undoes exactly one merge.
    auto done = mergeWhere("absorbed_id", absorbed->id);
    if (!done)
        return done.error();
    if (*done)
        return makeError(
            Tr::tr("%1 is already merged into %2; unmerge it first.").arg(absorbed->code, (*done)->keptCode));
    auto keptAbsorbed = mergeWhere("absorbed_id", kept->id);
    if (!keptAbsorbed)
        return keptAbsorbed.error();
    if (*keptAbsorbed)
        return makeError(
            Tr::tr("%1 is already merged into %2: keep %2 instead.").arg(kept->code, (*keptAbsorbed)->keptCode));
    auto absorbedKeeps = mergeWhere("kept_id", absorbed->id);
    if (!absorbedKeeps)
        return absorbedKeeps.error();
    if (*absorbedKeeps)
        return makeError(Tr::tr("%1 already has %2 merged into it: keep %1 instead, or unmerge %2 first.")
                             .arg(absorbed->code, (*absorbedKeeps)->absorbedCode));

    const QString now = m_store.timestamp();
    const qint64 me = m_store.user().id;
    if (auto s = db.execWith(QStringLiteral("INSERT INTO victim_merge(absorbed_id, kept_id, merged_by, merged_at) "
                                            "VALUES (?, ?, ?, ?)"),
                             {absorbed->id, kept->id, me, now});
        !s)
        return s.error();
    const qint64 mergeId = db.lastInsertId();
    for (const MovedTable& t : movedTables()) {
        if (auto s = db.execWith(QStringLiteral("INSERT INTO victim_merge_record(merge_id, tbl, record_id) "
                                                "SELECT ?, '%1', id FROM %1 WHERE victim_id = ?")
                                     .arg(QLatin1String(t.name)),
                                 {mergeId, absorbed->id});
            !s)
            return s.error();
        if (auto s = moveRecords(db, t, kept->id, me, now, QStringLiteral("victim_id = ?"), absorbed->id); !s)
            return s.error();
    }
    auto merged = mergeWhere("absorbed_id", absorbed->id);
    if (!merged || !*merged)
        return merged ? makeError(Tr::tr("The merge could not be recorded.")) : merged.error();
    if (auto s = record(AuditAction::VictimsMerged, *kept, *absorbed, (*merged)->records); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return **merged;
}

Result<VictimMerge> VictimMerger::unmerge(const QString& absorbedCode)
{
    auto absorbed = victimInScope(absorbedCode);
    if (!absorbed)
        return absorbed.error();
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    qint64 mergeId = 0;
    auto merge = mergeWhere("absorbed_id", absorbed->id, &mergeId);
    if (!merge)
        return merge.error();
    if (!*merge) {
        auto keeps = mergeWhere("kept_id", absorbed->id);
        if (!keeps)
            return keeps.error();
        if (*keeps)
            return makeError(Tr::tr("%1 is the code kept by a merge: unmerge the code merged into it (%2).")
                                 .arg(absorbed->code, (*keeps)->absorbedCode));
        return makeError(Tr::tr("%1 is not merged into another victim.").arg(absorbed->code));
    }
    auto kept = victimInScope((*merge)->keptCode);
    if (!kept)
        return kept.error();
    if (auto s = checkRight(*kept, *absorbed); !s)
        return s.error();

    const QString now = m_store.timestamp();
    const qint64 me = m_store.user().id;
    for (const MovedTable& t : movedTables()) {
        const QString moved
            = QStringLiteral("id IN (SELECT record_id FROM victim_merge_record WHERE merge_id = ? AND tbl = '%1')")
                  .arg(QLatin1String(t.name));
        if (auto s = moveRecords(db, t, absorbed->id, me, now, moved, mergeId); !s)
            return s.error();
    }
    if (auto s = db.execWith(QStringLiteral("DELETE FROM victim_merge_record WHERE merge_id = ?"), {mergeId}); !s)
        return s.error();
    if (auto s = db.execWith(QStringLiteral("DELETE FROM victim_merge WHERE id = ?"), {mergeId}); !s)
        return s.error();
    if (auto s = record(AuditAction::VictimsUnmerged, *kept, *absorbed, (*merge)->records); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return **merge;
}

Result<std::optional<VictimMerge>> VictimMerger::mergeOf(const QString& code)
{
    auto v = victimInScope(code);
    if (!v)
        return v.error();
    auto absorbed = mergeWhere("absorbed_id", v->id);
    if (!absorbed || *absorbed)
        return absorbed;
    return mergeWhere("kept_id", v->id);
}

} // namespace reper
