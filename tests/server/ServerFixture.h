#pragma once
// A Reper schema on the test's own PostgreSQL, set up with raw SQL (no Reper store code): two
// centres, a country and two counties, and one login role for each kind of user of the access
// matrix (docs/security.md §1), made through the schema's own create_login. Tests then connect as
// those users with libpq, as someone with psql and their own password would.
#include "core/StoreUser.h"
#include "storage/engine/postgres/PgConnection.h"

#include <QList>
#include <QMap>
#include <memory>

namespace reper::test {

class ServerFixture
{
public:
    // A fresh database with the schema migrated and the users below.
    ServerFixture();

    static QString password(const QString& user) { return user + QStringLiteral("-password-123"); }
    // The users: name → roles and centre (empty: national), as AccessPolicy sees them.
    static const QList<StoreUser>& users();
    const QString& database() const { return m_db; }
    // The owner's session (the superuser as reper_owner, search_path reper): sets up records.
    PgConnection& owner() { return *m_owner; }
    std::unique_ptr<PgConnection> connectAs(const QString& user, const QString& password = {}) const;
    Result<std::unique_ptr<PgConnection>> tryConnectAs(const QString& user, const QString& password) const;
    qint64 userId(const QString& name) const { return m_ids.value(name); }
    qint64 centerId(const QString& code) const { return m_centers.value(code); }

    // A victim of `center` with an identity, an identification and an assistance; its id.
    qint64 addVictim(const QString& code, const QString& center);
    // Appends an entry to the trail as the owner would (chained to the head); its seq.
    qint64 appendAuditEntry(const QString& userName);

private:
    QString m_db;
    std::unique_ptr<PgConnection> m_owner;
    QMap<QString, qint64> m_ids;
    QMap<QString, qint64> m_centers;
};

} // namespace reper::test
