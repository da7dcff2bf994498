#include "PackageRecords.h"

#include "storage/engine/Catalogue.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageRecords)
};

// Columns that are the store's own: its row id, the identity and version (carried apart), the import's
// content key (the package's records are keyed by UUID) and the users a record names.
const QSet<QString> kNotCarried{QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("version"),
                                QStringLiteral("row_key")};

} // namespace

const QStringList& PackageRecords::kinds()
{
    static const QStringList k{QStringLiteral("victim"),         QStringLiteral("campaign"),
                               QStringLiteral("funded_project"), QStringLiteral("identification"),
                               QStringLiteral("assistance"),     QStringLiteral("repatriation"),
                               QStringLiteral("judicial"),       QStringLiteral("prevention_activity"),
                               QStringLiteral("protocol"),       QStringLiteral("action_plan"),
                               QStringLiteral("team_meeting"),   QStringLiteral("training"),
                               QStringLiteral("event"),          QStringLiteral("monitoring_contact"),
                               QStringLiteral("victim_case")};
    return k;
}

Result<PackageTable> PackageRecords::shape(Database& db, const QString& kind)
{
    if (!kinds().contains(kind))
        return makeError(Tr::tr("A centre package cannot carry records of the kind %1.").arg(kind));
    PackageTable t;
    t.kind = kind;
    QHash<QString, QString> references; // column → table
    auto fk = db.prepare(Catalogue::foreignKeysQuery(db.engine(), kind));
    if (!fk)
        return fk.error();
    while (fk->next())
        references.insert(fk->text(3), fk->text(2));
    auto info = db.prepare(Catalogue::columnsQuery(db.engine(), kind));
    if (!info)
        return info.error();
    while (info->next()) {
        const QString column = info->text(1);
        if (kNotCarried.contains(column))
            continue;
        const QString target = references.value(column);
        if (target.isEmpty() || target == QLatin1String("county") || target == QLatin1String("country"))
            t.fields << column; // codes the reference data of every store has
        else if (target == QLatin1String("app_user"))
            t.localUsers << column;
        else if (target == QLatin1String("victim") || target == QLatin1String("campaign")
                 || target == QLatin1String("center"))
            t.refs << PackageRef{column, target};
        else
            return makeError(Tr::tr("A centre package cannot carry the reference %1.%2.").arg(kind, column));
    }
    if (info->failed())
        return info->error();
    if (t.fields.isEmpty())
        return makeError(Tr::tr("The store has no table %1.").arg(kind));
    return t;
}

QString PackageRecords::selectSql(const PackageTable& shape, const QString& where)
{
    // uuid, version, then one column per reference (a UUID or a centre's code), then the fields.
    QStringList columns{QStringLiteral("t.uuid"), QStringLiteral("t.version")};
    for (const PackageRef& r : shape.refs)
        columns << (r.table == QLatin1String("center")
                        ? QStringLiteral("(SELECT code FROM center WHERE id = t.%1)").arg(r.column)
                        : QStringLiteral("(SELECT uuid FROM %1 WHERE id = t.%2)").arg(r.table, r.column));
    for (const QString& f : shape.fields)
        columns << QStringLiteral("t.") + f;
    columns << QStringLiteral("t.id");
    return QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY t.id")
        .arg(columns.join(QLatin1String(", ")), shape.kind, where);
}

Result<QJsonObject> PackageRecords::recordOf(Database& db, const PackageTable& shape, Statement& st)
{
    QJsonObject rec{{QStringLiteral("kind"), shape.kind},
                    {QStringLiteral("uuid"), st.text(0)},
                    {QStringLiteral("version"), double(st.int64(1))}};
    int c = 2;
    QJsonObject refs;
    for (const PackageRef& r : shape.refs) {
        const QJsonValue v = st.isNull(c) ? QJsonValue() : QJsonValue(st.text(c));
        ++c;
        if (r.table == QLatin1String("center") && r.column == QLatin1String("center_id"))
            rec.insert(QStringLiteral("center"), v);
        else
            refs.insert(r.column, v);
    }
    QJsonObject fields;
    for (const QString& f : shape.fields) {
        fields.insert(f, st.isNull(c) ? QJsonValue() : QJsonValue(st.text(c)));
        ++c;
    }
    rec.insert(QStringLiteral("refs"), refs);
    rec.insert(QStringLiteral("fields"), fields);
    if (shape.kind == QLatin1String("identification")) {
        auto formsGuard = db.cached("SELECT form, position FROM identification_exploitation "
                                    "WHERE identification_id = ? ORDER BY position, form");
        Statement* forms = formsGuard ? formsGuard->get() : nullptr;
        if (!forms)
            return makeError(Tr::tr("The forms of exploitation could not be read."), formsGuard.error().detail);
        forms->bind(1, st.int64(c));
        QJsonArray list;
        while (forms->next())
            list.append(QJsonArray{forms->text(0), forms->text(1)});
        if (forms->failed())
            return forms->error();
        forms->reset();
        rec.insert(QStringLiteral("forms"), list);
    }
    return rec;
}

Result<QJsonArray> PackageRecords::collect(Database& db, qint64 centerId, QJsonArray* references)
{
    QJsonArray out;
    QSet<QString> have;
    QList<PackageRef> wanted; // table and uuid (in `column`) of records referred to
    for (const QString& kind : kinds()) {
        auto shape = PackageRecords::shape(db, kind);
        if (!shape)
            return shape.error();
        auto st = db.prepare(selectSql(*shape, QStringLiteral("t.center_id = ?")));
        if (!st)
            return st.error();
        st->bind(1, centerId);
        while (st->next()) {
            auto rec = recordOf(db, *shape, *st);
            if (!rec)
                return rec.error();
            have.insert(rec->value(QStringLiteral("uuid")).toString());
            const QJsonObject refs = rec->value(QStringLiteral("refs")).toObject();
            for (const PackageRef& r : shape->refs)
                if (r.table != QLatin1String("center") && refs.value(r.column).isString())
                    wanted << PackageRef{refs.value(r.column).toString(), r.table};
            out.append(*rec);
        }
        if (st->failed())
            return st->error();
    }
    for (const PackageRef& w : wanted) {
        if (have.contains(w.column))
            continue;
        have.insert(w.column);
        auto shape = PackageRecords::shape(db, w.table);
        if (!shape)
            return shape.error();
        auto rec = one(db, *shape, w.column);
        if (!rec)
            return rec.error();
        if (rec->isEmpty())
            continue;
        references->append(*rec);
        if (w.table != QLatin1String("victim"))
            continue;
        // Another centre's victim comes with its identifications (its own centre's, or others'), so
        // headquarters that adds it has the victim as the centre has it (decisions.md P6).
        auto idShape = PackageRecords::shape(db, QStringLiteral("identification"));
        if (!idShape)
            return idShape.error();
        auto ids = db.prepare(selectSql(*idShape,
                                        QStringLiteral("t.victim_id = (SELECT id FROM victim WHERE uuid = ?) "
                                                       "AND t.center_id <> ?")));
        if (!ids)
            return ids.error();
        ids->bind(1, w.column).bind(2, centerId);
        while (ids->next()) {
            auto idRec = recordOf(db, *idShape, *ids);
            if (!idRec)
                return idRec.error();
            references->append(*idRec);
        }
        if (ids->failed())
            return ids->error();
    }
    return out;
}

Result<QJsonObject> PackageRecords::one(Database& db, const PackageTable& shape, const QString& uuid)
{
    auto st = db.prepare(selectSql(shape, QStringLiteral("t.uuid = ?")));
    if (!st)
        return st.error();
    st->bind(1, uuid);
    if (!st->next())
        return st->failed() ? Result<QJsonObject>(st->error()) : QJsonObject();
    return recordOf(db, shape, *st);
}

} // namespace reper
