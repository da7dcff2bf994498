#include "Migration.h"

#include "core/AccessPolicy.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditSegments.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/package/PackageIdentity.h"
#include "storage/package/PackageMerges.h"
#include "storage/package/PackageRecords.h"
#include "storage/repositories/ReferenceRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migration)
};

} // namespace

Result<QList<Migration::Centre>> Migration::centresOfFile()
{
    QList<Centre> out;
    for (const Center& c : m_file.reference().centers()) {
        Centre centre;
        centre.code = c.code;
        centre.fileId = c.id;
        auto records = PackageRecords::collect(m_file.db(), c.id, &centre.references);
        if (!records)
            return records.error();
        if (records->isEmpty())
            continue;
        centre.records = *records;
        const auto serverId = m_server.reference().centerId(c.code);
        if (!serverId)
            return makeError(Tr::tr("The server has no centre %1; nothing was migrated.").arg(c.code));
        centre.serverId = *serverId;
        auto identities = m_file.db().prepare(
            QStringLiteral("SELECT count(*) FROM victim_identity i JOIN victim v ON v.id = i.victim_id "
                           "WHERE v.center_id = ?"));
        if (!identities)
            return identities.error();
        if (!identities->bind(1, c.id).next())
            return identities->error();
        centre.hasIdentity = identities->int64(0) > 0;
        out << centre;
    }
    return out;
}

Result<QStringList> Migration::clashes(const QList<Centre>& centres)
{
    QStringList out;
    for (const QString& kind : {QStringLiteral("victim"), QStringLiteral("campaign")}) {
        QJsonArray pairs;
        for (const Centre& c : centres)
            for (const QJsonValue& v : c.records) {
                const QJsonObject r = v.toObject();
                if (r.value(QStringLiteral("kind")).toString() == kind)
                    pairs.append(QJsonArray{
                        r.value(QStringLiteral("fields")).toObject().value(QStringLiteral("code")).toString(),
                        r.value(QStringLiteral("uuid")).toString()});
            }
        if (pairs.isEmpty())
            continue;
        auto st = m_server.db().prepare(QStringLiteral("SELECT code, center FROM codes_taken(?, ?)"));
        if (!st)
            return st.error();
        st->bind(1, kind).bind(2, QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact)));
        while (st->next())
            out << Tr::tr("%1 (%2 of %3 on the server)")
                       .arg(st->text(0), kind == QLatin1String("victim") ? Tr::tr("a victim") : Tr::tr("a campaign"),
                            st->text(1));
        if (st->failed())
            return st->error();
    }
    return out;
}

Result<QStringList> Migration::usersMissing()
{
    QSet<QString> onServer;
    auto known = m_server.db().prepare(QStringLiteral("SELECT name FROM app_user"));
    if (!known)
        return known.error();
    while (known->next())
        onServer.insert(known->text(0));
    if (known->failed())
        return known->error();
    auto st = m_file.db().prepare(QStringLiteral("SELECT u.name, u.roles, c.code FROM app_user u LEFT JOIN center c "
                                                 "ON c.id = u.center_id WHERE u.disabled = 0 ORDER BY u.name"));
    if (!st)
        return st.error();
    QStringList out;
    while (st->next())
        if (!onServer.contains(st->text(0)))
            out << QStringLiteral("%1: %2%3")
                       .arg(st->text(0), st->text(1),
                            st->text(2).isEmpty() ? QString() : QStringLiteral(", ") + st->text(2));
    if (st->failed())
        return st->error();
    return out;
}

Result<MigrationResult> Migration::run(bool withIdentity)
{
    if (m_file.db().engine() != Engine::LocalFile || m_server.db().engine() != Engine::Server)
        return makeError(Tr::tr("A migration copies a local store into a server."));
    if (!m_server.audit().canSign())
        return makeError(Tr::tr("Your signing key on the server is not open: the migration could not be recorded."));
    MigrationResult out;
    out.sourceStoreId = m_file.storeId();
    auto centres = centresOfFile();
    if (!centres)
        return centres.error();
    for (const Centre& c : *centres) {
        if (!m_server.access().canWriteRecords(c.code))
            return makeError(Tr::tr("The store holds records of %1, which your role or scope on the server may not "
                                    "write (%2); nothing was migrated. A coordinator of %1 migrates it.")
                                 .arg(c.code, m_server.access().scopeName()));
        if (!withIdentity || !c.hasIdentity)
            continue;
        if (!PackageIdentity::mayCarry(m_file, c.code, c.fileId))
            return makeError(Tr::tr("The store holds the identity of the victims of %1, which %2 may not read in it; "
                                    "nothing was migrated. Migrate as a coordinator of %1 who holds its identity "
                                    "key, or with --without-identity to leave the identity behind on purpose.")
                                 .arg(c.code, m_file.user().name));
        if (auto s = PackageIdentity::mayWrite(m_server, c.code, c.serverId); !s)
            return s.error();
    }
    auto users = usersMissing();
    if (!users)
        return users.error();
    out.usersToAdd = *users;

    Database& db = m_server.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto before = db.prepare(QStringLiteral("SELECT s.migrated_at, u.name FROM audit_segment s JOIN app_user u "
                                            "ON u.id = s.migrated_by WHERE s.store_id = ?"));
    if (!before)
        return before.error();
    if (before->bind(1, out.sourceStoreId).next())
        return makeError(Tr::tr("This store was already migrated into the server on %1 by %2; nothing was migrated. "
                                "A centre that kept working in its file sends that work as a centre package.")
                             .arg(before->text(0), before->text(1)));
    auto clashing = clashes(*centres);
    if (!clashing)
        return clashing.error();
    if (!clashing->isEmpty()) {
        out.clashes = *clashing;
        return out; // rolled back: the caller lists them
    }
    QStringList identityCodes;
    for (const Centre& c : *centres) {
        MigratedCentre done;
        done.center = c.code;
        done.records = int(c.records.size());
        PackageApplier applier(m_server, c.serverId, c.code, PackagePreference::None);
        auto conflicts = applier.plan(c.records, QJsonArray(), c.references);
        if (!conflicts)
            return conflicts.error();
        if (!conflicts->isEmpty()) {
            QStringList which;
            for (const PackageConflict& k : *conflicts)
                which << (k.code.isEmpty() ? k.kind + QLatin1Char(' ') + k.uuid : k.code);
            return makeError(Tr::tr("%1 record(s) of %2 on the server were changed there since they came from this "
                                    "store (%3); nothing was migrated.")
                                 .arg(conflicts->size())
                                 .arg(c.code, which.mid(0, 10).join(QStringLiteral(", "))));
        }
        auto counts = applier.apply();
        if (!counts)
            return counts.error();
        done.counts = *counts;
        if (withIdentity && c.hasIdentity) {
            QStringList codes;
            auto identities = PackageIdentity::collect(m_file, c.fileId, &codes);
            if (!identities)
                return identities.error();
            auto changed = PackageIdentity::write(m_server, applier.victimsTaken(), *identities);
            if (!changed)
                return changed.error();
            done.identities = int(changed->size());
            identityCodes << *changed;
        }
        // The centre's merges of two codes, as a package carries them: the same rule, the same right
        // (apply() refuses a user who may not merge the centre's victims before it writes one).
        auto merges = PackageMerges::collect(m_file.db(), c.fileId);
        if (!merges)
            return merges.error();
        auto merged = PackageMerges::apply(m_server, c.serverId, *merges);
        if (!merged)
            return merged.error();
        done.merges = merged->added;
        out.centres << done;
    }
    auto segment = AuditSegments::copy(m_file.db(), out.sourceStoreId, db, m_server.user().id, m_server.timestamp());
    if (!segment)
        return segment.error();
    out.auditEntries = segment->entries;
    out.segmentHead = segment->head;

    AuditEvent e;
    e.action = AuditAction::Import;
    e.recordType = QStringLiteral("store");
    e.recordCode = out.sourceStoreId;
    e.detail.insert(QStringLiteral("what"), QStringLiteral("migration"));
    e.detail.insert(QStringLiteral("store_id"), out.sourceStoreId);
    e.detail.insert(QStringLiteral("segment_head"), AuditSegments::fullHead(out.segmentHead));
    e.detail.insert(QStringLiteral("audit_entries"), double(out.auditEntries));
    QJsonObject perCentre;
    for (const MigratedCentre& c : out.centres)
        perCentre.insert(c.center,
                         QJsonObject{{QStringLiteral("records"), c.records},
                                     {QStringLiteral("added"), c.counts.added},
                                     {QStringLiteral("updated"), c.counts.updated},
                                     {QStringLiteral("unchanged"), c.counts.unchanged},
                                     {QStringLiteral("identities"), c.identities},
                                     {QStringLiteral("merges"), c.merges}});
    e.detail.insert(QStringLiteral("centres"), perCentre);
    e.detail.insert(QStringLiteral("with_identity"), withIdentity);
    if (!identityCodes.isEmpty()) // whose identity the migration wrote (the trail's triggers name the fields)
        e.detail.insert(QStringLiteral("identity_changed"), QJsonArray::fromStringList(identityCodes));
    if (!out.usersToAdd.isEmpty())
        e.detail.insert(QStringLiteral("users_to_add"), int(out.usersToAdd.size()));
    if (auto s = m_server.audit().append(e); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.migrated = true;
    Logging::logger("storage")->info("store migrated into the server: {} centre(s), {} audit entries",
                                     out.centres.size(), out.auditEntries);
    return out;
}

} // namespace reper
