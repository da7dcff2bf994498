#include "IdentityKeyring.h"

#include "storage/engine/Database.h"
#include "storage/keys/IdentityCipher.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "IdentityVault").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityVault)
};

// What a grant seals: the centre's id (so a grant cannot be passed off as another centre's) and
// its secret key.
constexpr int kGrantSize = 8 + BoxKeyPair::SecretKeySize;

SecretBytes grantPlain(qint64 centerId, const SecretBytes& secret)
{
    SecretBytes plain(kGrantSize);
    qToBigEndian(quint64(centerId), plain.data());
    std::memcpy(plain.data() + 8, secret.data(), size_t(BoxKeyPair::SecretKeySize));
    return plain;
}

} // namespace

Status IdentityKeyring::createMissing(Database& db, const QList<qint64>& centerIds, const QByteArray& recoveryPublic,
                                      const QString& now)
{
    auto has = db.prepare(QStringLiteral("SELECT 1 FROM identity_keyring WHERE center_id = ?"));
    auto add = db.prepare(
        QStringLiteral("INSERT INTO identity_keyring(center_id, public_key, created_at) VALUES (?, ?, ?)"));
    if (!has)
        return has.error();
    if (!add)
        return add.error();
    for (const qint64 center : centerIds) {
        has->bind(1, center);
        const bool exists = has->next();
        has->reset();
        if (exists)
            continue;
        IdentityKeyring one;
        const BoxKeyPair pair = BoxKeyPair::generate();
        if (!pair.isValid())
            return makeError(Tr::tr("The identity keys could not be made."));
        if (auto s = add->bind(1, center).bindBlob(2, pair.publicKey).bind(3, now).exec(); !s)
            return s;
        one.adopt(center, pair.secretKey);
        if (auto s = one.grant(db, center, 0, recoveryPublic, now); !s)
            return s;
    }
    return Status::success();
}

void IdentityKeyring::adopt(qint64 centerId, const SecretBytes& secret)
{
    Center c;
    c.pair = BoxKeyPair::fromSecret(secret);
    c.tokenKey = IdentityCipher::tokenKey(secret);
    m_centers.insert(centerId, c);
}

const SecretBytes* IdentityKeyring::tokenKey(qint64 centerId) const
{
    const auto it = m_centers.constFind(centerId);
    return it == m_centers.constEnd() ? nullptr : &it->tokenKey;
}

Status IdentityKeyring::load(Database& db, const BoxKeyPair& box)
{
    if (!box.isValid())
        return Status::success();
    auto st = db.prepare(QStringLiteral("SELECT g.center_id, g.sealed, k.public_key FROM identity_key_grant g "
                                        "JOIN identity_keyring k ON k.center_id = g.center_id WHERE g.to_key = ?"));
    if (!st)
        return st.error();
    st->bindBlob(1, box.publicKey);
    while (st->next()) {
        const qint64 center = st->int64(0);
        const auto opened = box.open(st->blob(1));
        if (!opened || opened->size() != kGrantSize || qFromBigEndian<quint64>(opened->data()) != quint64(center))
            continue; // not a grant this key can use (altered, or another centre's passed off)
        const SecretBytes secret = SecretBytes::copyOf(opened->data() + 8, BoxKeyPair::SecretKeySize);
        // The secret must be the one whose public half everybody seals new identity to.
        if (BoxKeyPair::fromSecret(secret).publicKey != st->blob(2))
            continue;
        adopt(center, secret);
    }
    if (st->failed())
        return st->error();
    return loadMatchKey(db);
}

Status IdentityKeyring::loadMatchKey(Database& db)
{
    // A store below schema step 11 (an upgrade in progress) has no match key yet.
    const auto exists
        = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'identity_match_key'"));
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return Status::success();
    auto st = db.prepare(QStringLiteral("SELECT center_id, sealed FROM identity_match_key ORDER BY center_id"));
    if (!st)
        return st.error();
    while (st->next()) {
        const auto center = m_centers.constFind(st->int64(0));
        if (center == m_centers.constEnd())
            continue;
        // Sealed with the centre's id, as a grant is: one centre's copy cannot pass for another's.
        const auto opened = center->pair.open(st->blob(1));
        if (!opened || opened->size() != kGrantSize || qFromBigEndian<quint64>(opened->data()) != quint64(center.key()))
            continue;
        m_match = SecretBytes::copyOf(opened->data() + 8, BoxKeyPair::SecretKeySize);
        break;
    }
    if (st->failed())
        return st->error();
    return Status::success();
}

Status IdentityKeyring::ensureMatchKey(Database& db, const QString& now)
{
    if (m_centers.isEmpty())
        return Status::success();
    if (m_match.isEmpty()) {
        const auto any = db.queryInt(QStringLiteral("SELECT count(*) FROM identity_match_key"));
        if (!any)
            return any.error();
        if (*any > 0)
            return Status::success(); // made already, not yet sealed to a centre of ours
        m_match = SecretBytes::random(BoxKeyPair::SecretKeySize);
        if (m_match.isEmpty())
            return makeError(Tr::tr("The identity keys could not be made."));
    }
    auto st = db.prepare(QStringLiteral("SELECT k.center_id, k.public_key FROM identity_keyring k WHERE NOT EXISTS "
                                        "(SELECT 1 FROM identity_match_key m WHERE m.center_id = k.center_id)"));
    if (!st)
        return st.error();
    QList<std::pair<qint64, QByteArray>> lacking;
    while (st->next())
        lacking << std::make_pair(st->int64(0), st->blob(1));
    if (st->failed())
        return st->error();
    auto add = db.prepare(db.dialect().insertOrIgnore(
        QStringLiteral("identity_match_key"),
        {QStringLiteral("center_id"), QStringLiteral("sealed"), QStringLiteral("created_at")}));
    if (!add)
        return add.error();
    for (const auto& [center, publicKey] : lacking) {
        const QByteArray sealed = BoxKeyPair::seal(grantPlain(center, m_match), publicKey);
        if (sealed.isEmpty())
            return makeError(Tr::tr("The key could not be sealed to the public key given."));
        if (auto s = add->bind(1, center).bindBlob(2, sealed).bind(3, now).exec(); !s)
            return s;
    }
    // Whatever another session may have sealed first is the key: read it back from a centre of ours.
    m_match = SecretBytes();
    return loadMatchKey(db);
}

Status IdentityKeyring::moveGrants(Database& db, const BoxKeyPair& from, const QByteArray& to, qint64 userId,
                                   const QString& now)
{
    IdentityKeyring old;
    if (auto s = old.load(db, from); !s)
        return s;
    for (const qint64 center : old.heldCenters()) {
        if (auto s = old.grant(db, center, userId, to, now); !s)
            return s;
        adopt(center, old.m_centers.value(center).pair.secretKey);
    }
    auto drop = db.prepare(QStringLiteral("DELETE FROM identity_key_grant WHERE to_key = ?"));
    if (!drop)
        return drop.error();
    return drop->bindBlob(1, from.publicKey).exec();
}

Status IdentityKeyring::grant(Database& db, qint64 centerId, qint64 userId, const QByteArray& toKey,
                              const QString& now) const
{
    const auto it = m_centers.constFind(centerId);
    if (it == m_centers.constEnd())
        return makeError(Tr::tr("This session does not hold the key it was asked to hand over."));
    const QByteArray sealed = BoxKeyPair::seal(grantPlain(centerId, it->pair.secretKey), toKey);
    if (sealed.isEmpty())
        return makeError(Tr::tr("The key could not be sealed to the public key given."));
    auto st = db.prepare(
        db.dialect().insertOrReplace(QStringLiteral("identity_key_grant"),
                                     {QStringLiteral("center_id"), QStringLiteral("user_id"), QStringLiteral("to_key"),
                                      QStringLiteral("sealed"), QStringLiteral("granted_at")},
                                     {QStringLiteral("center_id"), QStringLiteral("to_key")}));
    if (!st)
        return st.error();
    st->bind(1, centerId);
    if (userId > 0)
        st->bind(2, userId);
    else
        st->bindNull(2);
    return st->bindBlob(3, toKey).bindBlob(4, sealed).bind(5, now).exec();
}

Status IdentityKeyring::revokeUser(Database& db, qint64 userId)
{
    auto st = db.prepare(QStringLiteral("DELETE FROM identity_key_grant WHERE user_id = ?"));
    if (!st)
        return st.error();
    return st->bind(1, userId).exec();
}

Result<std::pair<qint64, SecretBytes>> IdentityKeyring::writingKey(Database& db, qint64 centerId)
{
    // Reused while its row is still there: a rolled-back transaction (a dry run) takes it away.
    if (const auto it = m_writing.constFind(centerId); it != m_writing.constEnd()) {
        auto stGuard = db.cached("SELECT sealed FROM identity_data_key WHERE id = ?");
        Statement* st = stGuard ? stGuard->get() : nullptr;
        if (!st)
            return stGuard.error();
        st->bind(1, it->id);
        const bool same = st->next() && st->blob(0) == it->sealed;
        st->reset();
        if (same)
            return std::make_pair(it->id, it->key);
    }
    auto pubGuard = db.cached("SELECT public_key FROM identity_keyring WHERE center_id = ?");
    Statement* pub = pubGuard ? pubGuard->get() : nullptr;
    if (!pub)
        return pubGuard.error();
    pub->bind(1, centerId);
    const QByteArray centerPublic = pub->next() ? pub->blob(0) : QByteArray();
    pub->reset();
    if (centerPublic.size() != BoxKeyPair::PublicKeySize)
        return makeError(Tr::tr("This store has no identity key for the victim's centre."),
                         QStringLiteral("centre %1").arg(centerId));
    Writing w;
    w.key = SecretBytes::random(IdentityCipher::DataKeySize);
    w.sealed = BoxKeyPair::seal(w.key, centerPublic);
    if (w.key.isEmpty() || w.sealed.isEmpty())
        return makeError(Tr::tr("The identity could not be encrypted."));
    auto addGuard = db.cached("INSERT INTO identity_data_key(center_id, sealed) VALUES (?, ?)");
    Statement* add = addGuard ? addGuard->get() : nullptr;
    if (!add)
        return addGuard.error();
    if (auto s = add->bind(1, centerId).bindBlob(2, w.sealed).exec(); !s)
        return s.error();
    w.id = db.lastInsertId();
    m_writing.insert(centerId, w);
    m_opened.insert(w.sealed, w.key);
    return std::make_pair(w.id, w.key);
}

std::optional<SecretBytes> IdentityKeyring::dataKey(qint64 id, qint64 centerId, const QByteArray& sealed)
{
    Q_UNUSED(id);
    if (const auto it = m_opened.constFind(sealed); it != m_opened.constEnd())
        return *it;
    const auto center = m_centers.constFind(centerId);
    if (center == m_centers.constEnd())
        return std::nullopt;
    auto opened = center->pair.open(sealed);
    if (!opened || opened->size() != IdentityCipher::DataKeySize)
        return std::nullopt;
    m_opened.insert(sealed, *opened);
    return opened;
}

} // namespace reper
