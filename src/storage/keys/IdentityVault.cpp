#include "IdentityVault.h"

#include "storage/engine/Database.h"
#include "storage/keys/IdentityCipher.h"
#include "storage/keys/IdentityKeyring.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "IdentityVault").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityVault)
};

const char* const kFields[] = {"last_name", "first_name", "cnp", "address", "phone", "notes"};

QStringList valuesOf(const VictimIdentity& i) { return {i.lastName, i.firstName, i.cnp, i.address, i.phone, i.notes}; }

VictimIdentity fromValues(const QStringList& v)
{
    VictimIdentity i;
    i.lastName = v.value(0);
    i.firstName = v.value(1);
    i.cnp = v.value(2);
    i.address = v.value(3);
    i.phone = v.value(4);
    i.notes = v.value(5);
    return i;
}

} // namespace

Error SealedIdentityVault::noKey(qint64 centerId) const
{
    QString code = QString::number(centerId);
    if (auto st = m_db.prepare(QStringLiteral("SELECT code FROM center WHERE id = ?"))) {
        st->bind(1, centerId);
        if (st->next())
            code = st->text(0);
    }
    return makeError(Tr::tr("The key to the names of %1 has not reached you yet: it comes with the next sign-in of "
                            "a colleague of that centre who holds it, or from an administrator with the recovery "
                            "key.")
                         .arg(code));
}

bool SealedIdentityVault::holdsKey(qint64 centerId) const { return m_keys.holds(centerId); }

Result<std::optional<VictimIdentity>> SealedIdentityVault::read(RecordId victimId)
{
    auto stGuard = m_db.cached(
        "SELECT i.data_key, d.center_id, d.sealed, i.last_name, i.first_name, i.cnp, i.address, i.phone, i.notes "
        "FROM victim_identity i JOIN identity_data_key d ON d.id = i.data_key WHERE i.victim_id = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, victimId);
    if (!st->next()) {
        if (st->failed())
            return st->error();
        return std::optional<VictimIdentity>();
    }
    const qint64 dataKeyId = st->int64(0);
    const qint64 center = st->int64(1);
    const auto key = m_keys.dataKey(dataKeyId, center, st->blob(2));
    if (!key) {
        st->reset();
        return noKey(center);
    }
    QStringList values;
    for (int f = 0; f < 6; ++f) {
        const auto text = IdentityCipher::decryptField(*key, dataKeyId, victimId, kFields[f], st->blob(3 + f));
        if (!text) {
            st->reset();
            return makeError(Tr::tr("The identity of this victim is damaged: a field does not open with its key."),
                             QStringLiteral("victim %1 field %2").arg(victimId).arg(QLatin1String(kFields[f])));
        }
        values << *text;
    }
    st->reset();
    return std::optional<VictimIdentity>(fromValues(values));
}

Status SealedIdentityVault::write(RecordId victimId, qint64 centerId, const VictimIdentity& identity)
{
    Database& db = m_db;
    auto stGuard = db.cached(
        "SELECT i.data_key, d.center_id, d.sealed, i.last_name, i.first_name, i.cnp, i.address, i.phone, i.notes "
        "FROM victim_identity i JOIN identity_data_key d ON d.id = i.data_key WHERE i.victim_id = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return stGuard.error();
    st->bind(1, victimId);
    const bool exists = st->next();
    if (!exists) {
        const bool failed = st->failed();
        const Error error = failed ? st->error() : Error{};
        st->reset();
        if (failed)
            return error;
        if (identity.isEmpty())
            return Status::success();
        // A new row: sealed to the centre's public key, whether or not this session can read it.
        auto writing = m_keys.writingKey(db, centerId);
        if (!writing)
            return writing.error();
        const auto& [dataKeyId, dataKey] = *writing;
        auto insGuard = db.cached("INSERT INTO victim_identity(victim_id, data_key, last_name, first_name, cnp, "
                                  "address, phone, notes) VALUES (?,?,?,?,?,?,?,?)");
        Statement* ins = insGuard ? insGuard->get() : nullptr;
        if (!ins)
            return insGuard.error();
        ins->bind(1, victimId).bind(2, dataKeyId);
        const QStringList values = valuesOf(identity);
        for (int f = 0; f < 6; ++f) {
            const QByteArray sealed = IdentityCipher::encryptField(dataKey, dataKeyId, victimId, kFields[f], values[f]);
            if (sealed.isEmpty())
                ins->bindNull(3 + f);
            else
                ins->bindBlob(3 + f, sealed);
        }
        if (auto s = ins->exec(); !s)
            return s;
        return holdsKey(centerId) ? writeTokens(victimId, centerId, identity) : Status::success();
    }
    const qint64 dataKeyId = st->int64(0);
    const qint64 keyCenter = st->int64(1);
    const auto dataKey = m_keys.dataKey(dataKeyId, keyCenter, st->blob(2));
    QList<QByteArray> stored;
    for (int f = 0; f < 6; ++f)
        stored << st->blob(3 + f);
    st->reset();
    if (!dataKey)
        return noKey(keyCenter);
    if (identity.isEmpty()) {
        auto delGuard = db.cached("DELETE FROM victim_identity WHERE victim_id = ?");
        Statement* del = delGuard ? delGuard->get() : nullptr;
        if (!del)
            return delGuard.error();
        return del->bind(1, victimId).exec();
    }
    // Only the fields that changed get a new value: the trail's trigger names exactly those.
    auto upGuard = db.cached("UPDATE victim_identity SET last_name = ?, first_name = ?, cnp = ?, address = ?, "
                             "phone = ?, notes = ? WHERE victim_id = ?");
    Statement* up = upGuard ? upGuard->get() : nullptr;
    if (!up)
        return upGuard.error();
    const QStringList values = valuesOf(identity);
    for (int f = 0; f < 6; ++f) {
        const auto old = IdentityCipher::decryptField(*dataKey, dataKeyId, victimId, kFields[f], stored[f]);
        QByteArray next = stored[f];
        if (!old || *old != values[f])
            next = IdentityCipher::encryptField(*dataKey, dataKeyId, victimId, kFields[f], values[f]);
        if (next.isEmpty())
            up->bindNull(1 + f);
        else
            up->bindBlob(1 + f, next);
    }
    if (auto s = up->bind(7, victimId).exec(); !s)
        return s;
    return writeTokens(victimId, keyCenter, identity);
}

Status SealedIdentityVault::writeTokens(RecordId victimId, qint64 centerId, const VictimIdentity& identity)
{
    const SecretBytes* tokenKey = m_keys.tokenKey(centerId);
    if (!tokenKey)
        return Status::success();
    Database& db = m_db;
    auto clearGuard = db.cached("DELETE FROM victim_name_token WHERE victim_id = ?");
    Statement* clear = clearGuard ? clearGuard->get() : nullptr;
    auto addGuard = db.cached(db.dialect().insertOrIgnore(QStringLiteral("victim_name_token"),
                                                          {QStringLiteral("token"), QStringLiteral("victim_id")}));
    Statement* add = addGuard ? addGuard->get() : nullptr;
    auto markGuard = db.cached("UPDATE victim_identity SET cnp_token = ?, indexed = ? WHERE victim_id = ?");
    // `indexed` once the match hashes are written too (security.md §3.9): until the match key reaches
    // this centre, the row is indexed again at each sign-in of its staff.
    Statement* mark = markGuard ? markGuard->get() : nullptr;
    if (!clear || !add || !mark)
        return makeError(QStringLiteral("query failed"));
    if (auto s = clear->bind(1, victimId).exec(); !s)
        return s;
    for (const QByteArray& token : IdentityCipher::nameTokens(*tokenKey, identity.lastName, identity.firstName))
        if (auto s = add->bindBlob(1, token).bind(2, victimId).exec(); !s)
            return s;
    const QByteArray cnp = IdentityCipher::cnpToken(*tokenKey, identity.cnp);
    if (cnp.isEmpty())
        mark->bindNull(1);
    else
        mark->bindBlob(1, cnp);
    const SecretBytes* matchKey = m_keys.matchKey();
    if (auto s = mark->bind(2, matchKey ? 1 : 0).bind(3, victimId).exec(); !s)
        return s;
    // Without the match key: a store below schema step 11 (the key upgrade of step 6 indexes too)
    // has no hashes to drop; otherwise the old ones go, and the row waits to be indexed again.
    if (!matchKey) {
        const auto table
            = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'victim_match'"));
        if (!table || *table == 0)
            return table ? Status::success() : Status(table.error());
    }
    auto unmatchGuard = db.cached("DELETE FROM victim_match WHERE victim_id = ?");
    Statement* unmatch = unmatchGuard ? unmatchGuard->get() : nullptr;
    auto matchGuard = db.cached("INSERT INTO victim_match(victim_id, cnp_match, name_match) VALUES (?, ?, ?)");
    Statement* match = matchGuard ? matchGuard->get() : nullptr;
    if (!unmatch || !match)
        return makeError(QStringLiteral("query failed"));
    if (auto s = unmatch->bind(1, victimId).exec(); !s)
        return s;
    if (!matchKey)
        return Status::success();
    const QByteArray cnpMatch = IdentityCipher::matchCnp(*matchKey, identity.cnp);
    const QByteArray nameMatch = IdentityCipher::matchName(*matchKey, identity.lastName, identity.firstName);
    if (cnpMatch.isEmpty() && nameMatch.isEmpty())
        return Status::success();
    match->bind(1, victimId);
    if (cnpMatch.isEmpty())
        match->bindNull(2);
    else
        match->bindBlob(2, cnpMatch);
    if (nameMatch.isEmpty())
        match->bindNull(3);
    else
        match->bindBlob(3, nameMatch);
    return match->exec();
}

std::optional<IdentitySearchTerm> SealedIdentityVault::searchTerm(const QString& word,
                                                                  const QList<qint64>& centerIds) const
{
    IdentitySearchTerm term;
    QStringList alternatives;
    for (const qint64 center : centerIds) {
        const SecretBytes* tokenKey = m_keys.tokenKey(center);
        if (!tokenKey)
            continue;
        const QByteArray token = IdentityCipher::searchToken(*tokenKey, word);
        if (token.isEmpty())
            continue;
        alternatives << QStringLiteral("(v.center_id = %1 AND (v.id IN (SELECT victim_id FROM victim_name_token "
                                       "WHERE token = ?) OR v.id IN (SELECT victim_id FROM victim_identity "
                                       "WHERE cnp_token = ?)))")
                            .arg(center);
        term.params << QVariant(token) << QVariant(IdentityCipher::cnpToken(*tokenKey, word));
    }
    if (alternatives.isEmpty())
        return std::nullopt;
    term.sql = QStringLiteral("(%1)").arg(alternatives.join(QLatin1String(" OR ")));
    return term;
}

Result<int> SealedIdentityVault::indexPending()
{
    const QList<qint64> held = m_keys.heldCenters();
    if (held.isEmpty())
        return 0;
    QStringList ids;
    for (const qint64 c : held)
        ids << QString::number(c);
    auto st
        = m_db.prepare(QStringLiteral("SELECT i.victim_id, d.center_id FROM victim_identity i JOIN identity_data_key d "
                                      "ON d.id = i.data_key WHERE i.indexed = 0 AND d.center_id IN (%1)")
                           .arg(ids.join(QLatin1Char(','))));
    if (!st)
        return st.error();
    QList<std::pair<RecordId, qint64>> pending;
    while (st->next())
        pending << std::make_pair(st->int64(0), st->int64(1));
    if (st->failed())
        return st->error();
    for (const auto& [victim, center] : pending) {
        auto identity = read(victim);
        if (!identity)
            return identity.error();
        if (!identity->has_value())
            continue;
        if (auto s = writeTokens(victim, center, **identity); !s)
            return s.error();
    }
    return int(pending.size());
}

} // namespace reper
