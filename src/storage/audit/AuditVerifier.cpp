#include "AuditVerifier.h"

#include "storage/Store.h"
#include "storage/audit/AuditEntryRow.h"
#include "storage/audit/AuditSegments.h"
#include "storage/audit/AuditSigner.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/keys/MasterKey.h"
#include "storage/keys/SecuritySession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "AuditVerifier").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
};

constexpr int kMaxFailuresShown = 20;

bool isRegistration(const QString& action)
{
    return action == AuditAction::StoreCreated || action == AuditAction::KeyRegistered
        || action == AuditAction::KeyRecovered || action == AuditAction::KeySelfRegistered;
}

// Entries only an administrator may sign: they introduce keys or decide who holds which role.
bool needsAdministrator(const QString& action)
{
    return action == AuditAction::KeyRegistered || action == AuditAction::UserAdded
        || action == AuditAction::UserDisabled || action == AuditAction::UserEnabled
        || action == AuditAction::PasswordReset;
}

const QString kAdministrator = QStringLiteral("administrator");

// Who holds which role at each point of the trail, from the entries that say so: the store's
// creation (its first user), user.added, and a self-signed key's entry for a user the trail had
// not named yet (a store upgraded from before the trail). For users the trail never names (they
// came before it), the user table is the only source: verify says so.
class TrailRoles
{
public:
    explicit TrailRoles(Database& db)
    {
        if (auto st = db.prepare(QStringLiteral("SELECT name, roles FROM app_user")))
            while (st->next())
                m_tableRoles.insert(st->text(0), st->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    void state(const QString& user, const QString& roles)
    {
        m_roles.insert(user, roles.split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    bool stated(const QString& user) const { return m_roles.contains(user); }
    void setDisabled(const QString& user, bool disabled)
    {
        if (disabled)
            m_disabled.insert(user);
        else
            m_disabled.remove(user);
    }
    bool isAdministrator(const QString& user, QStringList* notices)
    {
        if (m_disabled.contains(user))
            return false;
        if (const auto it = m_roles.constFind(user); it != m_roles.constEnd())
            return it->contains(kAdministrator);
        if (!m_fromTable.contains(user)) {
            m_fromTable.insert(user);
            *notices << Tr::tr("the trail never states the roles of %1 (a user from before the trail); they are taken "
                               "from the user table")
                            .arg(user);
        }
        return m_tableRoles.value(user).contains(kAdministrator);
    }

private:
    QHash<QString, QStringList> m_roles;
    QHash<QString, QStringList> m_tableRoles;
    QSet<QString> m_disabled;
    QSet<QString> m_fromTable;
};

} // namespace

AuditVerifyReport AuditVerifier::verify(const std::optional<AuditHead>& against, const QString& againstName)
{
    AuditVerifyReport report;
    int failuresShown = 0;
    const auto fail = [&](const QString& what) {
        report.ok = false;
        if (++failuresShown <= kMaxFailuresShown)
            report.lines << QStringLiteral("FAILED: ") + what;
    };
    Database& db = m_store.db();
    auto st
        = db.prepare(QStringLiteral("SELECT ") + AuditEntryRow::trailColumns()
                     + QStringLiteral(" FROM audit_entry e LEFT JOIN audit_key k ON k.id = e.key_id ORDER BY e.seq"));
    if (!st) {
        fail(Tr::tr("the audit trail cannot be read: %1").arg(st.error().detail));
        return report;
    }
    QByteArray expectedPrev = AuditChain::genesisHash(m_store.storeId());
    qint64 expectedSeq = 1;
    QHash<QString, QByteArray> current; // user name -> the key that signs for them now
    TrailRoles roles(db);
    QSet<QByteArray> introduced;
    QByteArray firstKey;
    QByteArray hashAtAgainst;
    QHash<QString, QString> migrated; // store id -> the head of its trail, as the migration recorded it
    int brokenLinks = 0, altered = 0, badSignatures = 0, strangers = 0;
    while (st->next()) {
        const AuditEntry e = AuditEntryRow::read(*st);
        ++report.entries;
        if (e.seq != expectedSeq)
            fail(e.seq > expectedSeq ? Tr::tr("entries %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1)
                                     : Tr::tr("entry %1 is out of order").arg(e.seq));
        if (e.prevHash != expectedPrev) {
            ++brokenLinks;
            fail(Tr::tr("entry %1 does not follow the entry before it (the chain is broken there)").arg(e.seq));
        }
        if (e.computeHash() != e.hash) {
            ++altered;
            fail(Tr::tr("entry %1 was altered: its content does not match its hash").arg(e.seq));
        }
        if (e.signerKey.isEmpty()) {
            ++badSignatures;
            fail(Tr::tr("entry %1 names a signing key the store does not hold").arg(e.seq));
        } else if (!AuditSigner::verify(e.signerKey, e.hash, e.signature)) {
            ++badSignatures;
            fail(Tr::tr("entry %1 has no valid signature").arg(e.seq));
        }
        const QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
        if (e.action == AuditAction::Import
            && detail.value(QStringLiteral("what")).toString() == QLatin1String("migration"))
            migrated.insert(detail.value(QStringLiteral("store_id")).toString(),
                            detail.value(QStringLiteral("segment_head")).toString());
        const bool byAdministrator
            = !needsAdministrator(e.action) || roles.isAdministrator(e.userName, &report.notices);
        if (!byAdministrator) {
            ++strangers;
            fail(Tr::tr("entry %1 (%2) is signed by %3, who was not an administrator at that point")
                     .arg(e.seq)
                     .arg(e.action, e.userName));
        }
        if (isRegistration(e.action)) {
            const QString owner = detail.value(QStringLiteral("user")).toString();
            const QByteArray key
                = QByteArray::fromBase64(detail.value(QStringLiteral("public_key")).toString().toLatin1());
            const bool selfSigned = key == e.signerKey;
            bool accepted = key.size() == AuditSigner::PublicKeySize;
            if (e.action == AuditAction::StoreCreated) {
                accepted = accepted && e.seq == 1 && selfSigned && owner == e.userName;
            } else if (e.action == AuditAction::KeyRegistered) {
                accepted = accepted && byAdministrator && !selfSigned && current.value(e.userName) == e.signerKey;
            } else {
                accepted = accepted && selfSigned && owner == e.userName;
                // A slot may introduce its own key only while its user has none (a store from before
                // the trail); the recovery key may always (S5).
                if (e.action == AuditAction::KeySelfRegistered && current.contains(owner)) {
                    accepted = false;
                    fail(Tr::tr("entry %1 introduces a key for %2 by itself while %2 already had one")
                             .arg(e.seq)
                             .arg(owner));
                }
                if (accepted)
                    report.notices << Tr::tr("entry %1 (%2): a key for %3 was set without another user's key (%4); "
                                             "the entries it signs rest on the recovery key or on the old slot")
                                          .arg(e.seq)
                                          .arg(e.at, owner, detail.value(QStringLiteral("reason")).toString());
            }
            if (e.seq == 1 && e.action != AuditAction::StoreCreated && e.action != AuditAction::KeySelfRegistered)
                accepted = false;
            if (!accepted) {
                ++strangers;
                fail(Tr::tr("entry %1 introduces a key in a way the trail does not allow").arg(e.seq));
            } else {
                current.insert(owner, key);
                introduced.insert(key);
                if (e.seq == 1)
                    firstKey = key;
                const QString stated = detail.value(QStringLiteral("roles")).toString();
                if (e.action == AuditAction::StoreCreated || (!stated.isEmpty() && !roles.stated(owner)))
                    roles.state(owner, stated);
            }
        } else if (current.value(e.userName) != e.signerKey) {
            ++strangers;
            fail(Tr::tr("entry %1 is signed by a key that was not %2's key at that point").arg(e.seq).arg(e.userName));
        } else if (byAdministrator && e.action == AuditAction::UserAdded) {
            roles.state(e.recordCode, detail.value(QStringLiteral("roles")).toString());
        } else if (byAdministrator && e.action == AuditAction::UserDisabled) {
            current.remove(e.recordCode);
            roles.setDisabled(e.recordCode, true);
        } else if (byAdministrator && e.action == AuditAction::UserEnabled) {
            roles.setDisabled(e.recordCode, false);
        }
        if (against && e.seq == against->seq)
            hashAtAgainst = e.hash;
        report.head.seq = e.seq;
        report.head.hash = e.hash;
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    if (st->failed())
        fail(Tr::tr("the audit trail cannot be read: %1").arg(st->error().detail));
    if (failuresShown > kMaxFailuresShown)
        report.lines << Tr::tr("FAILED: … and %1 more").arg(failuresShown - kMaxFailuresShown);

    if (report.entries == 0) {
        fail(Tr::tr("the audit trail is empty"));
        return report;
    }
    const auto line = [&](bool ok, const QString& what) {
        if (!ok)
            report.ok = false;
        report.lines << (ok ? QStringLiteral("ok: ") : QStringLiteral("FAILED: ")) + what;
    };
    line(brokenLinks == 0 && altered == 0,
         Tr::tr("chain of %1 entries, each linked to the one before (head %2)")
             .arg(report.entries)
             .arg(report.head.text()));
    line(badSignatures == 0 && strangers == 0, Tr::tr("every entry signed by its user's key at the time"));

    // The anchors no master key can forge: the root and the verifier's own key, from their slot.
    const QByteArray root = m_store.security().rootPublicKey();
    report.trailHolds = brokenLinks == 0 && altered == 0 && badSignatures == 0 && strangers == 0
        && (root.isEmpty() || root == firstKey);
    if (root.isEmpty())
        report.notices << Tr::tr("your key slot does not record the trail's first key; the start of the trail is "
                                 "taken on trust (a slot written by an older version or by a recovery)");
    else
        line(root == firstKey, Tr::tr("the trail starts with the key this store was created with"));
    const QByteArray own = m_store.audit().signer().publicKey();
    line(!own.isEmpty() && current.value(m_store.user().name) == own,
         Tr::tr("your own key is the one the trail names for you"));

    // The trails of the local stores migrated into this one (a server), each checked on its own and
    // against the head that this trail recorded for it.
    for (const AuditSegmentCheck& c : AuditSegments::verify(db, migrated))
        line(c.ok, c.line);

    // Every key the table holds must have been introduced by the trail.
    if (auto keys = db.prepare(QStringLiteral("SELECT id, public_key FROM audit_key ORDER BY id"))) {
        QStringList unknown;
        while (keys->next())
            if (!introduced.contains(keys->blob(1)))
                unknown << QString::number(keys->int64(0));
        line(unknown.isEmpty(),
             unknown.isEmpty()
                 ? Tr::tr("every stored key was introduced by the trail")
                 : Tr::tr("keys %1 were not introduced by the trail").arg(unknown.join(QStringLiteral(", "))));
    }
    if (auto pending = db.queryInt(QStringLiteral("SELECT count(*) FROM audit_change")); pending && *pending > 0)
        report.notices
            << Tr::tr("%1 record change(s) are not signed yet (they will be when the session closes)").arg(*pending);

    if (against) {
        const QString name = againstName.isEmpty() ? against->text() : againstName;
        if (against->seq > report.head.seq)
            line(false,
                 Tr::tr("%1 records entry %2 but the trail ends at %3: entries were cut off")
                     .arg(name)
                     .arg(against->seq)
                     .arg(report.head.seq));
        else
            line(!hashAtAgainst.isEmpty() && hashAtAgainst.startsWith(against->hash) && !against->hash.isEmpty(),
                 Tr::tr("the trail contains the head recorded in %1 (%2)").arg(name, against->text()));
    }
    return report;
}

Result<AuditHead> AuditVerifier::headOf(const QString& file, const MasterKey& key)
{
    QFile f(file);
    if (!f.exists())
        return makeError(Tr::tr("There is no file %1.").arg(file));
    // A backup of this store: the same master key opens it.
    if (auto db = Database::open(file, key.bytes(), false)) {
        auto st = (*db)->prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        if (!st)
            return st.error();
        AuditHead head;
        if (st->next()) {
            head.seq = st->int64(0);
            head.hash = st->blob(1);
        }
        return head;
    }
    // Otherwise a text (a backup's .head file, a report): the last head written in it.
    constexpr qint64 kMaxText = 16 * 1024 * 1024;
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxText)
        return makeError(Tr::tr("%1 is neither a backup of this store nor a file holding an audit head.").arg(file));
    QByteArray bytes = f.readAll();
    if (const auto head = AuditHead::find(QString::fromUtf8(bytes)))
        return *head;
    // A PDF report keeps it in its properties, written as UTF-16: its ASCII reads once the zero
    // bytes are taken out.
    if (bytes.startsWith("%PDF")) {
        bytes.replace('\0', QByteArray());
        if (const auto head = AuditHead::find(QString::fromLatin1(bytes)))
            return *head;
    }
    return makeError(Tr::tr("%1 is neither a backup of this store nor a file holding an audit head.").arg(file));
}

} // namespace reper
