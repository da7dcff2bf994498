// The reading and working commands on a server give what they give on a local file holding the same
// data (docs/server.md §5): reports in each format (the case load too), explain, close (dry run, then
// for real, and the closed year's bilanț), the exports, due with a rule changed and a deadline set
// aside, the population, duplicates with a merge undone, victim show and audit list. The same user
// name and password on both, so only what names the store (its path or address, the trail's head,
// the second something was changed) may differ.
#include "ServerCli.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::CliResult;
using reper::test::CliRunner;
using reper::test::dataPath;
using reper::test::ServerCli;

namespace {

QString fileText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// What names the store and may differ between a file and a server: its path or address, the
// trail's head (its sequence number and hash) that a report cites, and when a year was closed.
QString sameStore(QString text, const QString& path, const QString& url)
{
    text.replace(path, QStringLiteral("STORE")).replace(url, QStringLiteral("STORE"));
    static const QRegularExpression head(QStringLiteral("[0-9]+:[0-9a-f]{16,64}"));
    text.replace(head, QStringLiteral("HEAD"));
    static const QRegularExpression closedAt(QStringLiteral("\"closed_at\": \"[^\"]*\""));
    text.replace(closedAt, QStringLiteral("\"closed_at\": WHEN")); // the second each was closed
    // The second a rule or a population was changed, in a list or a report.
    static const QRegularExpression changedAt(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}"));
    text.replace(changedAt, QStringLiteral("WHEN"));
    return text;
}

// The first line where two texts differ ("" when they are the same), for a readable failure.
std::string difference(const QString& server, const QString& local)
{
    const QStringList a = server.split(QLatin1Char('\n'));
    const QStringList b = local.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1\n  server: %2\n  local:  %3")
                .arg(i + 1)
                .arg(a.value(i), b.value(i))
                .toStdString();
    return {};
}

class Both
{
public:
    explicit Both(ServerCli& server)
        : m_server(server)
        , m_cli(server.cli())
    {
    }
    // ARGS on the local file and on the server as `admin`; both must succeed (or fail alike).
    std::pair<CliResult, CliResult> run(const QStringList& args, int exitCode = 0)
    {
        const CliResult local = m_cli.run(args);
        const CliResult remote = m_server.as(QStringLiteral("admin"), m_cli.password(), args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nlocal:\n"
                                                       << local.all().toStdString() << "\nserver:\n"
                                                       << remote.all().toStdString() << "\nlog:\n"
                                                       << (remote.exitCode == exitCode ? std::string() : logTail()));
        CHECK(local.exitCode == exitCode);
        CHECK(remote.exitCode == exitCode);
        return {local, remote};
    }
    // ARGS on both; their standard output the same but for the store's name.
    void same(const QStringList& args, int exitCode = 0)
    {
        const auto [local, remote] = run(args, exitCode);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK_FALSE(local.out.trimmed().isEmpty());
        CHECK(difference(norm(remote.out), norm(local.out)) == "");
    }
    // ARGS that change the store, on both: what they say on standard error the same but for the store's name.
    void said(const QStringList& args)
    {
        const auto [local, remote] = run(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(difference(norm(remote.err), norm(local.err)) == "");
    }
    // ARGS + --out FILE on both: the files the same but for the store's name.
    void sameFile(const QStringList& args, const QString& name)
    {
        const QString a = m_cli.dir() + QStringLiteral("/local-") + name;
        const QString b = m_cli.dir() + QStringLiteral("/server-") + name;
        const CliResult local = m_cli.run(args + QStringList{QStringLiteral("--out"), a});
        const CliResult remote
            = m_server.as(QStringLiteral("admin"), m_cli.password(), args + QStringList{QStringLiteral("--out"), b});
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\nlocal:\n"
                                                       << local.all().toStdString() << "\nserver:\n"
                                                       << remote.all().toStdString());
        REQUIRE(local.exitCode == 0);
        REQUIRE(remote.exitCode == 0);
        CHECK(difference(remote.err, QString(local.err).replace(a, b)) == "");
        if (QFileInfo(a).isDir()) {
            const QStringList files = QDir(a).entryList(QDir::Files, QDir::Name);
            CHECK(files.size() >= 12);
            CHECK(QDir(b).entryList(QDir::Files, QDir::Name).join(QLatin1Char(' ')).toStdString()
                  == files.join(QLatin1Char(' ')).toStdString());
            for (const QString& f : files) {
                INFO("file " << f.toStdString());
                CHECK(difference(fileText(b + QLatin1Char('/') + f), fileText(a + QLatin1Char('/') + f)) == "");
            }
        } else {
            CHECK(fileText(a).size() > 0);
            CHECK(difference(norm(fileText(b)), norm(fileText(a))) == "");
        }
    }
    // The last lines of the log, where a refusal's detail is (never a name: synthetic data anyway).
    std::string logTail() const
    {
        const QStringList lines
            = fileText(m_cli.dir() + QStringLiteral("/data/reper/logs/reper.log")).split(QLatin1Char('\n'));
        return lines.mid(std::max<qsizetype>(0, lines.size() - 6)).join(QLatin1Char('\n')).toStdString();
    }
    QString norm(const QString& text) const { return sameStore(text, m_cli.store(), m_server.url()); }

private:
    ServerCli& m_server;
    CliRunner& m_cli;
};

QStringList year(const QStringList& args)
{
    return args + QStringList{QStringLiteral("--year"), QStringLiteral("2017")};
}

} // namespace

TEST_CASE("reper-cli reports, explain, close, exports, due and duplicates on a server equal a local file's",
          "[server][cli]")
{
    ServerCli server;
    CliRunner& cli = server.cli();
    const QString data = server.generate();
    // The same first administrator (and national coordinator) on both, who imports the same data.
    const CliResult init
        = server.as({}, cli.password(), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    INFO(init.all().toStdString());
    REQUIRE(init.exitCode == 0);
    REQUIRE(server.as(QStringLiteral("admin"), cli.password(), {QStringLiteral("import"), data}).exitCode == 0);
    REQUIRE(cli.initAndImport(data));
    Both both(server);

    const QStringList bilant = year({QStringLiteral("report"), QStringLiteral("bilant")});
    for (const QString& format :
         {QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html")})
        both.same(bilant + QStringList{QStringLiteral("--format"), format});
    both.same(bilant
              + QStringList{QStringLiteral("--center"), QStringLiteral("CR-BV"), QStringLiteral("--edition"),
                            QStringLiteral("public")});
    for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("odt"), QStringLiteral("pdf")}) {
        const auto [local, remote] = both.run(bilant
                                              + QStringList{QStringLiteral("--format"), format, QStringLiteral("--out"),
                                                            cli.dir() + QStringLiteral("/b.") + format});
        CHECK(QFileInfo(cli.dir() + QStringLiteral("/b.") + format).size() > 0);
    }
    const QStringList international = year({QStringLiteral("report"), QStringLiteral("international")});
    both.same(international);
    both.same(international + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const QStringList explain = year({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--figure"),
                                      QStringLiteral("victims_identified")});
    both.same(explain);
    both.same(explain + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});

    both.sameFile({QStringLiteral("export"), QStringLiteral("victims")}, QStringLiteral("victims.csv"));
    both.sameFile({QStringLiteral("export"), QStringLiteral("all")}, QStringLiteral("all"));
    both.sameFile({QStringLiteral("export"), QStringLiteral("contacts")}, QStringLiteral("contacts.csv"));
    both.sameFile({QStringLiteral("export"), QStringLiteral("ctdc"), QStringLiteral("--year"), QStringLiteral("2017"),
                   QStringLiteral("--k"), QStringLiteral("2")},
                  QStringLiteral("ctdc.csv"));

    const QStringList today{QStringLiteral("--today"), QStringLiteral("2017-10-01"), QStringLiteral("--days"),
                            QStringLiteral("60")};
    both.same(QStringList{QStringLiteral("due")} + today);
    both.same(QStringList{QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("csv")} + today);
    both.same({QStringLiteral("due"), QStringLiteral("rules")});
    both.same({QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("csv")});
    both.same({QStringLiteral("duplicates")});
    // Two victims merged on both (the generated data has no likely pairs; a coordinator may merge
    // any two of their scope), then undone: the same words, the same victims afterwards.
    const QString listed = cli.dir() + QStringLiteral("/codes.csv");
    REQUIRE(cli.run({QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--out"), listed}).exitCode
            == 0);
    const QStringList victimLines = fileText(listed).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(victimLines.size() >= 3);
    const QString keep = victimLines.at(1).section(QLatin1Char(','), 0, 0);
    const QString absorb = victimLines.at(2).section(QLatin1Char(','), 0, 0);
    REQUIRE(keep.startsWith(QStringLiteral("RV-")));
    REQUIRE(absorb.startsWith(QStringLiteral("RV-")));
    both.same({QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("--keep"), keep,
               QStringLiteral("--absorb"), absorb});
    both.sameFile({QStringLiteral("export"), QStringLiteral("victims")}, QStringLiteral("victims-merged.csv"));
    both.same({QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("csv")});
    both.run({QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("--keep"), keep,
              QStringLiteral("--absorb"), absorb},
             1); // merged already
    both.same({QStringLiteral("duplicates"), QStringLiteral("unmerge"), absorb});
    both.same({QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("csv")});

    // The case load of the year, its snapshot on a fixed day; one victim as the user may see them.
    const QStringList caseload{QStringLiteral("report"),     QStringLiteral("caseload"),  QStringLiteral("--from"),
                               QStringLiteral("2017-01-01"), QStringLiteral("--to"),      QStringLiteral("2017-12-31"),
                               QStringLiteral("--today"),    QStringLiteral("2017-10-01")};
    both.same(caseload + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    both.same(caseload + QStringList{QStringLiteral("--format"), QStringLiteral("txt")});
    both.same({QStringLiteral("victim"), QStringLiteral("show"), keep});
    // No centre's key was handed to the administrator: the identity is refused alike, in the same words.
    const auto [idLocal, idServer]
        = both.run({QStringLiteral("victim"), QStringLiteral("show"), keep, QStringLiteral("--identity")}, 1);
    CHECK(idLocal.err.contains(QStringLiteral("You may not see the identity of this victim.")));
    CHECK(idServer.err.toStdString() == idLocal.err.toStdString());
    // The trail's entries of one kind: the two merges and the unmerge, by code, on both.
    const auto [trailLocal, trailServer] = both.run(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("victims")});
    for (const CliResult* r : {&trailLocal, &trailServer}) {
        INFO(r->out.toStdString());
        CHECK(r->out.count(QStringLiteral("victims.merged")) == 1);
        CHECK(r->out.count(QStringLiteral("victims.unmerged")) == 1);
        CHECK(r->out.contains(keep));
    }
    // A rule changed by the administrator, then one deadline set aside: the same lists afterwards.
    both.said({QStringLiteral("due"), QStringLiteral("rule"), QStringLiteral("no_contact"), QStringLiteral("--offsets"),
               QStringLiteral("45")});
    both.same({QStringLiteral("due"), QStringLiteral("rules")});
    const auto [dueLocal, dueServer]
        = both.run({QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QString firstKey = dueLocal.out.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(','), 0, 0);
    REQUIRE_FALSE(firstKey.isEmpty());
    CHECK(dueServer.out.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(','), 0, 0) == firstKey);
    both.said({QStringLiteral("due"), QStringLiteral("dismiss"), firstKey, QStringLiteral("--reason"),
               QStringLiteral("unreachable"), QStringLiteral("--note"), QStringLiteral("synthetic note")});
    both.same({QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("csv")});
    // The population of a year (SDG 16.2.2), set, listed and removed.
    both.said({QStringLiteral("population"), QStringLiteral("set"), QStringLiteral("--year"), QStringLiteral("2017"),
               QStringLiteral("--total"), QStringLiteral("19600000"), QStringLiteral("--source"),
               QStringLiteral("INS, synthetic")});
    both.same({QStringLiteral("population"), QStringLiteral("list")});
    both.same(international);
    both.said(
        {QStringLiteral("population"), QStringLiteral("remove"), QStringLiteral("--year"), QStringLiteral("2017")});

    // Closing: the dry run's findings, then the year frozen with the same figures' hash; the closed
    // year's bilanț then comes from the frozen figures on both.
    const QStringList close = year({QStringLiteral("close")});
    const auto [dryLocal, dryServer] = both.run(close + QStringList{QStringLiteral("--dry-run")},
                                                cli.run(close + QStringList{QStringLiteral("--dry-run")}).exitCode);
    CHECK(difference(both.norm(dryServer.out), both.norm(dryLocal.out)) == "");
    const auto [closedLocal, closedServer] = both.run(close + QStringList{QStringLiteral("--force")});
    static const QRegularExpression hash(QStringLiteral("Figures SHA-256: ([0-9a-f]{64})"));
    const auto localHash = hash.match(closedLocal.out);
    REQUIRE(localHash.hasMatch());
    CHECK(hash.match(closedServer.out).captured(1).toStdString() == localHash.captured(1).toStdString());
    both.run(close + QStringList{QStringLiteral("--force")}, 1); // closed already
    both.same(bilant + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    both.same(bilant + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--current")});

    // Retention (decisions V22): the same victims found by a dry run and erased, by the administrator
    // who may read neither the records nor identity on the server; nothing left the second time; one
    // "identity.erased" per victim in each trail; the figures of the closed year as they were.
    const QStringList retention{QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--years"),
                                QStringLiteral("5")};
    both.same(retention + QStringList{QStringLiteral("--dry-run")});
    const auto [erasedLocal, erasedServer] = both.run(retention);
    const qsizetype erased = erasedLocal.out.count(QStringLiteral("RV-"));
    CHECK(erased > 0);
    CHECK(difference(erasedServer.out, erasedLocal.out) == "");
    const auto [againLocal, againServer] = both.run(retention + QStringList{QStringLiteral("--dry-run")});
    CHECK(againLocal.out.trimmed().isEmpty());
    CHECK(againServer.out.trimmed().isEmpty());
    both.same({QStringLiteral("retention"), QStringLiteral("show")});
    const auto [trailL, trailS] = both.run(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("identity")});
    CHECK(trailL.out.count(QStringLiteral("identity.erased")) == erased);
    CHECK(trailS.out.count(QStringLiteral("identity.erased")) == erased);
    both.run({QStringLiteral("audit"), QStringLiteral("verify")});
    both.same(bilant + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
}

TEST_CASE("A centre's package from a local file imported into a server gives the centre's bilant", "[server][cli]")
{
    ServerCli server;
    CliRunner& centre = server.cli(); // the centre without a connection: a local file
    REQUIRE(centre.initAndImport(dataPath(QStringLiteral("small"))));
    // Two codes of one person, joined at the centre: the package brings the merge (decisions P13).
    const QString pair = QDir(centre.dir()).filePath(QStringLiteral("pair"));
    REQUIRE(QDir().mkpath(pair));
    QFile victims(QDir(pair).filePath(QStringLiteral("victims.csv")));
    REQUIRE(victims.open(QIODevice::WriteOnly));
    victims.write("victim_code,center,sex,birth_date,birth_year,citizenship,county,notification_date,mnir_status,"
                  "scope,exploitation,exploitation_country\n"
                  "RV-P1,CR-BV,F,1991-03-03,,RO,BV,2020-02-10,identified,internal,sexual,RO\n"
                  "RV-P2,CR-BV,F,1991-03-03,,RO,BV,2020-06-10,identified,internal,labour,RO\n");
    victims.close();
    REQUIRE(centre.run({QStringLiteral("import"), pair}).exitCode == 0);
    const CliResult merged
        = centre.run({QStringLiteral("duplicates"), QStringLiteral("merge"), QStringLiteral("--keep"),
                      QStringLiteral("RV-P1"), QStringLiteral("--absorb"), QStringLiteral("RV-P2")});
    INFO(merged.all().toStdString());
    REQUIRE(merged.exitCode == 0);
    const QString hqPassword = QStringLiteral("hq-key-password-42");
    const QString base = QDir(centre.dir()).filePath(QStringLiteral("HQ"));
    const QString storePassword = centre.password();
    centre.setPassword(hqPassword);
    REQUIRE(centre.runRaw({QStringLiteral("package"), QStringLiteral("keygen"), QStringLiteral("--out"), base}).exitCode
            == 0);
    centre.setPassword(storePassword);
    const QString file = QDir(centre.dir()).filePath(QStringLiteral("CR-BV-1.reperpkg"));
    const CliResult made = centre.run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--center"),
                                       QStringLiteral("CR-BV"), QStringLiteral("--to"), base + QStringLiteral(".pub"),
                                       QStringLiteral("--out"), file});
    INFO(made.all().toStdString());
    REQUIRE(made.exitCode == 0);

    // Headquarters' store on the server, its first administrator (a national coordinator) imports.
    const CliResult init
        = server.as({}, storePassword, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    INFO(init.all().toStdString());
    REQUIRE(init.exitCode == 0);
    centre.setEnv(QStringLiteral("REPER_HQ_PASSWORD"), hqPassword);
    const QStringList importArgs{QStringLiteral("package"), QStringLiteral("import"), file, QStringLiteral("--key"),
                                 base + QStringLiteral(".key")};
    const CliResult imported = server.as(QStringLiteral("admin"), storePassword, importArgs);
    INFO(imported.all().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Package 1 of CR-BV")));
    CHECK(imported.out.contains(QStringLiteral("Merges of two victim codes: 1 added")));

    // The centre's bilanț is the same on the server as in the centre's own file.
    const QStringList bilant{QStringLiteral("report"),   QStringLiteral("bilant"),   QStringLiteral("--year"),
                             QStringLiteral("2020"),     QStringLiteral("--center"), QStringLiteral("CR-BV"),
                             QStringLiteral("--format"), QStringLiteral("json")};
    const CliResult there = centre.run(bilant);
    const CliResult here = server.as(QStringLiteral("admin"), storePassword, bilant);
    REQUIRE(there.exitCode == 0);
    REQUIRE(here.exitCode == 0);
    const QRegularExpression head(QStringLiteral("\"audit_head\": \"[^\"]*\""));
    CHECK(QString(here.out).remove(head).toStdString() == QString(there.out).remove(head).toStdString());
    CHECK(here.out.contains(QStringLiteral("\"victims_identified\"")));
    // The same package again changes nothing.
    const CliResult replay = server.as(QStringLiteral("admin"), storePassword, importArgs);
    CHECK(replay.exitCode == 1);
    CHECK(replay.err.contains(QStringLiteral("already imported")));
    // Headquarters has the centre's merge: it can undo it, and then counts the two codes apart.
    const CliResult unmerged
        = server.as(QStringLiteral("admin"), storePassword,
                    {QStringLiteral("duplicates"), QStringLiteral("unmerge"), QStringLiteral("RV-P2")});
    INFO(unmerged.all().toStdString());
    CHECK(unmerged.exitCode == 0);
    const CliResult apart = server.as(QStringLiteral("admin"), storePassword, bilant);
    REQUIRE(apart.exitCode == 0);
    CHECK(QString(apart.out).remove(head) != QString(here.out).remove(head));
    // A package is not made on a server (its centres are connected).
    const CliResult exportThere = server.as(
        QStringLiteral("admin"), storePassword,
        {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    CHECK(exportThere.exitCode == 2);
}
