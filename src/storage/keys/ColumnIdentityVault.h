#pragma once
// Identity on a server (docs/server.md): the text columns of victim_identity as they are, guarded
// by the database itself — row-level security lets only the operators and coordinators of the
// victim's centre read them (resources/sql/postgres/001_initial.sql, 006_sealed_identity.sql).
// Nothing is sealed per centre, so this session "holds the key" of every centre: what it may not
// see, the server does not return.
#include "storage/keys/IdentityVault.h"

namespace reper {

class ColumnIdentityVault : public IdentityVault
{
public:
    explicit ColumnIdentityVault(Database& db)
        : m_db(db)
    {
    }
    bool holdsKey(qint64) const override { return true; }
    Result<std::optional<VictimIdentity>> read(RecordId victimId) override;
    Status write(RecordId victimId, qint64 centerId, const VictimIdentity& identity) override;
    // The local file's search, on the columns as they are: a word finds the victims of `centerIds`
    // one of whose name parts (split at spaces and hyphens, folded) begins with it — from three
    // characters, or the whole part when shorter — or whose CNP it is. What the session may not
    // read, the server leaves out (row-level security on victim_identity).
    std::optional<IdentitySearchTerm> searchTerm(const QString& word, const QList<qint64>& centerIds) const override;
    Result<int> indexPending() override { return 0; }

private:
    Database& m_db;
};

} // namespace reper
