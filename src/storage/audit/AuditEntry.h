#pragma once
// The values of the audit trail: what a caller records (AuditEvent), what the trail holds
// (AuditEntry: the event, who, when, and the chain and signature), its head, a filter, and the names
// of the actions. The bytes that are hashed and signed are defined here, once (docs/security.md).
#include "core/Records.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace reper {

namespace AuditAction {
inline const QString StoreCreated = QStringLiteral("store.created");
inline const QString Login = QStringLiteral("login");
inline const QString LoginFailed = QStringLiteral("login.failed");
inline const QString UserLocked = QStringLiteral("user.locked");
inline const QString LockoutFileDamaged = QStringLiteral("lockout.file_damaged");
inline const QString SessionUnlocked = QStringLiteral("session.unlocked");
inline const QString UserAdded = QStringLiteral("user.added");
inline const QString UserDisabled = QStringLiteral("user.disabled");
inline const QString UserEnabled = QStringLiteral("user.enabled");
inline const QString PasswordReset = QStringLiteral("user.password_reset");
inline const QString PasswordChanged = QStringLiteral("user.password_changed");
inline const QString KeyRegistered = QStringLiteral("key.registered"); // by an administrator
inline const QString KeyRecovered = QStringLiteral("key.recovered"); // self-signed, recovery key
inline const QString KeySelfRegistered = QStringLiteral("key.self_registered"); // self-signed, old slot
inline const QString KeyBoxChanged = QStringLiteral("key.box_changed"); // a user's own X25519 key
inline const QString KeysUpgraded = QStringLiteral("store.keys_upgraded"); // key file version 2
inline const QString StoreRekeyed = QStringLiteral("store.rekeyed"); // a new store key
inline const QString IdentityKeyGranted = QStringLiteral("identity.key_granted"); // a centre's key handed over
inline const QString RecordCreated = QStringLiteral("record.created");
inline const QString RecordChanged = QStringLiteral("record.changed");
inline const QString RecordDeleted = QStringLiteral("record.deleted");
inline const QString IdentityOpened = QStringLiteral("identity.opened");
inline const QString IdentityRefused = QStringLiteral("identity.refused");
inline const QString IdentityErased = QStringLiteral("identity.erased");
inline const QString IdentitySearched = QStringLiteral("identity.searched"); // a name found victims
inline const QString DuplicatesSearched = QStringLiteral("duplicates.searched"); // pairs, never identity
inline const QString Import = QStringLiteral("import");
inline const QString Report = QStringLiteral("report");
inline const QString Print = QStringLiteral("print");
inline const QString Export = QStringLiteral("export");
inline const QString Backup = QStringLiteral("backup");
// A backup whose entry was written (it goes into the copy) and that then did not complete.
inline const QString BackupFailed = QStringLiteral("backup.failed");
inline const QString Restore = QStringLiteral("restore");
inline const QString YearClosed = QStringLiteral("year.closed");
inline const QString RetentionRun = QStringLiteral("retention.run");
inline const QString RetentionScheduled = QStringLiteral("retention.scheduled");
inline const QString PopulationSet = QStringLiteral("population.set"); // reference data for SDG 16.2.2
inline const QString PopulationRemoved = QStringLiteral("population.removed");
inline const QString DeadlineRuleChanged = QStringLiteral("deadline_rule.changed"); // issue 10 §3
inline const QString DueDismissed = QStringLiteral("due.dismissed"); // a deadline set aside, with its reason
} // namespace AuditAction

// What happened, as a caller describes it. Never a name, CNP, address, phone or note: victims by
// code, records by id, identity fields by field name only.
struct AuditEvent
{
    QString action;
    QString recordType; // "victim", "assistance", …, "user", "report"
    RecordId recordId = 0;
    QString recordCode; // victim code, campaign code, user name, …
    QString center; // CR-XX of the record or scope, empty for none or national
    QJsonObject detail;
};

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // "yyyy-MM-ddTHH:mm:ssZ"
    qint64 userId = 0;
    QString userName;
    QString action;
    QString recordType;
    RecordId recordId = 0;
    QString recordCode;
    QString center;
    QString detail; // compact JSON, exactly as hashed
    qint64 keyId = 0;
    QByteArray signerKey; // the public key that signed it
    QByteArray prevHash;
    QByteArray hash;
    QByteArray signature;

    // The bytes whose SHA-256 is `hash`: every field above but hash and signature, length-prefixed.
    QByteArray hashedBytes() const;
    QByteArray computeHash() const;
};

// The last entry of a trail, written into backups and report footers as "SEQ:HEX16".
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash; // full SHA-256; text() shows its first 8 bytes
    QString text() const;
    // The last "SEQ:HEX" (16 to 64 hex digits) in a text (a head file, a report footer).
    static std::optional<AuditHead> find(const QString& text);
};

struct AuditFilter
{
    QString user; // acting user, or the user an entry is about
    QString record; // a victim or record code, or a record id
    QString action; // "login" matches login and login.failed
    QDate from; // days in this computer's time zone, both included (entries are stamped in UTC)
    QDate to;
    int limit = 0; // the newest N, 0 for all

    static AuditFilter forUser(const QString& user)
    {
        AuditFilter f;
        f.user = user;
        return f;
    }
    static AuditFilter forRecord(const QString& record)
    {
        AuditFilter f;
        f.record = record;
        return f;
    }
    static AuditFilter forAction(const QString& action)
    {
        AuditFilter f;
        f.action = action;
        return f;
    }
};

namespace AuditChain {
// The "previous hash" of entry 1: bound to the store, so a trail cannot be moved to another store.
QByteArray genesisHash(const QString& storeId);
QByteArray sha256(const QByteArray& bytes);
} // namespace AuditChain

} // namespace reper
