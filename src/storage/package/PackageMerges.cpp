#include "PackageMerges.h"

#include "storage/Store.h"
#include "storage/duplicates/VictimMerger.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <iterator>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageMerges)
};

// The records a merge moves that a package carries by UUID: the case records
// (VictimMerger::caseRecordTables). The deadlines set aside (due_dismissal) are headquarters' own: a
// merge there moves headquarters' dismissals, as VictimMerger does.
const std::array<const char*, 5>& carriedTables() { return VictimMerger::caseRecordTables(); }

// A merge at headquarters of one of the centre's victims (known by the absorbed victim's UUID).
struct HqMerge
{
    qint64 id = 0;
    QString kept; // uuid
    bool fromPackage = false;
    qint64 absorbedId = 0;
    qint64 keptId = 0;
};

struct HqVictim
{
    qint64 id = 0; // 0: headquarters does not have it
    QString code;
    QString center;
};

Result<HqVictim> victimOf(Database& db, const QString& uuid)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT v.id, v.code, c.code FROM victim v JOIN center c ON c.id = v.center_id WHERE v.uuid = ?"));
    if (!st)
        return st.error();
    st->bind(1, uuid);
    if (st->next())
        return HqVictim{st->int64(0), st->text(1), st->text(2)};
    if (st->failed())
        return st->error();
    return HqVictim{};
}

// Whether victim `id` takes part in a merge at headquarters, as absorbed or kept.
Result<bool> inMerge(Database& db, qint64 id)
{
    return db.hasRow("SELECT 1 FROM victim_merge WHERE absorbed_id = ? OR kept_id = ?", {id, id});
}

// Whether victim `id` is absorbed into another at headquarters.
Result<bool> isAbsorbed(Database& db, qint64 id)
{
    return db.hasRow("SELECT 1 FROM victim_merge WHERE absorbed_id = ?", {id});
}

// Undoes a merge as VictimMerger::unmerge does: the records it lists that are still the kept
// victim's go back to the absorbed one (most already did: the centre's package sent them so).
Status undo(Store& store, qint64 mergeId, qint64 absorbedId, qint64 keptId)
{
    Database& db = store.db();
    const QString moved = QStringLiteral("victim_id = ? AND id IN (SELECT record_id FROM victim_merge_record "
                                         "WHERE merge_id = ? AND tbl = '%1')");
    for (const char* t : carriedTables()) {
        auto st = db.prepare(
            QStringLiteral("UPDATE %1 SET victim_id = ?, updated_by = ?, updated_at = ? WHERE ").arg(QLatin1String(t))
            + moved.arg(QLatin1String(t)));
        if (!st)
            return st.error();
        st->bind(1, absorbedId).bind(2, store.user().id).bind(3, store.timestamp()).bind(4, keptId).bind(5, mergeId);
        if (auto s = st->exec(); !s)
            return s;
    }
    if (auto s = db.execWith(QStringLiteral("UPDATE due_dismissal SET victim_id = ? WHERE ")
                                 + moved.arg(QStringLiteral("due_dismissal")),
                             {absorbedId, keptId, mergeId});
        !s)
        return s;
    if (auto s = db.execWith(QStringLiteral("DELETE FROM victim_merge_record WHERE merge_id = ?"), {mergeId}); !s)
        return s;
    return db.execWith(QStringLiteral("DELETE FROM victim_merge WHERE id = ?"), {mergeId});
}

// The merges of the centre's victims that no longer hold: a record they list that the package sent
// with another victim than the kept one (the centre's side won a conflict over headquarters' merge).
Result<QList<std::array<qint64, 3>>> brokenMerges(Database& db, qint64 centerId)
{
    QStringList moved;
    for (const char* t : carriedTables())
        moved << QStringLiteral("EXISTS (SELECT 1 FROM victim_merge_record r JOIN %1 x ON x.id = r.record_id "
                                "WHERE r.merge_id = m.id AND r.tbl = '%1' AND x.victim_id <> m.kept_id)")
                     .arg(QLatin1String(t));
    auto st = db.prepare(QStringLiteral("SELECT m.id, m.absorbed_id, m.kept_id FROM victim_merge m JOIN victim a ON "
                                        "a.id = m.absorbed_id WHERE a.center_id = ? AND (%1)")
                             .arg(moved.join(QStringLiteral(" OR "))));
    if (!st)
        return st.error();
    st->bind(1, centerId);
    QList<std::array<qint64, 3>> out;
    while (st->next())
        out.append(std::array<qint64, 3>{st->int64(0), st->int64(1), st->int64(2)});
    if (st->failed())
        return st->error();
    return out;
}

} // namespace

Result<QJsonArray> PackageMerges::collect(Database& db, qint64 centerId)
{
    QHash<qint64, QJsonArray> records; // merge id → [[kind, uuid], …]
    for (const char* t : carriedTables()) {
        const QString table = QLatin1String(t);
        auto st = db.prepare(QStringLiteral("SELECT r.merge_id, x.uuid FROM victim_merge_record r "
                                            "JOIN victim_merge m ON m.id = r.merge_id "
                                            "JOIN victim a ON a.id = m.absorbed_id "
                                            "JOIN %1 x ON x.id = r.record_id "
                                            "WHERE r.tbl = '%1' AND a.center_id = ? ORDER BY r.merge_id, x.uuid")
                                 .arg(table));
        if (!st)
            return st.error();
        st->bind(1, centerId);
        while (st->next())
            records[st->int64(0)].append(QJsonArray{table, st->text(1)});
        if (st->failed())
            return st->error();
    }
    auto st = db.prepare(QStringLiteral("SELECT m.id, a.uuid, k.uuid, m.merged_at FROM victim_merge m "
                                        "JOIN victim a ON a.id = m.absorbed_id JOIN victim k ON k.id = m.kept_id "
                                        "WHERE a.center_id = ? ORDER BY m.id"));
    if (!st)
        return st.error();
    st->bind(1, centerId);
    QJsonArray out;
    while (st->next())
        out.append(QJsonObject{{QStringLiteral("absorbed"), st->text(1)},
                               {QStringLiteral("kept"), st->text(2)},
                               {QStringLiteral("merged_at"), st->text(3)},
                               {QStringLiteral("records"), records.value(st->int64(0))}});
    if (st->failed())
        return st->error();
    return out;
}

Status PackageMerges::mayWrite(Store& store, const QString& center)
{
    if (VictimMerger::mayMerge(store.access(), center, center))
        return {};
    return makeError(Tr::tr("This package of %1 carries merges of two victim codes into one person: only a "
                            "coordinator of %1 (or a national coordinator) may import it; nothing was imported.")
                         .arg(center));
}

Result<PackageMergeCounts> PackageMerges::apply(Store& store, qint64 centerId, const QJsonArray& merges)
{
    Database& db = store.db();
    PackageMergeCounts counts;
    // Checked before the first merge written or undone: a package that changes none needs no right.
    const Status allowed = mayWrite(store, store.reference().centerCode(centerId));
    // Headquarters' merges of the centre's victims, by the absorbed victim's UUID.
    QHash<QString, HqMerge> atHq;
    {
        auto st
            = db.prepare(QStringLiteral("SELECT m.id, a.uuid, k.uuid, m.from_package, a.id, k.id FROM victim_merge m "
                                        "JOIN victim a ON a.id = m.absorbed_id JOIN victim k ON k.id = m.kept_id "
                                        "WHERE a.center_id = ?"));
        if (!st)
            return st.error();
        st->bind(1, centerId);
        while (st->next()) {
            atHq.insert(st->text(1), HqMerge{st->int64(0), st->text(2), st->int64(3) != 0, st->int64(4), st->int64(5)});
        }
        if (st->failed())
            return st->error();
    }
    QHash<QString, QJsonObject> sent;
    for (const QJsonValue& v : merges) {
        const QJsonObject m = v.toObject();
        sent.insert(m.value(QStringLiteral("absorbed")).toString(), m);
    }
    // What the centre undid (or now merges otherwise): gone before anything is added.
    for (auto it = atHq.begin(); it != atHq.end(); ++it) {
        if (!it->fromPackage)
            continue;
        const auto now = sent.constFind(it.key());
        if (now != sent.constEnd() && now->value(QStringLiteral("kept")).toString() == it->kept)
            continue;
        if (!allowed)
            return allowed.error();
        if (auto s = undo(store, it->id, it->absorbedId, it->keptId); !s)
            return s.error();
        ++counts.removed;
    }
    const qint64 me = store.user().id;
    for (const QJsonObject& m : std::as_const(sent)) {
        const QString absorbedUuid = m.value(QStringLiteral("absorbed")).toString();
        const QString keptUuid = m.value(QStringLiteral("kept")).toString();
        const auto known = atHq.constFind(absorbedUuid);
        if (known != atHq.constEnd() && known->kept == keptUuid)
            continue; // headquarters has it already (from a package, or made the same merge itself)
        auto absorbed = victimOf(db, absorbedUuid);
        if (!absorbed)
            return absorbed.error();
        auto kept = victimOf(db, keptUuid);
        if (!kept)
            return kept.error();
        if (absorbed->id == 0 || kept->id == 0 || absorbed->id == kept->id) {
            ++counts.skipped; // headquarters kept its side of a conflict and lacks one of them
            continue;
        }
        // A merge across centres: a national coordinator's, here as at the centre.
        if (!VictimMerger::mayMerge(store.access(), kept->center, absorbed->center))
            return makeError(Tr::tr("This package merges %1 of %2 into %3 of %4: only a national coordinator may "
                                    "import a merge across centres; nothing was imported.")
                                 .arg(absorbed->code, absorbed->center, kept->code, kept->center));
        auto absorbedBusy = inMerge(db, absorbed->id);
        if (!absorbedBusy)
            return absorbedBusy.error();
        auto chain = isAbsorbed(db, kept->id); // the kept victim is itself absorbed into another
        if (!chain)
            return chain.error();
        if (*absorbedBusy || *chain) {
            ++counts.skipped;
            continue;
        }
        if (!allowed)
            return allowed.error();
        auto add = db.prepare(QStringLiteral("INSERT INTO victim_merge(absorbed_id, kept_id, merged_by, merged_at, "
                                             "from_package) VALUES (?, ?, ?, ?, 1)"));
        if (!add)
            return add.error();
        add->bind(1, absorbed->id)
            .bind(2, kept->id)
            .bind(3, me)
            .bind(4, m.value(QStringLiteral("merged_at")).toString());
        if (auto s = add->exec(); !s)
            return s.error();
        const qint64 mergeId = db.lastInsertId();
        // The records it moved, as headquarters has them now: those the package made the kept victim's.
        for (const QJsonValue& r : m.value(QStringLiteral("records")).toArray()) {
            const QJsonArray pair = r.toArray();
            const QString kind = pair.at(0).toString();
            if (!std::any_of(carriedTables().begin(), carriedTables().end(),
                             [&](const char* t) { return kind == QLatin1String(t); }))
                return makeError(Tr::tr("The package's content is not what this version of Reper makes; nothing "
                                        "was imported."),
                                 QStringLiteral("merge record of kind %1").arg(kind));
            auto st = db.prepare(QStringLiteral("INSERT INTO victim_merge_record(merge_id, tbl, record_id) "
                                                "SELECT ?, '%1', x.id FROM %1 x WHERE x.uuid = ? AND x.victim_id = ? "
                                                "AND NOT EXISTS (SELECT 1 FROM victim_merge_record q "
                                                "WHERE q.tbl = '%1' AND q.record_id = x.id)")
                                     .arg(kind));
            if (!st)
                return st.error();
            st->bind(1, mergeId).bind(2, pair.at(1).toString()).bind(3, kept->id);
            if (auto s = st->exec(); !s)
                return s.error();
        }
        // Headquarters' own deadlines set aside for the absorbed victim follow the person.
        if (auto s = db.execWith(QStringLiteral("INSERT INTO victim_merge_record(merge_id, tbl, record_id) "
                                                "SELECT ?, 'due_dismissal', id FROM due_dismissal WHERE victim_id = ?"),
                                 {mergeId, absorbed->id});
            !s)
            return s.error();
        if (auto s = db.execWith(QStringLiteral("UPDATE due_dismissal SET victim_id = ? WHERE victim_id = ?"),
                                 {kept->id, absorbed->id});
            !s)
            return s.error();
        ++counts.added;
    }
    auto broken = brokenMerges(db, centerId);
    if (!broken)
        return broken.error();
    for (const auto& [mergeId, absorbedId, keptId] : *broken) {
        if (!allowed)
            return allowed.error();
        if (auto s = undo(store, mergeId, absorbedId, keptId); !s)
            return s.error();
        ++counts.removed;
    }
    return counts;
}

} // namespace reper
