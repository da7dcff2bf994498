#include "ServerCli.h"

#include "storage/engine/postgres/PgUrl.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <catch2/catch.hpp>

namespace reper::test {

namespace {

// The records of a CSV text (a quoted field may hold line breaks), the header first.
QStringList csvRecords(const QString& text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char('\n') && !quoted) {
            if (!current.isEmpty())
                out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

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

std::unique_ptr<QProcess> ServerCli::startAs(const QString& user, const QString& password, const QStringList& args)
{
    const QString local = m_cli.password();
    m_cli.setPassword(password);
    m_cli.unsetEnv(QStringLiteral("REPER_NEW_PASSWORD"));
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_cli.environment());
    m_cli.setPassword(local);
    process->start(cliPath(), QStringList{QStringLiteral("--store"), m_url, QStringLiteral("--user"), user} + args);
    process->closeWriteChannel();
    return process;
}

QJsonObject ServerCli::figures(const CliResult& r)
{
    INFO(r.all().toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject o = QJsonDocument::fromJson(r.bytes).object();
    REQUIRE(o.contains(QStringLiteral("victims_identified")));
    o.remove(QStringLiteral("_info")); // who made it, when, the trail's head: not figures
    o.remove(QStringLiteral("_report"));
    return o;
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

// The fixture's twelve files with only the rows of `center` (every file has a center column), and
// `victimCenter` written as the victims' centre (the same rows for another centre).
QString ServerCli::centreFolder(const QString& into, const QString& center, const QString& victimCenter)
{
    REQUIRE(QDir().mkpath(into));
    const QDir source(reper::test::dataPath(QStringLiteral("bilant")));
    QStringList names = source.entryList({QStringLiteral("*.csv")}, QDir::Files);
    // First the victims and the campaigns kept: a record of the centre about another centre's
    // victim or campaign stays behind with it.
    for (const QString& first : {QStringLiteral("campaigns.csv"), QStringLiteral("victims.csv")}) {
        names.removeAll(first);
        names.prepend(first);
    }
    QSet<QString> victims;
    QSet<QString> campaigns;
    for (const QString& name : names) {
        QFile in(source.filePath(name));
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QStringList records = csvRecords(QString::fromUtf8(in.readAll()));
        REQUIRE(!records.isEmpty());
        const QStringList header = records.first().split(QLatin1Char(','));
        const int column = header.indexOf(QStringLiteral("center"));
        const int victim = header.indexOf(QStringLiteral("victim_code"));
        const int campaign = header.indexOf(QStringLiteral("campaign_code"));
        REQUIRE(column >= 0);
        QStringList kept{records.first()};
        for (const QString& r : records.mid(1)) {
            QStringList fields = r.split(QLatin1Char(',')); // the centre comes before any quoted field
            if (fields.value(column) != center)
                continue;
            if (name == QLatin1String("victims.csv"))
                victims.insert(fields.value(victim));
            else if (victim >= 0 && !victims.contains(fields.value(victim)))
                continue;
            if (name == QLatin1String("campaigns.csv"))
                campaigns.insert(fields.value(campaign));
            else if (campaign >= 0 && !fields.value(campaign).isEmpty() && !campaigns.contains(fields.value(campaign)))
                continue;
            if (!victimCenter.isEmpty()) {
                if (name != QLatin1String("victims.csv"))
                    continue;
                fields[column] = victimCenter;
            }
            kept << fields.join(QLatin1Char(','));
        }
        QFile out(QDir(into).filePath(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write((kept.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }
    return into;
}

} // namespace reper::test
