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
    // The name search on the server is not built yet: no condition, so lists search codes only.
    std::optional<IdentitySearchTerm> searchTerm(const QString&, const QList<qint64>&) const override
    {
        return std::nullopt;
    }
    Result<int> indexPending() override { return 0; }

private:
    Database& m_db;
};

} // namespace reper
