#include "ServerCli.h"

#include "storage/engine/postgres/PgUrl.h"
#include "support/PgCluster.h"

#include <catch2/catch.hpp>

namespace reper::test {

ServerCli::ServerCli()
    : m_url(PgCluster::instance().url(PgCluster::instance().freshDatabase()))
{
    m_cli.setEnv(QStringLiteral("PGUSER"), PgCluster::superUser());
    m_cli.setEnv(QStringLiteral("PGPASSWORD"), PgCluster::superPassword());
}

QString ServerCli::database() const { return PgUrl::parse(m_url)->database(); }

CliResult ServerCli::as(const QString& user, const QString& password, const QStringList& args,
                        const QString& newPassword)
{
    QStringList all{QStringLiteral("--store"), m_url};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    const QString local = m_cli.password(); // the local file's, for the runs beside
    m_cli.setPassword(password);
    m_cli.setEnv(QStringLiteral("REPER_NEW_PASSWORD"), newPassword);
    if (newPassword.isEmpty())
        m_cli.unsetEnv(QStringLiteral("REPER_NEW_PASSWORD"));
    CliResult r = m_cli.runRaw(all + args);
    m_cli.setPassword(local);
    return r;
}

void ServerCli::init()
{
    const CliResult r
        = as({}, adminPassword(), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("chief")});
    INFO(r.all().toStdString());
    REQUIRE(r.exitCode == 0);
}

void ServerCli::addUser(const QString& name, const QStringList& roleAndCenter)
{
    const CliResult added
        = as(QStringLiteral("chief"), adminPassword(),
             QStringList{QStringLiteral("user"), QStringLiteral("add"), name} + roleAndCenter, temporaryPassword());
    INFO(added.all().toStdString());
    REQUIRE(added.exitCode == 0);
    const CliResult refused
        = as(name, temporaryPassword(),
             {QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"), QStringLiteral("2017")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("temporary")));
    const CliResult changed
        = as(name, temporaryPassword(), {QStringLiteral("user"), QStringLiteral("passwd")}, ownPassword(name));
    INFO(changed.all().toStdString());
    REQUIRE(changed.exitCode == 0);
}

QString ServerCli::generate(const QString& scale)
{
    const QString data = m_cli.dir() + QStringLiteral("/data");
    const CliResult r
        = m_cli.runRaw({QStringLiteral("generate"), QStringLiteral("--out"), data, QStringLiteral("--years"),
                        QStringLiteral("1"), QStringLiteral("--first-year"), QStringLiteral("2017"),
                        QStringLiteral("--scale"), scale, QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(r.all().toStdString());
    REQUIRE(r.exitCode == 0);
    return data;
}

} // namespace reper::test
