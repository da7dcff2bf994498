#include "PackageImport.h"

#include "core/AccessPolicy.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/package/CentrePackage.h"
#include "storage/package/HqKeys.h"
#include "storage/package/PackageIdentity.h"
#include "storage/package/PackageMerges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageImport)
};

// The signing keys headquarters knows for a centre: public key → row id.
Result<QHash<QByteArray, qint64>> signersOf(Database& db, qint64 centerId)
{
    auto st = db.prepare(QStringLiteral("SELECT id, public_key FROM package_signer WHERE center_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, centerId);
    QHash<QByteArray, qint64> keys;
    while (st->next())
        keys.insert(st->blob(1), st->int64(0));
    if (st->failed())
        return st->error();
    return keys;
}

} // namespace

QString PackageImport::fingerprintOf(const QByteArray& signingKey) { return HqKeys::fingerprintOf(signingKey); }

Status PackageImport::permits(const QString& center) const
{
    if (!m_store.access().canWriteRecords(center))
        return makeError(Tr::tr("Your role or scope may not write the records of %1 (%2); nothing was imported.")
                             .arg(center, m_store.access().scopeName()));
    if (!m_store.audit().canSign())
        return makeError(Tr::tr("Your signing key is not open: the import could not be recorded."));
    return {};
}

Result<PackageImportResult> PackageImport::run(const QByteArray& file, const BoxKeyPair& hq, PackagePreference prefer)
{
    auto opened = CentrePackage::open(file, hq);
    if (!opened)
        return opened.error();
    const QString center = opened->header.center;
    const auto centerId = m_store.reference().centerId(center);
    if (!centerId)
        return makeError(Tr::tr("This store has no centre %1; nothing was imported.").arg(center));
    if (auto s = permits(center); !s)
        return s.error();
    const bool withIdentity = opened->payload.contains(QStringLiteral("identities"));
    if (withIdentity)
        if (auto s = PackageIdentity::mayWrite(m_store, center, *centerId); !s)
            return s.error();
    // A package of an earlier version has no merges: headquarters' merges of the centre then stay.
    const bool withMerges = opened->payload.contains(QStringLiteral("merges"));
    const QJsonArray merges = opened->payload.value(QStringLiteral("merges")).toArray();
    if (!merges.isEmpty())
        if (auto s = PackageMerges::mayWrite(m_store, center); !s)
            return s.error();

    PackageImportResult out;
    out.center = center;
    out.sequence = opened->header.sequence;
    out.createdAt = opened->header.createdAt;
    out.contentHash = opened->contentHash;
    out.signerFingerprint = fingerprintOf(opened->signerKey);
    const QString hashHex = QString::fromLatin1(out.contentHash.toHex());

    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto seen = db.prepare(QStringLiteral("SELECT sequence, imported_at FROM package_received WHERE content_hash = ?"));
    if (!seen)
        return seen.error();
    if (seen->bind(1, hashHex).next())
        return makeError(Tr::tr("This package of %1 (number %2) was already imported on %3; nothing was imported.")
                             .arg(center)
                             .arg(seen->int64(0))
                             .arg(seen->text(1)));
    auto last = db.prepare(QStringLiteral("SELECT sequence, created_at FROM package_received WHERE center_id = ? "
                                          "ORDER BY sequence DESC LIMIT 1"));
    if (!last)
        return last.error();
    if (last->bind(1, *centerId).next() && last->int64(0) >= out.sequence)
        return makeError(Tr::tr("This package of %1 is number %2 (made %3), not newer than number %4 (made %5) "
                                "already imported; nothing was imported.")
                             .arg(center)
                             .arg(out.sequence)
                             .arg(out.createdAt)
                             .arg(last->int64(0))
                             .arg(last->text(1)));

    auto signers = signersOf(db, *centerId);
    if (!signers)
        return signers.error();
    out.firstPackage = signers->isEmpty();
    if (!out.firstPackage && !signers->contains(opened->signerKey))
        return makeError(Tr::tr("This package of %1 is signed by a key that %1 has not introduced (fingerprint %2); "
                                "nothing was imported. Check the key with the centre: a new key comes in a package "
                                "signed by a key introduced before.")
                             .arg(center, out.signerFingerprint));
    // The signer's key and the keys the (signed) package lists, introduced now if new.
    QList<QByteArray> offered{opened->signerKey};
    for (const QJsonValue& v : opened->payload.value(QStringLiteral("signing_keys")).toArray()) {
        const QByteArray key = QByteArray::fromBase64(v.toString().toLatin1());
        if (key.size() == AuditSigner::PublicKeySize && !offered.contains(key))
            offered << key;
    }
    auto addSigner = db.prepare(QStringLiteral("INSERT INTO package_signer(center_id, public_key, fingerprint, "
                                               "introduced_by, introduced_at, package_hash) VALUES (?,?,?,?,?,?)"));
    if (!addSigner)
        return addSigner.error();
    for (const QByteArray& key : offered) {
        if (signers->contains(key))
            continue;
        const QString fingerprint = fingerprintOf(key);
        if (auto s = addSigner->bind(1, *centerId)
                         .bindBlob(2, key)
                         .bind(3, fingerprint)
                         .bind(4, m_store.user().id)
                         .bind(5, m_store.timestamp())
                         .bind(6, hashHex)
                         .exec();
            !s)
            return s.error();
        signers->insert(key, db.lastInsertId());
        out.introduced << fingerprint;
    }

    PackageApplier applier(m_store, *centerId, center, prefer);
    auto conflicts = applier.plan(opened->payload.value(QStringLiteral("records")).toArray(),
                                  opened->payload.value(QStringLiteral("deletions")).toArray(),
                                  opened->payload.value(QStringLiteral("references")).toArray());
    if (!conflicts)
        return conflicts.error();
    out.conflicts = *conflicts;
    if (!out.conflicts.isEmpty() && prefer == PackagePreference::None)
        return out; // rolled back: the caller lists them
    QStringList identityCodes;
    auto counts = applier.apply();
    if (!counts)
        return counts.error();
    out.counts = *counts;
    out.identityCarried = withIdentity;
    if (withIdentity) {
        auto changed = PackageIdentity::write(m_store, applier.victimsTaken(),
                                              opened->payload.value(QStringLiteral("identities")).toArray());
        if (!changed)
            return changed.error();
        out.identitiesChanged = int(changed->size());
        identityCodes = *changed;
    }

    if (withMerges) {
        auto merged = PackageMerges::apply(m_store, *centerId, merges);
        if (!merged)
            return merged.error();
        out.merges = *merged;
    }

    auto note = db.prepare(QStringLiteral("INSERT INTO package_received(center_id, sequence, created_at, content_hash, "
                                          "signer_id, added, updated, deleted, imported_by, imported_at) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    if (!note)
        return note.error();
    if (auto s = note->bind(1, *centerId)
                     .bind(2, out.sequence)
                     .bind(3, out.createdAt)
                     .bind(4, hashHex)
                     .bind(5, signers->value(opened->signerKey))
                     .bind(6, counts->added)
                     .bind(7, counts->updated)
                     .bind(8, counts->deleted)
                     .bind(9, m_store.user().id)
                     .bind(10, m_store.timestamp())
                     .exec();
        !s)
        return s.error();
    AuditEvent e;
    e.action = AuditAction::Import;
    e.recordType = QStringLiteral("package");
    e.center = center;
    e.detail.insert(QStringLiteral("what"), QStringLiteral("centre_package"));
    e.detail.insert(QStringLiteral("sequence"), double(out.sequence));
    e.detail.insert(QStringLiteral("package_sha256"), hashHex);
    e.detail.insert(QStringLiteral("signer"), out.signerFingerprint);
    if (!out.introduced.isEmpty())
        e.detail.insert(QStringLiteral("introduced_keys"), QJsonArray::fromStringList(out.introduced));
    e.detail.insert(QStringLiteral("added"), counts->added);
    e.detail.insert(QStringLiteral("updated"), counts->updated);
    e.detail.insert(QStringLiteral("deleted"), counts->deleted);
    e.detail.insert(QStringLiteral("with_identity"), withIdentity);
    if (out.merges.added + out.merges.removed + out.merges.skipped > 0)
        e.detail.insert(QStringLiteral("merges"),
                        QJsonObject{{QStringLiteral("added"), out.merges.added},
                                    {QStringLiteral("removed"), out.merges.removed},
                                    {QStringLiteral("skipped"), out.merges.skipped}});
    if (!identityCodes.isEmpty()) // whose identity the package wrote (the trail's triggers name the fields)
        e.detail.insert(QStringLiteral("identity_changed"), QJsonArray::fromStringList(identityCodes));
    if (!out.conflicts.isEmpty()) {
        e.detail.insert(QStringLiteral("conflicts"), int(out.conflicts.size()));
        e.detail.insert(QStringLiteral("prefer"),
                        prefer == PackagePreference::Centre ? QStringLiteral("centre")
                                                            : QStringLiteral("headquarters"));
    }
    if (auto s = m_store.audit().append(e); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.imported = true;
    Logging::logger("storage")->info("centre package {} #{} imported: {} added, {} updated, {} deleted",
                                     center.toStdString(), out.sequence, counts->added, counts->updated,
                                     counts->deleted);
    return out;
}

} // namespace reper
