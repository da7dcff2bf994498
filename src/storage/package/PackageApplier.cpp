#include "PackageApplier.h"

#include "storage/Store.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageApplier)
};

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

Error malformed(const QString& what)
{
    return makeError(Tr::tr("The package's content is not what this version of Reper makes; nothing was "
                            "imported."),
                     what);
}

} // namespace

Result<const PackageTable*> PackageApplier::shapeOf(const QString& kind)
{
    auto it = m_shapes.constFind(kind);
    if (it == m_shapes.constEnd()) {
        auto shape = PackageRecords::shape(m_store.db(), kind);
        if (!shape)
            return shape.error();
        it = m_shapes.insert(kind, *shape);
    }
    return &*it;
}

Result<qint64> PackageApplier::columnByUuid(const QString& table, const char* column, const QString& uuid)
{
    auto st
        = m_store.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(QLatin1String(column), table));
    if (!st)
        return st.error();
    st->bind(1, uuid);
    if (st->next())
        return st->int64(0);
    return st->failed() ? Result<qint64>(st->error()) : qint64(0);
}

Result<QList<PackageConflict>> PackageApplier::plan(const QJsonArray& records, const QJsonArray& deletions,
                                                    const QJsonArray& references)
{
    Database& db = m_store.db();
    auto bases = db.prepare(QStringLiteral("SELECT uuid, kind, centre_version, hq_version FROM package_base "
                                           "WHERE center_id = ?"));
    if (!bases)
        return bases.error();
    bases->bind(1, m_centerId);
    QHash<QString, QString> baseKinds;
    while (bases->next()) {
        m_bases.insert(bases->text(0), Base{bases->int64(2), bases->int64(3)});
        baseKinds.insert(bases->text(0), bases->text(1));
    }
    if (bases->failed())
        return bases->error();

    QList<PackageConflict> conflicts;
    auto conflict = [&](const QString& kind, const QString& uuid, const QJsonObject& rec, bool deletedAtHq,
                        bool deletedByCentre) {
        PackageConflict c{kind, uuid, str(rec.value(QStringLiteral("fields")).toObject(), "code"), deletedAtHq,
                          deletedByCentre};
        conflicts << c;
    };
    QSet<QString> sent;
    QList<Step> upserts;
    for (const QJsonValue& v : records) {
        const QJsonObject rec = v.toObject();
        const QString kind = str(rec, "kind");
        const QString uuid = str(rec, "uuid");
        if (uuid.size() != 36 || !PackageRecords::kinds().contains(kind))
            return malformed(QStringLiteral("record kind or uuid"));
        if (str(rec, "center") != m_center)
            return makeError(Tr::tr("The package of %1 holds a record of another centre (%2); nothing was "
                                    "imported.")
                                 .arg(m_center, str(rec, "center")));
        if (auto shape = shapeOf(kind); !shape)
            return shape.error();
        sent.insert(uuid);
        auto hq = hqVersion(kind, uuid);
        if (!hq)
            return hq.error();
        const qint64 centreVersion = qint64(rec.value(QStringLiteral("version")).toDouble());
        Step step{Op::Unchanged, kind, uuid, rec};
        const auto base = m_bases.constFind(uuid);
        if (base == m_bases.constEnd())
            step.op = *hq ? Op::Update : Op::Add;
        else if (base->hqVersion != *hq) {
            conflict(kind, uuid, rec, *hq == 0, false);
            if (m_prefer == PackagePreference::Headquarters)
                step.op = Op::KeepHq;
            else
                step.op = *hq ? Op::Update : Op::Add;
        } else if (base->centreVersion != centreVersion)
            step.op = *hq ? Op::Update : Op::Add;
        upserts << step;
    }
    QSet<QString> victimsAdded; // other centres' victims this import adds: their identifications come along
    for (const QJsonValue& v : references) {
        const QJsonObject rec = v.toObject();
        const QString kind = str(rec, "kind");
        const QString uuid = str(rec, "uuid");
        const bool identification = kind == QLatin1String("identification");
        if (uuid.size() != 36
            || (kind != QLatin1String("victim") && kind != QLatin1String("campaign") && !identification))
            return malformed(QStringLiteral("reference kind or uuid"));
        if (sent.contains(uuid))
            continue;
        if (identification
            && !victimsAdded.contains(
                rec.value(QStringLiteral("refs")).toObject().value(QStringLiteral("victim_id")).toString()))
            continue; // headquarters had the victim: its own centre's package is its truth
        auto hq = hqVersion(kind, uuid);
        if (!hq)
            return hq.error();
        if (*hq != 0)
            continue; // headquarters has it: its own centre's package is its truth
        if (!m_store.access().canWriteRecords(str(rec, "center")))
            return makeError(Tr::tr("The package of %1 refers to a record of %2, which your scope may not write; "
                                    "nothing was imported.")
                                 .arg(m_center, str(rec, "center")));
        upserts << Step{Op::Add, kind, uuid, rec, true};
        if (kind == QLatin1String("victim"))
            victimsAdded.insert(uuid);
    }
    // Deleted by the centre: its tombstones, and the records an earlier package brought that this one
    // (every record of the centre) no longer has.
    QHash<QString, QString> gone; // uuid → kind
    for (const QJsonValue& v : deletions) {
        const QJsonObject d = v.toObject();
        if (!PackageRecords::kinds().contains(str(d, "kind")) || str(d, "uuid").size() != 36)
            continue; // a table this headquarters does not take from packages
        gone.insert(str(d, "uuid"), str(d, "kind"));
    }
    for (auto it = baseKinds.cbegin(); it != baseKinds.cend(); ++it)
        if (!sent.contains(it.key()))
            gone.insert(it.key(), it.value());
    QList<Step> removals;
    for (auto it = gone.cbegin(); it != gone.cend(); ++it) {
        if (sent.contains(it.key()))
            continue;
        auto hq = hqVersion(it.value(), it.key());
        if (!hq)
            return hq.error();
        Step step{Op::Delete, it.value(), it.key(), {}};
        const auto base = m_bases.constFind(it.key());
        if (*hq && base != m_bases.constEnd() && base->hqVersion != *hq) {
            QJsonObject current;
            if (auto shape = shapeOf(it.value()); shape) {
                auto one = PackageRecords::one(db, **shape, it.key());
                if (one)
                    current = *one;
            }
            conflict(it.value(), it.key(), current, false, true);
            if (m_prefer == PackagePreference::Headquarters)
                step.op = Op::KeepHq;
        }
        removals << step;
    }
    // Deletions first (children before parents), then the records, parents first.
    const QStringList& order = PackageRecords::kinds();
    std::stable_sort(removals.begin(), removals.end(),
                     [&](const Step& a, const Step& b) { return order.indexOf(a.kind) > order.indexOf(b.kind); });
    std::stable_sort(upserts.begin(), upserts.end(),
                     [&](const Step& a, const Step& b) { return order.indexOf(a.kind) < order.indexOf(b.kind); });
    m_steps = removals + upserts;
    return conflicts;
}

Status PackageApplier::writeForms(qint64 identificationId, const QJsonArray& forms)
{
    Database& db = m_store.db();
    auto del = db.prepare(QStringLiteral("DELETE FROM identification_exploitation WHERE identification_id = ?"));
    if (!del)
        return del.error();
    if (auto s = del->bind(1, identificationId).exec(); !s)
        return s;
    auto ins = db.prepare(QStringLiteral("INSERT INTO identification_exploitation(identification_id, form, position) "
                                         "VALUES (?, ?, ?)"));
    if (!ins)
        return ins.error();
    for (const QJsonValue& f : forms) {
        const QJsonArray pair = f.toArray();
        if (auto s
            = ins->bind(1, identificationId).bind(2, pair.at(0).toString()).bind(3, pair.at(1).toString()).exec();
            !s)
            return s;
    }
    return {};
}

Status PackageApplier::write(const Step& step)
{
    Database& db = m_store.db();
    if (step.op == Op::Delete) {
        auto st = db.prepare(QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(step.kind));
        if (!st)
            return st.error();
        return st->bind(1, step.uuid).exec();
    }
    auto shapeResult = shapeOf(step.kind);
    if (!shapeResult)
        return shapeResult.error();
    const PackageTable& shape = **shapeResult;
    const QJsonObject refs = step.record.value(QStringLiteral("refs")).toObject();
    const QJsonObject fields = step.record.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (!shape.fields.contains(it.key()))
            return malformed(QStringLiteral("%1.%2").arg(step.kind, it.key()));

    // The values in column order: references resolved to headquarters' ids, then the fields.
    QStringList columns;
    QList<QJsonValue> values; // a string, a number (an id) or null
    for (const PackageRef& r : shape.refs) {
        columns << r.column;
        if (r.table == QLatin1String("center")) {
            const QString code
                = r.column == QLatin1String("center_id") ? str(step.record, "center") : refs.value(r.column).toString();
            const auto id = m_store.reference().centerId(code);
            values << (id ? QJsonValue(double(*id)) : QJsonValue());
            continue;
        }
        const QString uuid = refs.value(r.column).toString();
        if (uuid.isEmpty()) {
            values << QJsonValue();
            continue;
        }
        auto id = idOf(r.table, uuid);
        if (!id)
            return id.error();
        if (*id == 0)
            return makeError(Tr::tr("A record of %1 refers to a record headquarters does not have (%2 %3, of "
                                    "another centre?): import that centre's package first; nothing was imported.")
                                 .arg(m_center, r.table, uuid));
        values << QJsonValue(double(*id));
    }
    for (const QString& f : shape.fields) {
        columns << f;
        // When the record changed in this store: a closed year's revised edition lists what a package
        // changed after the closing, as it lists every late change (docs/decisions.md P8).
        values << (f == QLatin1String("updated_at") ? QJsonValue(m_store.timestamp()) : fields.value(f));
    }
    auto bindAll = [&](Statement& st) {
        int i = 1;
        for (const QJsonValue& v : values) {
            if (v.isDouble())
                st.bind(i++, qint64(v.toDouble()));
            else if (v.isString())
                st.bind(i++, QStringView(v.toString()));
            else
                st.bindNull(i++);
        }
        return i;
    };
    const qint64 user = m_store.user().id;
    qint64 existing = 0;
    if (step.op == Op::Add && step.kind == QLatin1String("victim_case")) {
        // The store opened a case when the victim was added: that case becomes the centre's.
        auto id = db.prepare(QStringLiteral("SELECT id FROM victim_case WHERE victim_id = ?"));
        if (!id)
            return id.error();
        const int victimAt = int(columns.indexOf(QStringLiteral("victim_id")));
        if (victimAt >= 0 && values[victimAt].isDouble() && id->bind(1, qint64(values[victimAt].toDouble())).next())
            existing = id->int64(0);
    } else if (step.op != Op::Add) {
        auto id = idOf(step.kind, step.uuid);
        if (!id)
            return id.error();
        existing = *id;
    }
    if (existing == 0) {
        QStringList names = columns;
        names << QStringLiteral("uuid") << QStringLiteral("version");
        for (const QString& u : shape.localUsers)
            names << u;
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        auto st = db.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                 .arg(step.kind, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        if (!st)
            return st.error();
        int i = bindAll(*st);
        st->bind(i, step.uuid);
        st->bind(i + 1, qint64(step.record.value(QStringLiteral("version")).toDouble()));
        i += 2;
        for (const QString& u : shape.localUsers)
            u == QLatin1String("created_by") || u == QLatin1String("updated_by") ? st->bind(i++, user)
                                                                                 : st->bindNull(i++);
        if (auto s = st->exec(); !s)
            return s;
        existing = db.lastInsertId();
    } else {
        QStringList sets;
        for (const QString& c : columns)
            sets << c + QStringLiteral(" = ?");
        sets << QStringLiteral("uuid = ?");
        if (shape.localUsers.contains(QStringLiteral("updated_by")))
            sets << QStringLiteral("updated_by = %1").arg(user);
        auto st = db.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(step.kind, sets.join(QLatin1String(", "))));
        if (!st)
            return st.error();
        int i = bindAll(*st);
        st->bind(i, step.uuid);
        st->bind(i + 1, existing);
        if (auto s = st->exec(); !s)
            return s;
    }
    if (step.kind == QLatin1String("identification"))
        return writeForms(existing, step.record.value(QStringLiteral("forms")).toArray());
    return {};
}

Status PackageApplier::noteBase(const QString& kind, const QString& uuid, qint64 centreVersion)
{
    auto hq = hqVersion(kind, uuid);
    if (!hq)
        return hq.error();
    Database& db = m_store.db();
    auto st = db.prepare(
        db.dialect().insertOrReplace(QStringLiteral("package_base"),
                                     {QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("center_id"),
                                      QStringLiteral("centre_version"), QStringLiteral("hq_version")},
                                     {QStringLiteral("uuid")}));
    if (!st)
        return st.error();
    return st->bind(1, uuid).bind(2, kind).bind(3, m_centerId).bind(4, centreVersion).bind(5, *hq).exec();
}

QStringList PackageApplier::victimsTaken() const
{
    QStringList out;
    for (const Step& step : m_steps)
        if (step.kind == QLatin1String("victim") && !step.reference
            && (step.op == Op::Add || step.op == Op::Update || step.op == Op::Unchanged))
            out << step.uuid;
    return out;
}

Result<PackagePlanCounts> PackageApplier::apply()
{
    PackagePlanCounts counts;
    for (const Step& step : m_steps) {
        switch (step.op) {
        case Op::Add: step.reference ? ++counts.references : ++counts.added; break;
        case Op::Update: ++counts.updated; break;
        case Op::Delete: ++counts.deleted; break;
        case Op::Unchanged: ++counts.unchanged; break;
        case Op::KeepHq: ++counts.keptHeadquarters; break;
        }
        if (step.op == Op::Add || step.op == Op::Update || step.op == Op::Delete)
            if (auto s = write(step); !s)
                return makeError(Tr::tr("A record of the package of %1 could not be written (%2); nothing was "
                                        "imported.")
                                     .arg(m_center, step.kind),
                                 s.error().message + QLatin1Char(' ') + s.error().detail);
    }
    // The versions after the import: a record headquarters changes from now on is told from them.
    // (Read after every write: the store's own triggers may have changed a record written earlier.)
    auto forget = m_store.db().prepare(QStringLiteral("DELETE FROM package_base WHERE uuid = ?"));
    if (!forget)
        return forget.error();
    for (const Step& step : m_steps) {
        Status s;
        if (step.reference)
            continue;
        if (!step.record.isEmpty())
            s = noteBase(step.kind, step.uuid, qint64(step.record.value(QStringLiteral("version")).toDouble()));
        else if (step.op == Op::Delete || step.op == Op::KeepHq)
            s = forget->bind(1, step.uuid).exec(); // kept at headquarters: its own record from now on
        if (!s)
            return s.error();
    }
    return counts;
}

} // namespace reper
