#include "ServerFixture.h"

#include "storage/engine/postgres/PgSchema.h"
#include "support/PgCluster.h"

#include <QCryptographicHash>
#include <stdexcept>

namespace reper::test {

namespace {

void check(const Status& s, const char* what)
{
    if (!s)
        throw std::runtime_error(std::string(what) + ": " + s.error().detail.toStdString());
}

template<typename T>
T checked(Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().detail.toStdString());
    return std::move(*r);
}

StoreUser user(const char* name, const QStringList& roles, const char* center)
{
    StoreUser u;
    u.name = QString::fromLatin1(name);
    u.roles = roles;
    u.center = QString::fromLatin1(center);
    return u;
}

} // namespace

const QList<StoreUser>& ServerFixture::users()
{
    const QString op = QStringLiteral("operator");
    const QString co = QStringLiteral("coordinator");
    const QString an = QStringLiteral("analyst");
    const QString ad = QStringLiteral("administrator");
    static const QList<StoreUser> all = {
        user("ana", {ad, co}, ""),       user("admin_only", {ad}, ""),
        user("admin_bv", {ad}, "CR-BV"), user("op_bv", {op}, "CR-BV"),
        user("op_cj", {op}, "CR-CJ"),    user("coord_bv", {co}, "CR-BV"),
        user("coord_nat", {co}, ""),     user("analyst_bv", {an}, "CR-BV"),
        user("analyst_nat", {an}, ""),   user("op_analyst_cj", {op, an}, "CR-CJ"),
    };
    return all;
}

ServerFixture::ServerFixture()
{
    PgCluster& cluster = PgCluster::instance();
    m_db = cluster.freshDatabase();
    auto super = cluster.connect(m_db);
    check(PgSchema::prepare(*super), "prepare");
    Error error;
    if (PgSchema::migrate(*super, &error) != PgSchema::Outcome::Created)
        throw std::runtime_error("migrate: " + error.detail.toStdString());
    check(PgSchema::restrictDatabase(*super), "restrict");

    m_owner = cluster.connect(m_db);
    check(m_owner->exec(QStringLiteral("SET ROLE reper_owner; SET search_path = reper")), "owner");
    check(m_owner->exec(
              QStringLiteral("INSERT INTO center(code, seat) VALUES ('CR-BV', 'Brașov'), ('CR-CJ', 'Cluj-Napoca');"
                             "INSERT INTO country(code, name_ro, name_en) VALUES ('RO', 'România', 'Romania');"
                             "INSERT INTO county(code, name, center_id) VALUES ('BV', 'Brașov', 1), ('CJ', 'Cluj', 2);"
                             "INSERT INTO store_meta(key, value) VALUES ('store_id', 'test-store')")),
          "reference data");
    auto centers = checked(m_owner->query(QStringLiteral("SELECT code, id FROM center")), "centres");
    for (int r = 0; r < centers.rows(); ++r)
        m_centers.insert(centers.text(r, 0), centers.int64(r, 1));
    for (const StoreUser& u : users()) {
        const QByteArray verifier = checked(m_owner->scramVerifier(u.name, password(u.name)), "verifier");
        auto id
            = checked(m_owner->query(QStringLiteral("SELECT create_login($1, $2, $3, $4, '2026-01-15 12:00:00', 0)"),
                                     {PgConnection::text(u.name), PgConnection::text(u.roles.join(QLatin1Char(','))),
                                      PgConnection::text(u.center), PgParam(verifier)}),
                      "create_login");
        m_ids.insert(u.name, id.int64(0, 0));
    }
}

Result<std::unique_ptr<PgConnection>> ServerFixture::tryConnectAs(const QString& user, const QString& password) const
{
    auto url = PgUrl::parse(PgCluster::instance().url(m_db, user));
    if (!url)
        return url.error();
    PgConnection::Options options;
    options.password = password;
    options.searchPath = QStringLiteral("reper");
    options.lockTimeoutSeconds = 5;
    return PgConnection::connect(*url, options);
}

std::unique_ptr<PgConnection> ServerFixture::connectAs(const QString& user, const QString& pw) const
{
    return checked(tryConnectAs(user, pw.isEmpty() ? password(user) : pw), "connect");
}

qint64 ServerFixture::addVictim(const QString& code, const QString& center)
{
    const qint64 by = m_ids.value(QStringLiteral("ana"));
    const qint64 c = m_centers.value(center);
    auto id = checked(m_owner->query(QStringLiteral("INSERT INTO victim(code, center_id, sex, birth_year, citizenship, "
                                                    "created_by, created_at, updated_by, updated_at) VALUES ($1, $2, "
                                                    "'F', 1990, 'RO', $3, '2026-01-01 10:00:00', $3, "
                                                    "'2026-01-01 10:00:00') RETURNING id"),
                                     {PgConnection::text(code), PgConnection::number(c), PgConnection::number(by)}),
                      "victim");
    const qint64 v = id.int64(0, 0);
    const QList<PgParam> ids{PgConnection::number(v), PgConnection::number(c), PgConnection::number(by)};
    checked(m_owner->query(QStringLiteral("INSERT INTO victim_identity(victim_id, last_name, first_name, cnp) "
                                          "VALUES ($1, 'Popescu', 'Maria', '2900101080011')"),
                           {PgConnection::number(v)}),
            "identity");
    auto ident
        = checked(m_owner->query(QStringLiteral("INSERT INTO identification(victim_id, center_id, "
                                                "notification_date, mnir_status, scope, primary_exploitation, "
                                                "created_by, created_at, updated_by, updated_at) VALUES ($1, $2, "
                                                "'2025-03-01', 'identified', 'internal', 'labour', $3, "
                                                "'2026-01-01 10:00:00', $3, '2026-01-01 10:00:00') RETURNING id"),
                                 ids),
                  "identification");
    checked(m_owner->query(QStringLiteral("INSERT INTO identification_exploitation(identification_id, form, position) "
                                          "VALUES ($1, 'labour', 0)"),
                           {PgConnection::number(ident.int64(0, 0))}),
            "forms");
    checked(
        m_owner->query(QStringLiteral("INSERT INTO assistance(victim_id, center_id, service, provider, start_date, "
                                      "created_by, created_at, updated_by, updated_at) VALUES ($1, $2, 'shelter', "
                                      "'anitp', '2025-03-02', $3, '2026-01-01 10:00:00', $3, '2026-01-01 10:00:00')"),
                       ids),
        "assistance");
    return v;
}

qint64 ServerFixture::appendAuditEntry(const QString& userName)
{
    const qint64 userId = m_ids.value(userName);
    auto key = checked(
        m_owner->query(
            QStringLiteral("INSERT INTO audit_key(user_id, public_key, registered_seq) "
                           "VALUES ($1, decode(md5(random()::text) || md5(random()::text), 'hex'), 0) RETURNING id"),
            {PgConnection::number(userId)}),
        "audit key");
    auto head = checked(m_owner->query(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")),
                        "head");
    const qint64 seq = head.rows() ? head.int64(0, 0) + 1 : 1;
    const QByteArray prev = head.rows() ? head.bytes(0, 1) : QByteArray(32, '\0');
    const QByteArray hash = QCryptographicHash::hash(prev + QByteArray::number(seq), QCryptographicHash::Sha256);
    checked(m_owner->query(QStringLiteral("INSERT INTO audit_entry(seq, at, user_id, user_name, action, key_id, "
                                          "prev_hash, hash, signature) VALUES ($1, '2026-01-15T12:00:00Z', $2, $3, "
                                          "'test', $4, $5, $6, $7)"),
                           {PgConnection::number(seq), PgConnection::number(userId), PgConnection::text(userName),
                            PgConnection::number(key.int64(0, 0)), PgConnection::bytes(prev), PgConnection::bytes(hash),
                            PgConnection::bytes(QByteArray(64, 's'))}),
            "audit entry");
    return seq;
}

} // namespace reper::test
