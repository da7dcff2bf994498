#include "AuditTrail.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditChangeLog.h"
#include "storage/audit/AuditEntryRow.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "AuditTrail").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

// A transaction of our own only when the caller has none: an entry commits with what it records.
class JoinOrBegin
{
public:
    explicit JoinOrBegin(Database& db)
    {
        if (!db.inTransaction())
            m_tx.emplace(db);
    }
    Status begin() const { return m_tx ? m_tx->beginStatus() : Status::success(); }
    Status commit() { return m_tx ? m_tx->commit() : Status::success(); }

private:
    std::optional<Transaction> m_tx;
};

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

void AuditTrail::setSigner(AuditSigner signer, qint64 keyId)
{
    m_signer = std::move(signer);
    m_keyId = keyId;
}

QString AuditTrail::now() const
{
    return m_store.clock().now().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Status AuditTrail::append(const AuditEvent& event)
{
    if (!canSign())
        return makeError(Tr::tr("This session cannot sign the audit trail (the store was opened without a user key)."));
    if (m_queueWhenBusy && !m_store.db().inTransaction())
        return appendOrQueue(event);
    if (auto s = flush(); !s)
        return s;
    return appendSigned(event, m_signer, m_keyId);
}

Status AuditTrail::appendOrQueue(const AuditEvent& event)
{
    // Behind entries already waiting, in their order; otherwise now if the lock is free.
    if (!m_queued.isEmpty()) {
        m_queued.push_back({event, now()});
        return Status::success();
    }
    Transaction tx(m_store.db(), Transaction::Mode::ImmediateNoWait);
    if (tx.busy()) {
        Logging::logger("storage")->info("another connection writes: audit entries queued until it is done");
        m_queued.push_back({event, now()});
        return Status::success();
    }
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (auto s = flush(); !s)
        return s;
    if (auto s = appendSigned(event, m_signer, m_keyId); !s)
        return s;
    return tx.commit();
}

Status AuditTrail::writeQueued()
{
    if (m_queued.isEmpty() || !canSign())
        return Status::success();
    Database& db = m_store.db();
    bool waited = false;
    for (;;) {
        // The first try does not wait; then each try waits the busy timeout, for as long as it takes.
        Transaction tx(db, waited ? Transaction::Mode::Immediate : Transaction::Mode::ImmediateNoWait);
        if (tx.isActive())
            return writeQueuedIn(tx);
        if (!(waited ? db.lastWasBusy() : tx.busy()))
            return tx.beginStatus();
        if (!waited && m_waitingNotice)
            m_waitingNotice();
        waited = true;
    }
}

Status AuditTrail::writeQueuedIn(Transaction& tx)
{
    if (auto s = flush(); !s)
        return s;
    for (const Queued& q : std::as_const(m_queued)) {
        m_queuedAt = q.at;
        const Status s = appendSigned(q.event, m_signer, m_keyId);
        m_queuedAt.clear();
        if (!s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    m_queued.clear();
    return Status::success();
}

Result<AuditHead> AuditTrail::appendWithHead(const AuditEvent& event)
{
    if (auto s = append(event); !s)
        return s.error();
    if (hasQueued())
        return AuditHead{};
    return head();
}

Result<AuditHead> AuditTrail::head()
{
    auto stGuard = m_store.db().cached("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return makeError(Tr::tr("The audit trail cannot be read."), m_store.db().lastError());
    AuditHead h;
    if (st->next()) {
        h.seq = st->int64(0);
        h.hash = st->blob(1);
    } else if (st->failed()) {
        return st->error();
    }
    st->reset();
    return h;
}

Status AuditTrail::flush()
{
    if (m_flushing || !canSign())
        return Status::success();
    AuditChangeLog log(m_store);
    auto staged = log.pending();
    if (!staged)
        return staged.error();
    if (!*staged)
        return Status::success();
    m_flushing = true;
    // Taking the staged rows and signing them is one transaction: nothing is lost in between.
    JoinOrBegin tx(m_store.db());
    Status s = tx.begin();
    auto events = s ? log.take() : Result<QList<AuditEvent>>(s.error());
    if (s && !events)
        s = events.error();
    if (s) {
        for (const AuditEvent& e : *events) {
            s = appendSigned(e, m_signer, m_keyId);
            if (!s)
                break;
        }
    }
    if (s)
        s = tx.commit();
    m_flushing = false;
    return s;
}

Result<qint64> AuditTrail::registerKey(const StoreUser& user, const QByteArray& publicKey, const QString& action,
                                       const AuditSigner& signer, qint64 signerKeyId, QJsonObject detail)
{
    if (publicKey.size() != AuditSigner::PublicKeySize || !signer.isValid())
        return makeError(Tr::tr("A signing key is missing."));
    if (signerKeyId > 0) {
        if (auto s = flush(); !s)
            return s.error();
    }
    if (action == AuditAction::KeySelfRegistered) {
        // A slot introduces its own key only for a user the trail has no key for yet (a store from
        // before the trail). Otherwise the slot is not the one the trail knows: an edited key file,
        // or one kept from before a reset. Refused, so that such a slot signs nothing.
        auto stGuard = m_store.db().cached("SELECT count(*) FROM audit_key WHERE user_id = ?");
        Statement* st = stGuard ? stGuard->get() : nullptr;
        if (!st)
            return makeError(Tr::tr("The audit trail cannot be read."), m_store.db().lastError());
        st->bind(1, user.id);
        const bool hasKey = st->next() && st->int64(0) > 0;
        const bool failed = st->failed();
        st->reset();
        if (failed)
            return makeError(Tr::tr("The audit trail cannot be read."), m_store.db().lastError());
        if (hasKey)
            return makeError(Tr::tr("Your key slot holds a signing key that this store's audit trail does not know, "
                                    "while the trail has another key for you. Ask an administrator to reset your "
                                    "password."));
    }
    if (action == AuditAction::KeySelfRegistered || action == AuditAction::KeyRecovered)
        detail.insert(QStringLiteral("roles"), user.roles.join(QLatin1Char(',')));
    detail.insert(QStringLiteral("user"), user.name);
    detail.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()));
    AuditEvent e;
    e.action = action;
    e.recordType = QStringLiteral("user");
    e.recordId = user.id;
    e.recordCode = user.name;
    e.center = user.center;
    e.detail = detail;
    qint64 newKeyId = 0;
    if (auto s = appendSigned(e, signer, signerKeyId, user.id, publicKey, &newKeyId); !s)
        return s.error();
    return newKeyId;
}

Status AuditTrail::appendSigned(const AuditEvent& event, const AuditSigner& signer, qint64 keyId, qint64 presetKeyUser,
                                const QByteArray& presetKey, qint64* newKeyId)
{
    Database& db = m_store.db();
    JoinOrBegin tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    // On a server other clients append too: the head is read under the trail's lock, held until
    // this transaction ends (the schema's trigger checks the chain under the same lock).
    if (db.engine() == Engine::Server)
        if (auto s = db.exec(QStringLiteral("SELECT audit_lock()")); !s)
            return s;
    auto last = head();
    if (!last)
        return last.error();
    AuditEntry entry;
    entry.seq = last->seq + 1;
    entry.prevHash = last->seq ? last->hash : AuditChain::genesisHash(m_store.storeId());
    entry.at = m_queuedAt.isEmpty() ? now() : m_queuedAt;
    entry.userId = m_store.user().id;
    entry.userName = m_store.user().name;
    entry.action = event.action;
    entry.recordType = event.recordType;
    entry.recordId = event.recordId;
    entry.recordCode = event.recordCode;
    entry.center = event.center;
    entry.detail = compact(event.detail);
    entry.signerKey = signer.publicKey();
    if (!presetKey.isEmpty()) {
        auto keyGuard = db.cached("INSERT INTO audit_key(user_id, public_key, registered_seq) VALUES (?,?,?)");
        Statement* key = keyGuard ? keyGuard->get() : nullptr;
        if (!key)
            return makeError(Tr::tr("The audit trail cannot be written."), db.lastError());
        if (auto s = key->bind(1, presetKeyUser).bindBlob(2, presetKey).bind(3, entry.seq).exec(); !s)
            return s;
        *newKeyId = db.lastInsertId();
        if (keyId == 0)
            keyId = *newKeyId; // self-registered: the new key signs its own introduction
    }
    entry.keyId = keyId;
    entry.hash = entry.computeHash();
    entry.signature = signer.sign(entry.hash);
    auto stGuard = db.cached(
        "INSERT INTO audit_entry(seq, at, user_id, user_name, action, record_type, record_id, record_code, center, "
        "detail, key_id, prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return makeError(Tr::tr("The audit trail cannot be written."), db.lastError());
    st->bind(1, entry.seq).bind(2, entry.at);
    if (entry.userId)
        st->bind(3, entry.userId);
    else
        st->bindNull(3);
    st->bind(4, entry.userName).bind(5, entry.action).bind(6, entry.recordType);
    if (entry.recordId)
        st->bind(7, entry.recordId);
    else
        st->bindNull(7);
    st->bind(8, entry.recordCode).bind(9, entry.center).bind(10, entry.detail).bind(11, entry.keyId);
    st->bindBlob(12, entry.prevHash).bindBlob(13, entry.hash).bindBlob(14, entry.signature);
    if (auto s = st->exec(); !s) {
        Logging::logger("storage")->error("audit entry not written: {}", s.error().detail.toStdString());
        return makeError(Tr::tr("The audit trail cannot be written."), s.error().detail);
    }
    return tx.commit();
}

Status AuditTrail::recordCreated(const QString& table, RecordId id, const QJsonObject& extra)
{
    if (inBatch())
        return Status::success();
    auto event = AuditChangeLog(m_store).describeCreated(table, id);
    if (!event)
        return event.error();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        event->detail.insert(it.key(), it.value());
    return append(*event);
}

Result<QList<AuditEntry>> AuditTrail::list(const AuditFilter& filter)
{
    if (!m_store.access().canReadAudit())
        return makeError(Tr::tr("Only an administrator may read the audit trail."));
    QStringList where;
    QStringList values;
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("(e.user_name = ? OR (e.record_type = 'user' AND e.record_code = ?))");
        values << filter.user << filter.user;
    }
    if (!filter.record.isEmpty()) {
        bool numeric = false;
        filter.record.toLongLong(&numeric);
        // A victim code also matches the exports and retention runs that name it in their detail.
        where << QStringLiteral("(e.record_code = ? OR e.record_id = ? OR e.detail LIKE ?)");
        values << filter.record << (numeric ? filter.record : QStringLiteral("-1"))
               << QStringLiteral("%\"%1\"%").arg(filter.record);
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("(e.action = ? OR e.action LIKE ?)");
        values << filter.action << filter.action + QStringLiteral(".%");
    }
    // The period is in days as the user lives them (this computer's time zone); entries keep UTC.
    const auto utcStartOf = [](const QDate& day) {
        return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    };
    if (filter.from.isValid()) {
        where << QStringLiteral("e.at >= ?");
        values << utcStartOf(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("e.at < ?");
        values << utcStartOf(filter.to.addDays(1));
    }
    QString sql = QStringLiteral("SELECT ") + AuditEntryRow::trailColumns()
        + QStringLiteral(" FROM audit_entry e LEFT JOIN audit_key k ON k.id = e.key_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY e.seq DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    auto st = m_store.db().prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    QList<AuditEntry> out;
    while (st->next()) {
        out.prepend(AuditEntryRow::read(*st));
    }
    if (st->failed())
        return st->error();
    return out;
}

} // namespace reper
