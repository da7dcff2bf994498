#include "PackageExport.h"

#include "core/AccessPolicy.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/package/CentrePackage.h"
#include "storage/package/PackageIdentity.h"
#include "storage/package/PackageMerges.h"
#include "storage/package/PackageRecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageExport)
};

// The current signing key of every user who may sign (not disabled): headquarters introduces them.
Result<QJsonArray> signingKeys(Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT k.public_key FROM audit_key k JOIN app_user u ON u.id = k.user_id "
                                        "WHERE u.disabled = 0 AND k.id = (SELECT max(id) FROM audit_key "
                                        "WHERE user_id = u.id) ORDER BY k.id"));
    if (!st)
        return st.error();
    QJsonArray keys;
    while (st->next())
        keys.append(QString::fromLatin1(st->blob(0).toBase64()));
    if (st->failed())
        return st->error();
    return keys;
}

} // namespace

Status PackageExport::permits(const QString& centerCode) const
{
    const QString center = centerCode.toUpper();
    const AccessPolicy& access = m_store.access();
    if (!m_store.reference().centerId(center))
        return makeError(Tr::tr("There is no centre %1.").arg(center));
    if (!access.canListVictims() || !access.canReadRecords(center))
        return makeError(
            Tr::tr("Your role or scope may not send the records of %1 (%2).").arg(center, access.scopeName()));
    if (!m_store.audit().canSign())
        return makeError(Tr::tr("Your signing key is not open: a package must be signed by the user who makes it."));
    return {};
}

Result<PackageExportResult> PackageExport::run(const QString& centerCode, const HqPublicKey& hq,
                                               const std::function<Status(const QByteArray& file)>& write)
{
    const QString center = centerCode.toUpper();
    if (auto s = permits(center); !s)
        return s.error();
    const auto centerId = m_store.reference().centerId(center);

    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto previous = db.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0), coalesce(max(last_deletion_id), 0) "
                                              "FROM package_sent WHERE hq_id = ? AND center_id = ?"));
    if (!previous)
        return previous.error();
    previous->bind(1, hq.id).bind(2, *centerId);
    if (!previous->next())
        return previous->error();
    PackageExportResult out;
    out.center = center;
    out.sequence = previous->int64(0) + 1;
    const qint64 deletedAfter = previous->int64(1);

    QJsonArray deletions;
    qint64 lastDeletion = deletedAfter;
    auto del = db.prepare(QStringLiteral("SELECT id, uuid, kind, deleted_at FROM record_deletion "
                                         "WHERE center_id = ? AND id > ? ORDER BY id"));
    if (!del)
        return del.error();
    del->bind(1, *centerId).bind(2, deletedAfter);
    while (del->next()) {
        lastDeletion = del->int64(0);
        deletions.append(QJsonObject{{QStringLiteral("uuid"), del->text(1)},
                                     {QStringLiteral("kind"), del->text(2)},
                                     {QStringLiteral("deleted_at"), del->text(3)}});
    }
    if (del->failed())
        return del->error();
    QJsonArray references;
    auto records = PackageRecords::collect(db, *centerId, &references);
    if (!records)
        return records.error();
    auto merges = PackageMerges::collect(db, *centerId);
    if (!merges)
        return merges.error();
    auto keys = signingKeys(db);
    if (!keys)
        return keys.error();
    // The victims' identity, when this user may read it (docs/decisions.md P9); else none, and
    // headquarters keeps what it has.
    QStringList identityCodes;
    std::optional<QJsonArray> identities;
    if (PackageIdentity::mayCarry(m_store, center, *centerId)) {
        auto collected = PackageIdentity::collect(m_store, *centerId, &identityCodes);
        if (!collected)
            return collected.error();
        identities = *collected;
    }

    const PackageHeader header{hq.id, center, out.sequence, m_store.clock().now().toUTC().toString(Qt::ISODate)};
    QJsonObject payload{{QStringLiteral("store_id"), m_store.storeId()},
                        {QStringLiteral("records"), *records},
                        {QStringLiteral("references"), references},
                        {QStringLiteral("deletions"), deletions},
                        {QStringLiteral("merges"), *merges},
                        {QStringLiteral("signing_keys"), *keys}};
    if (identities)
        payload.insert(QStringLiteral("identities"), *identities);
    auto file = CentrePackage::seal(header, payload, m_store.audit().signer(), hq.publicKey);
    if (!file)
        return file.error();
    out.records = int(records->size());
    out.deletions = int(deletions.size());
    out.merges = int(merges->size());
    out.identityCarried = identities.has_value();
    out.identities = identities ? int(identities->size()) : 0;
    out.contentHash = CentrePackage::contentHash(*file);
    const QString hashHex = QString::fromLatin1(out.contentHash.toHex());

    auto ins = db.prepare(QStringLiteral("INSERT INTO package_sent(hq_id, center_id, sequence, last_deletion_id, "
                                         "records, content_hash, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, hq.id)
        .bind(2, *centerId)
        .bind(3, out.sequence)
        .bind(4, lastDeletion)
        .bind(5, qint64(out.records))
        .bind(6, hashHex)
        .bind(7, m_store.user().id)
        .bind(8, m_store.timestamp());
    if (auto s = ins->exec(); !s)
        return s.error();
    AuditEvent e;
    e.action = AuditAction::Export;
    e.recordType = QStringLiteral("package");
    e.center = center;
    e.detail.insert(QStringLiteral("what"), QStringLiteral("centre_package"));
    e.detail.insert(QStringLiteral("hq"), hq.id);
    e.detail.insert(QStringLiteral("sequence"), double(out.sequence));
    e.detail.insert(QStringLiteral("records"), out.records);
    e.detail.insert(QStringLiteral("deletions"), out.deletions);
    e.detail.insert(QStringLiteral("merges"), out.merges);
    e.detail.insert(QStringLiteral("package_sha256"), hashHex);
    e.detail.insert(QStringLiteral("with_identity"), out.identityCarried);
    if (!identityCodes.isEmpty()) // whose identity left the program, so "who saw RV-…" finds this package
        e.detail.insert(QStringLiteral("victim_codes"), QJsonArray::fromStringList(identityCodes));
    if (auto s = m_store.audit().append(e); !s)
        return s.error();
    if (auto s = write(*file); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Logging::logger("storage")->info("centre package {} #{}: {} records, {} deletions", center.toStdString(),
                                     out.sequence, out.records, out.deletions);
    return out;
}

} // namespace reper
