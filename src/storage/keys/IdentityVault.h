#pragma once
// Where a victim's identity (names, CNP, address, phone, notes and the name search) is read and
// written — the one seam between the identity and the engine that keeps it. Access rules are the
// callers' (VictimRepository asks AccessPolicy first); the vault answers what the keys allow.
//
// SealedIdentityVault (the local SQLCipher store): every field encrypted again under a data key
// sealed to the victim's centre's identity key, which only the users who may see that centre's
// identity hold (IdentityKeyring); the search through keyed tokens. Someone who has the store key
// and no centre key reads no name. A server engine that protects identity by its own means (row
// level security) plugs in a vault that reads and writes the columns as they are.
#include "core/Records.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace reper {

class Database;
class IdentityKeyring;

// A search condition on the victims list (alias v) with its parameters, one per '?' (keyed tokens
// as blobs on the local file, text on a server).
struct IdentitySearchTerm
{
    QString sql;
    QVariantList params;
};

class IdentityVault
{
public:
    virtual ~IdentityVault() = default;

    // Whether this session may decrypt (and index) identity of the centre `centerId`.
    virtual bool holdsKey(qint64 centerId) const = 0;
    // The stored identity, nothing when there is none; an error when this session has no key for it.
    virtual Result<std::optional<VictimIdentity>> read(RecordId victimId) = 0;
    // Writes a victim's identity: a new row (anyone who may write the victim: sealed to the centre),
    // or the fields that changed (only with the centre's key, so the trail's triggers name exactly
    // those); an empty identity removes the row.
    virtual Status write(RecordId victimId, qint64 centerId, const VictimIdentity& identity) = 0;
    // For one typed word, the condition that finds victims of `centerIds` by name or CNP; nothing
    // when this session can search none of them.
    virtual std::optional<IdentitySearchTerm> searchTerm(const QString& word, const QList<qint64>& centerIds) const = 0;
    // Writes the search tokens of rows written by someone without the centre's key.
    virtual Result<int> indexPending() = 0;
};

class SealedIdentityVault : public IdentityVault
{
public:
    SealedIdentityVault(Database& db, IdentityKeyring& keys)
        : m_db(db)
        , m_keys(keys)
    {
    }
    bool holdsKey(qint64 centerId) const override;
    Result<std::optional<VictimIdentity>> read(RecordId victimId) override;
    Status write(RecordId victimId, qint64 centerId, const VictimIdentity& identity) override;
    std::optional<IdentitySearchTerm> searchTerm(const QString& word, const QList<qint64>& centerIds) const override;
    Result<int> indexPending() override;

private:
    Status writeTokens(RecordId victimId, qint64 centerId, const VictimIdentity& identity);
    Error noKey(qint64 centerId) const;
    Database& m_db;
    IdentityKeyring& m_keys;
};

} // namespace reper
