#include "AuditSegments.h"

#include "storage/audit/AuditEntryRow.h"
#include "storage/audit/AuditSigner.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditSegments)
};

bool isRegistration(const QString& action)
{
    return action == AuditAction::StoreCreated || action == AuditAction::KeyRegistered
        || action == AuditAction::KeyRecovered || action == AuditAction::KeySelfRegistered;
}

} // namespace

QString AuditSegments::fullHead(const AuditHead& head)
{
    return QStringLiteral("%1:%2").arg(head.seq).arg(QString::fromLatin1(head.hash.toHex()));
}

QString AuditSegments::firstFault(const QList<AuditEntry>& entries, const QString& storeId)
{
    if (entries.isEmpty())
        return Tr::tr("the trail is empty");
    QByteArray prev = AuditChain::genesisHash(storeId);
    qint64 seq = 1;
    QSet<QByteArray> introduced;
    for (const AuditEntry& e : entries) {
        if (e.seq != seq)
            return Tr::tr("entry %1 is missing or out of order").arg(seq);
        if (e.prevHash != prev)
            return Tr::tr("entry %1 does not follow the entry before it").arg(e.seq);
        if (e.computeHash() != e.hash)
            return Tr::tr("entry %1 was altered: its content does not match its hash").arg(e.seq);
        if (!AuditSigner::verify(e.signerKey, e.hash, e.signature))
            return Tr::tr("entry %1 has no valid signature").arg(e.seq);
        if (isRegistration(e.action)) {
            const QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
            const QByteArray key
                = QByteArray::fromBase64(detail.value(QStringLiteral("public_key")).toString().toLatin1());
            const bool selfSigned = key == e.signerKey;
            // The store's first entry introduces its own key; any other key comes from an entry
            // signed by a key already introduced, or introduces itself (a recovery, an old slot).
            if (e.seq == 1 && !selfSigned)
                return Tr::tr("entry 1 does not introduce the key that signs it");
            if (!selfSigned && !introduced.contains(e.signerKey))
                return Tr::tr("entry %1 is signed by a key the trail has not introduced").arg(e.seq);
            introduced.insert(key);
        } else if (!introduced.contains(e.signerKey)) {
            return Tr::tr("entry %1 is signed by a key the trail has not introduced").arg(e.seq);
        }
        prev = e.hash;
        ++seq;
    }
    return {};
}

Result<AuditSegmentCopy> AuditSegments::copy(Database& from, const QString& storeId, Database& to, qint64 migratedBy,
                                             const QString& migratedAt)
{
    auto st = from.prepare(QStringLiteral("SELECT ") + AuditEntryRow::trailColumns()
                           + QStringLiteral(" FROM audit_entry e LEFT JOIN audit_key k ON k.id = e.key_id "
                                            "ORDER BY e.seq"));
    if (!st)
        return st.error();
    QList<AuditEntry> entries;
    while (st->next())
        entries << AuditEntryRow::read(*st);
    if (st->failed())
        return st->error();
    if (const QString fault = firstFault(entries, storeId); !fault.isEmpty())
        return makeError(Tr::tr("The audit trail of the store to migrate does not hold (%1); nothing was migrated. "
                                "Run reper-cli audit verify on it.")
                             .arg(fault));

    AuditSegmentCopy out;
    out.entries = entries.size();
    out.head.seq = entries.last().seq;
    out.head.hash = entries.last().hash;
    auto seg = to.prepare(QStringLiteral("INSERT INTO audit_segment(store_id, entries, head_seq, head_hash, "
                                         "migrated_by, migrated_at) VALUES (?,?,?,?,?,?)"));
    if (!seg)
        return seg.error();
    if (auto s = seg->bind(1, storeId)
                     .bind(2, out.entries)
                     .bind(3, out.head.seq)
                     .bindBlob(4, out.head.hash)
                     .bind(5, migratedBy)
                     .bind(6, migratedAt)
                     .exec();
        !s)
        return s.error();
    auto id = to.prepare(QStringLiteral("SELECT id FROM audit_segment WHERE store_id = ?"));
    if (!id)
        return id.error();
    if (!id->bind(1, storeId).next())
        return id->failed() ? id->error() : makeError(Tr::tr("The migrated audit trail could not be recorded."));
    out.segmentId = id->int64(0);
    auto ins
        = to.prepare(QStringLiteral("INSERT INTO audit_segment_entry(segment_id, ") + AuditEntryRow::segmentColumns()
                     + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins)
        return ins.error();
    for (const AuditEntry& e : entries) {
        ins->bind(1, out.segmentId)
            .bind(2, e.seq)
            .bind(3, e.at)
            .bind(4, e.userId)
            .bind(5, e.userName)
            .bind(6, e.action)
            .bind(7, e.recordType)
            .bind(8, qint64(e.recordId))
            .bind(9, e.recordCode)
            .bind(10, e.center)
            .bind(11, e.detail)
            .bind(12, e.keyId)
            .bindBlob(13, e.signerKey)
            .bindBlob(14, e.prevHash)
            .bindBlob(15, e.hash)
            .bindBlob(16, e.signature);
        if (auto s = ins->exec(); !s)
            return s.error();
    }
    return out;
}

QList<AuditSegmentCheck> AuditSegments::verify(Database& db, const QHash<QString, QString>& heads)
{
    QList<AuditSegmentCheck> out;
    auto segments = db.prepare(QStringLiteral("SELECT id, store_id, entries, head_seq, head_hash FROM audit_segment "
                                              "ORDER BY id"));
    if (!segments) {
        out << AuditSegmentCheck{false, Tr::tr("the migrated trails cannot be read: %1").arg(segments.error().detail)};
        return out;
    }
    struct Segment
    {
        qint64 id;
        QString storeId;
        qint64 entries;
        AuditHead head;
    };
    QList<Segment> list;
    while (segments->next())
        list << Segment{segments->int64(0), segments->text(1), segments->int64(2),
                        AuditHead{segments->int64(3), segments->blob(4)}};
    QSet<QString> seen;
    for (const Segment& s : list) {
        seen.insert(s.storeId);
        auto st = db.prepare(QStringLiteral("SELECT ") + AuditEntryRow::segmentColumns()
                             + QStringLiteral(" FROM audit_segment_entry WHERE segment_id = ? ORDER BY seq"));
        if (!st) {
            out << AuditSegmentCheck{false, Tr::tr("the trail migrated from store %1 cannot be read").arg(s.storeId)};
            continue;
        }
        st->bind(1, s.id);
        QList<AuditEntry> entries;
        while (st->next())
            entries << AuditEntryRow::read(*st);
        QString fault = firstFault(entries, s.storeId);
        const AuditHead last = entries.isEmpty() ? AuditHead{} : AuditHead{entries.last().seq, entries.last().hash};
        if (fault.isEmpty() && (last.seq != s.head.seq || last.hash != s.head.hash || entries.size() != s.entries))
            fault = Tr::tr("it does not end at the head recorded with it");
        if (fault.isEmpty() && heads.value(s.storeId) != fullHead(last))
            fault = heads.contains(s.storeId)
                ? Tr::tr("it does not end at the head (%1) that this store's trail recorded when it was migrated")
                      .arg(heads.value(s.storeId).left(heads.value(s.storeId).indexOf(QLatin1Char(':')) + 17))
                : Tr::tr("this store's trail records no migration of it");
        if (fault.isEmpty())
            out << AuditSegmentCheck{true,
                                     Tr::tr("the trail migrated from store %1: %2 entries, chained, signed "
                                            "and ending at the head its migration recorded (%3)")
                                         .arg(s.storeId)
                                         .arg(entries.size())
                                         .arg(last.text())};
        else
            out << AuditSegmentCheck{false, Tr::tr("the trail migrated from store %1: %2").arg(s.storeId, fault)};
    }
    for (auto it = heads.begin(); it != heads.end(); ++it)
        if (!seen.contains(it.key()))
            out << AuditSegmentCheck{false,
                                     Tr::tr("the trail migrated from store %1 is missing (this store's trail "
                                            "records its migration)")
                                         .arg(it.key())};
    return out;
}

} // namespace reper
