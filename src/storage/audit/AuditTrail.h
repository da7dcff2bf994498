#pragma once
// The audit trail of a store: every login, record change, opening of an identity, report, export,
// backup and closed year, as entries that are appended only, chained by SHA-256 and signed with the
// acting user's Ed25519 key (docs/security.md). Callers describe what happened (AuditEvent); the
// trail adds who, when, the chain and the signature, inside the caller's transaction when there is
// one, so an entry and the change it records are committed together or not at all.
#include "core/Result.h"
#include "storage/audit/AuditEntry.h"
#include "storage/audit/AuditSigner.h"
#include "storage/repositories/UserRepository.h"

#include <QList>
#include <functional>

namespace reper {

class Store;
class Transaction;

class AuditTrail
{
public:
    explicit AuditTrail(Store& store)
        : m_store(store)
    {
    }

    // The acting user's key and its id in audit_key; without one nothing can be appended.
    void setSigner(AuditSigner signer, qint64 keyId);
    bool canSign() const { return m_signer.isValid() && m_keyId > 0; }
    const AuditSigner& signer() const { return m_signer; }
    qint64 keyId() const { return m_keyId; }

    // Appends one entry signed by the acting user (record changes staged by the triggers go first).
    // In a reading session (setQueueWhenBusy) an entry outside the caller's transaction is queued
    // when another connection holds the write lock.
    Status append(const AuditEvent& event);
    // The same, and the head after it: for a report footer or a backup's head file. A queued entry
    // has no place in the chain yet: the head is then empty (seq 0).
    Result<AuditHead> appendWithHead(const AuditEvent& event);

    // A reading session (a report, a verify, an export) does not wait behind a writer: while another
    // connection holds the write lock (a long import), its entries — the login first — wait in this
    // session's memory, in order and with the time they happened, and writeQueued() appends them
    // once the lock is free (the store's close does it at the latest). Reading needs no lock (WAL).
    void setQueueWhenBusy(bool on) { m_queueWhenBusy = on; }
    bool hasQueued() const { return !m_queued.isEmpty(); }
    // Called once when the queued entries must wait for the write lock.
    void setWaitingNotice(std::function<void()> notice) { m_waitingNotice = std::move(notice); }
    // Waits for the write lock as long as it takes and appends the queued entries in one transaction.
    Status writeQueued();
    Result<AuditHead> head();
    // Turns record changes staged by the schema's triggers into entries. Editors call it before
    // they commit; it also runs before every other entry and when the store is closed.
    Status flush();

    // Introduces `publicKey` as `user`'s signing key with an entry signed by `signer` (an
    // administrator's key; the key itself for the store's first key, a recovery or an old slot).
    // Returns the key's id in audit_key.
    Result<qint64> registerKey(const StoreUser& user, const QByteArray& publicKey, const QString& action,
                               const AuditSigner& signer, qint64 signerKeyId, QJsonObject detail = {});

    // A record added one by one (a form, not an import): one "record.created" entry with its
    // statistical fields. `extra` is merged into the detail.
    Status recordCreated(const QString& table, RecordId id, const QJsonObject& extra = {});
    bool inBatch() const { return m_batch > 0; }

    // The entries matching a filter, oldest first; administrators only.
    Result<QList<AuditEntry>> list(const AuditFilter& filter);

private:
    friend class AuditBatch;
    Status appendSigned(const AuditEvent& event, const AuditSigner& signer, qint64 keyId, qint64 presetKeyUser = 0,
                        const QByteArray& presetKey = {}, qint64* newKeyId = nullptr);

    struct Queued
    {
        AuditEvent event;
        QString at;
    };
    Status appendOrQueue(const AuditEvent& event);
    Status writeQueuedIn(Transaction& tx);
    QString now() const;

    Store& m_store;
    AuditSigner m_signer;
    bool m_queueWhenBusy = false;
    QList<Queued> m_queued;
    QString m_queuedAt; // the time of the queued entry being written
    std::function<void()> m_waitingNotice;
    qint64 m_keyId = 0;
    int m_batch = 0;
    bool m_flushing = false;
};

// While one lives, records added through the repositories are not recorded one by one: the caller
// (the importer) records the whole batch as one entry with its counts.
class AuditBatch
{
public:
    explicit AuditBatch(AuditTrail& trail)
        : m_trail(trail)
    {
        ++m_trail.m_batch;
    }
    ~AuditBatch() { --m_trail.m_batch; }
    AuditBatch(const AuditBatch&) = delete;
    AuditBatch& operator=(const AuditBatch&) = delete;

private:
    AuditTrail& m_trail;
};

} // namespace reper
