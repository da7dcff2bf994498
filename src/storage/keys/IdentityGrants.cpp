#include "IdentityGrants.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/IdentityKeyring.h"
#include "storage/keys/KeyDirectory.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "IdentityVault").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityVault)
};

struct Candidate
{
    qint64 userId = 0;
    QString name;
    QString center;
    qint64 centerId = 0;
    QByteArray boxKey;
    bool own = false;
};

} // namespace

Result<HandOver> IdentityGrants::handOver(const IdentityKeyring& keys)
{
    HandOver out;
    if (keys.isEmpty())
        return out;
    QStringList held;
    for (const qint64 c : keys.heldCenters())
        held << QString::number(c);
    // Active operators and coordinators of a held centre without a grant to their current key.
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT u.id, u.name, c.code, c.id, b.public_key, b.own FROM app_user u "
                       "JOIN center c ON c.id = u.center_id JOIN user_box_key b ON b.user_id = u.id "
                       "WHERE u.disabled = 0 AND (',' || u.roles || ',' LIKE '%,operator,%' "
                       "OR ',' || u.roles || ',' LIKE '%,coordinator,%') AND u.center_id IN (%1) "
                       "AND NOT EXISTS (SELECT 1 FROM identity_key_grant g WHERE g.center_id = u.center_id "
                       "AND g.to_key = b.public_key) ORDER BY u.name")
            .arg(held.join(QLatin1Char(','))));
    if (!st)
        return st.error();
    QList<Candidate> candidates;
    while (st->next())
        candidates << Candidate{st->int64(0), st->text(1), st->text(2), st->int64(3), st->blob(4), st->int64(5) != 0};
    if (st->failed())
        return st->error();
    QList<Candidate> ready;
    for (const Candidate& c : candidates) {
        if (c.own)
            ready << c;
        else
            out.waiting << QStringLiteral("%1 (%2)").arg(c.name, c.center);
    }
    if (ready.isEmpty())
        return out;
    auto directory = KeyDirectory::read(m_store);
    if (!directory) {
        Logging::logger("storage")->warn("identity keys not handed over: {}", directory.error().detail.toStdString());
        return directory.error();
    }
    Transaction tx(m_store.db());
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    const QString now = m_store.timestamp();
    for (const Candidate& c : ready) {
        const auto who = directory->user(c.name);
        // The trail must agree: entitled to this centre, and this key made by the user themselves.
        if (!who || !who->isStaffOf(c.center) || !who->ownBox || who->boxKey != c.boxKey) {
            Logging::logger("storage")->warn("user {} is not entitled to a centre key by the audit trail", c.userId);
            continue;
        }
        if (auto s = keys.grant(m_store.db(), c.centerId, c.userId, c.boxKey, now); !s)
            return s.error();
        if (m_store.audit().canSign()) {
            AuditEvent e{AuditAction::IdentityKeyGranted, QStringLiteral("user"), c.userId, c.name, c.center, {}};
            e.detail.insert(QStringLiteral("center"), c.center);
            if (auto s = m_store.audit().append(e); !s)
                return s.error();
        }
        out.granted << QStringLiteral("%1 (%2)").arg(c.name, c.center);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<HandOver> IdentityGrants::handOverWithRecoveryKey(QStringView recoveryKey)
{
    if (!m_store.access().canManageUsers())
        return makeError(Tr::tr("Only an administrator may hand over the keys to the names with the recovery key."));
    auto pair = RecoveryKey::pairOf(recoveryKey);
    if (!pair)
        return pair.error();
    auto keys = KeyFile::load(KeyFile::pathFor(m_store.path()));
    if (!keys)
        return keys.error();
    if (keys->recovery().boxPublic != pair->publicKey)
        return makeError(Tr::tr("This recovery key does not open this store."), QStringLiteral("recovery public"));
    IdentityKeyring all;
    if (auto s = all.load(m_store.db(), *pair); !s)
        return s.error();
    return handOver(all);
}

} // namespace reper
