#include "PackageIdentity.h"

#include "core/AccessPolicy.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/keys/IdentityVault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageIdentity)
};

const char* const kFields[] = {"last_name", "first_name", "cnp", "address", "phone", "notes"};

QStringList valuesOf(const VictimIdentity& i) { return {i.lastName, i.firstName, i.cnp, i.address, i.phone, i.notes}; }

VictimIdentity identityOf(const QJsonObject& o)
{
    VictimIdentity i;
    QString* targets[] = {&i.lastName, &i.firstName, &i.cnp, &i.address, &i.phone, &i.notes};
    for (int f = 0; f < 6; ++f)
        *targets[f] = o.value(QLatin1String(kFields[f])).toString();
    return i;
}

} // namespace

bool PackageIdentity::mayCarry(Store& store, const QString& center, qint64 centerId)
{
    return store.access().canSeeIdentity(center) && store.identity().holdsKey(centerId);
}

Result<QJsonArray> PackageIdentity::collect(Store& store, qint64 centerId, QStringList* codes)
{
    auto st = store.db().prepare(QStringLiteral("SELECT v.id, v.uuid, v.code FROM victim v JOIN victim_identity i "
                                                "ON i.victim_id = v.id WHERE v.center_id = ? ORDER BY v.id"));
    if (!st)
        return st.error();
    st->bind(1, centerId);
    struct Row
    {
        qint64 id;
        QString uuid;
        QString code;
    };
    QList<Row> rows;
    while (st->next())
        rows << Row{st->int64(0), st->text(1), st->text(2)};
    if (st->failed())
        return st->error();
    QJsonArray out;
    for (const Row& r : rows) {
        auto stored = store.identity().read(r.id);
        if (!stored)
            return stored.error();
        if (!stored->has_value() || (*stored)->isEmpty())
            continue;
        QJsonObject o{{QStringLiteral("victim"), r.uuid}};
        const QStringList values = valuesOf(**stored);
        for (int f = 0; f < 6; ++f)
            if (!values[f].isEmpty())
                o.insert(QLatin1String(kFields[f]), values[f]);
        out.append(o);
        if (codes)
            *codes << r.code;
    }
    return out;
}

Status PackageIdentity::mayWrite(Store& store, const QString& center, qint64 centerId)
{
    if (!store.access().canSeeIdentity(center))
        return makeError(Tr::tr("This package carries the identity of the victims of %1, which only a user of %1 "
                                "may write at headquarters (your scope: %2); nothing was imported. Import it as "
                                "an operator or coordinator of %1 who holds its identity key here.")
                             .arg(center, store.access().scopeName()));
    if (!store.identity().holdsKey(centerId))
        return makeError(Tr::tr("This package carries the identity of the victims of %1, and you do not hold "
                                "headquarters' identity key for %1 yet (it comes with the next sign-in of a "
                                "colleague of %1 who holds it, or from an administrator with the recovery key); "
                                "nothing was imported.")
                             .arg(center));
    return {};
}

Result<QStringList> PackageIdentity::write(Store& store, const QStringList& victimUuids, const QJsonArray& identities)
{
    QHash<QString, VictimIdentity> given;
    for (const QJsonValue& v : identities) {
        const QJsonObject o = v.toObject();
        given.insert(o.value(QStringLiteral("victim")).toString(), identityOf(o));
    }
    auto st = store.db().prepare(QStringLiteral("SELECT id, center_id, code FROM victim WHERE uuid = ?"));
    if (!st)
        return st.error();
    QStringList changed;
    for (const QString& uuid : victimUuids) {
        st->bind(1, uuid);
        if (!st->next()) {
            if (st->failed())
                return st->error();
            st->reset();
            continue;
        }
        const qint64 victimId = st->int64(0);
        const qint64 centerId = st->int64(1);
        const QString code = st->text(2);
        st->reset();
        const VictimIdentity next = given.value(uuid);
        auto stored = store.identity().read(victimId);
        if (!stored)
            return stored.error();
        const VictimIdentity current = stored->value_or(VictimIdentity{});
        if (valuesOf(current) == valuesOf(next))
            continue;
        if (auto s = store.identity().write(victimId, centerId, next); !s)
            return s.error();
        changed << code;
    }
    return changed;
}

} // namespace reper
