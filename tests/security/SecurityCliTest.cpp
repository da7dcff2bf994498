// The command line as each role sees it: no identity for an analyst or another centre, in
// `victim show`, the reports or the exports; imports limited to the scope; users and lockout; the
// audit head in backups and report footers.
#include "storage/engine/Database.h"
#include "storage/keys/RecoveryKey.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

class Cli
{
public:
    QString store() const { return m_cli.store(); }
    QString file(const QString& name) const { return QDir(m_cli.dir()).filePath(name); }

    CliResult as(const QString& user, const QString& password, const QStringList& args, const QString& newPassword = {})
    {
        return m_cli.runAs(user, password, args, newPassword);
    }
    // A user with their own password (the temporary one changed).
    void addUser(const QString& name, const QString& role, const QString& center)
    {
        QStringList args = {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role};
        if (!center.isEmpty())
            args << QStringLiteral("--center") << center;
        const CliResult added = as(QStringLiteral("admin"), kAdmin, args, QStringLiteral("temporary-password-1"));
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const CliResult changed = as(name, QStringLiteral("temporary-password-1"),
                                     {QStringLiteral("user"), QStringLiteral("passwd")}, passwordOf(name));
        INFO(changed.err.toStdString());
        REQUIRE(changed.exitCode == 0);
    }
    static QString passwordOf(const QString& name) { return name + QStringLiteral("-own-password"); }
    inline static const QString kAdmin = QStringLiteral("cli-test-password-1");
    // init, keeping the recovery key it prints.
    QString init()
    {
        const CliResult created
            = as({}, kAdmin, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
        REQUIRE(created.exitCode == 0);
        return created.out.trimmed();
    }
    // The first staff of a centre get its identity key from the holder of the recovery key (on
    // standard input: never an argument).
    void handOver(const QString& recoveryKey)
    {
        m_cli.setPassword(kAdmin);
        const CliResult handed
            = m_cli.run({QStringLiteral("hand-over-keys")}, (recoveryKey + QLatin1Char('\n')).toUtf8());
        INFO(handed.err.toStdString());
        REQUIRE(handed.exitCode == 0);
    }

private:
    CliRunner m_cli;
};

const QStringList kIdentity = {QStringLiteral("Testescu"), QStringLiteral("Florilor"), QStringLiteral("ghilimele")};

void checkNoIdentity(const QString& text)
{
    for (const QString& v : kIdentity) {
        INFO(v.toStdString());
        CHECK_FALSE(text.contains(v));
    }
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST_CASE("cli: an analyst and another centre see no identity anywhere", "[security][cli]")
{
    Cli cli;
    REQUIRE(cli.as({}, QStringLiteral("short-pw"),
                   {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")})
                .exitCode
            == 1);
    const QString recovery = cli.init();
    REQUIRE(cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("import"), dataPath(QStringLiteral("small"))})
                .exitCode
            == 0);
    cli.addUser(QStringLiteral("analist"), QStringLiteral("analyst"), {});
    cli.addUser(QStringLiteral("op_cj"), QStringLiteral("operator"), QStringLiteral("CR-CJ"));
    cli.addUser(QStringLiteral("coord_bv"), QStringLiteral("coordinator"), QStringLiteral("CR-BV"));
    cli.handOver(recovery);
    const auto as = [&](const QString& user, const QStringList& args) {
        return cli.as(user, user == QLatin1String("admin") ? Cli::kAdmin : Cli::passwordOf(user), args);
    };
    const QStringList show
        = {QStringLiteral("victim"), QStringLiteral("show"), QStringLiteral("RV-T00001"), QStringLiteral("--identity")};
    const QStringList txt = {QStringLiteral("report"), QStringLiteral("bilant"),   QStringLiteral("--year"),
                             QStringLiteral("2020"),   QStringLiteral("--format"), QStringLiteral("txt")};

    for (const QString& user : {QStringLiteral("analist"), QStringLiteral("op_cj")}) {
        INFO(user.toStdString());
        const CliResult shown = as(user, show);
        CHECK(shown.exitCode == 1);
        checkNoIdentity(shown.all());
        const CliResult exported = as(user,
                                      {QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--out"),
                                       cli.file(user + QStringLiteral(".csv"))});
        checkNoIdentity(exported.all() + readAll(cli.file(user + QStringLiteral(".csv"))));
        CHECK_FALSE(readAll(cli.file(user + QStringLiteral(".csv"))).contains(QStringLiteral("RV-T00001")));
        const CliResult withIdentity
            = as(user,
                 {QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--with-identity"),
                  QStringLiteral("--yes"), QStringLiteral("--out"), cli.file(QStringLiteral("id.csv"))});
        CHECK(withIdentity.exitCode == 1);
        CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("id.csv"))));
    }
    // The analyst: reports yes, exports no. Another centre's operator: not CR-BV's figures.
    const CliResult analystReport = as(QStringLiteral("analist"), txt);
    CHECK(analystReport.exitCode == 0);
    checkNoIdentity(analystReport.all());
    CHECK(as(QStringLiteral("analist"),
             {QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--out"),
              cli.file(QStringLiteral("a.csv"))})
              .exitCode
          == 1);
    CHECK(as(QStringLiteral("op_cj"), txt + QStringList{QStringLiteral("--center"), QStringLiteral("CR-BV")}).exitCode
          == 1);
    // The data-quality check of a close --dry-run names victim codes: only for who may close the scope.
    for (const auto& [user, centre] : {std::pair{"analist", "CR-BV"}, {"op_cj", "CR-CJ"}, {"coord_bv", "CR-CJ"}}) {
        INFO(user);
        const CliResult check = as(QLatin1String(user),
                                   {QStringLiteral("close"), QStringLiteral("--year"), QStringLiteral("2020"),
                                    QStringLiteral("--center"), QLatin1String(centre), QStringLiteral("--dry-run")});
        CHECK(check.exitCode == 1);
        CHECK_FALSE(check.all().contains(QStringLiteral("RV-")));
    }
    CHECK(as(QStringLiteral("coord_bv"),
             {QStringLiteral("close"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--center"),
              QStringLiteral("CR-BV"), QStringLiteral("--dry-run")})
              .exitCode
          == 0);
    // The national coordinator made by init: every record, but no identity.
    const CliResult adminShow = as(QStringLiteral("admin"), show);
    CHECK(adminShow.exitCode == 1);
    CHECK(adminShow.out.contains(QStringLiteral("RV-T00001")));
    checkNoIdentity(adminShow.all());

    // The victim's own centre coordinator sees it, on purpose, and it is recorded.
    const CliResult own = as(QStringLiteral("coord_bv"), show);
    CHECK(own.exitCode == 0);
    CHECK(own.out.contains(QStringLiteral("Testescu")));
    CHECK(as(QStringLiteral("coord_bv"),
             {QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--with-identity"),
              QStringLiteral("--out"), cli.file(QStringLiteral("bv.csv"))})
              .exitCode
          == 1);
    REQUIRE(as(QStringLiteral("coord_bv"),
               {QStringLiteral("export"), QStringLiteral("victims"), QStringLiteral("--with-identity"),
                QStringLiteral("--yes"), QStringLiteral("--out"), cli.file(QStringLiteral("bv.csv"))})
                .exitCode
            == 0);
    const QString bv = readAll(cli.file(QStringLiteral("bv.csv")));
    CHECK(bv.contains(QStringLiteral("Testescu")));
    CHECK(bv.startsWith(QStringLiteral("victim_code,center,sex,")));
    const CliResult trail = as(
        QStringLiteral("admin"),
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--record"), QStringLiteral("RV-T00001")});
    REQUIRE(trail.exitCode == 0);
    CHECK(trail.out.contains(QStringLiteral("identity.opened")));
    CHECK(trail.out.contains(QStringLiteral("\"with_identity\":true")));
    checkNoIdentity(trail.out);
    CHECK(as(QStringLiteral("analist"), {QStringLiteral("audit"), QStringLiteral("list")}).exitCode == 1);

    // An import writes only records of the user's centres.
    const CliResult imported
        = as(QStringLiteral("op_cj"),
             {QStringLiteral("import"), QStringLiteral("--dry-run"), dataPath(QStringLiteral("small"))});
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(QStringLiteral("victims.csv:2: center: CR-BV is outside your scope")));
    checkNoIdentity(imported.all());

    const CliResult verified = as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
}

TEST_CASE("cli: five wrong passwords lock the account, and backup heads anchor the trail", "[security][cli]")
{
    Cli cli;
    REQUIRE(
        cli.as({}, Cli::kAdmin, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}).exitCode
        == 0);
    const QString backup = cli.file(QStringLiteral("copy.reper"));
    const CliResult made
        = cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("backup"), QStringLiteral("--out"), backup});
    REQUIRE(made.exitCode == 0);
    CHECK(made.err.contains(QStringLiteral("head")));
    const CliResult against = cli.as(QStringLiteral("admin"), Cli::kAdmin,
                                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against"),
                                      backup + QStringLiteral(".head")});
    INFO(against.out.toStdString() << against.err.toStdString());
    CHECK(against.exitCode == 0);
    CHECK(against.out.contains(QStringLiteral("ok: the trail contains the head recorded in copy.reper.head")));
    for (int i = 1; i <= 4; ++i)
        CHECK(cli.as(QStringLiteral("admin"), QStringLiteral("wrong-password-%1").arg(i), {QStringLiteral("verify")})
                  .err.contains(QStringLiteral("Wrong user name or password")));
    const CliResult fifth
        = cli.as(QStringLiteral("admin"), QStringLiteral("wrong-password-5"), {QStringLiteral("verify")});
    CHECK(fifth.exitCode == 1);
    CHECK(fifth.err.contains(QStringLiteral("locked until")));
    const CliResult right = cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("verify")});
    CHECK(right.exitCode == 1);
    CHECK(right.err.contains(QStringLiteral("locked")));
}

TEST_CASE("cli: a report's footer carries the audit head, and a trail cut short is caught against it",
          "[security][cli]")
{
    Cli cli;
    const CliResult init
        = cli.as({}, Cli::kAdmin, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    REQUIRE(init.exitCode == 0);
    REQUIRE(cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("import"), dataPath(QStringLiteral("small"))})
                .exitCode
            == 0);
    const auto report = [&](const char* format, const QString& out) {
        const CliResult r = cli.as(QStringLiteral("admin"), Cli::kAdmin,
                                   {QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                                    QStringLiteral("2020"), QStringLiteral("--format"), QLatin1String(format),
                                    QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    };
    const QString txt = cli.file(QStringLiteral("bilant.txt"));
    const QString pdf = cli.file(QStringLiteral("bilant.pdf"));
    report("txt", txt);
    report("pdf", pdf);

    // The text's footer line names the head with the report's own entry; the PDF keeps its own.
    const QRegularExpression footer(QStringLiteral("— Generat .* · jurnal ([0-9]+):([0-9a-f]{16})\\n$"));
    const auto m = footer.match(readAll(txt));
    REQUIRE(m.hasMatch());
    const QString txtHead = m.captured(1) + QLatin1Char(':') + m.captured(2);
    const CliResult listed = cli.as(
        QStringLiteral("admin"), Cli::kAdmin,
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("report")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("bilant")));

    for (const QString& against : {txt, pdf}) {
        const CliResult v
            = cli.as(QStringLiteral("admin"), Cli::kAdmin,
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against"), against});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.exitCode == 0);
        CHECK(v.out.contains(QStringLiteral("ok: the trail contains the head recorded in ")
                             + QFileInfo(against).fileName()));
    }
    const CliResult typed
        = cli.as(QStringLiteral("admin"), Cli::kAdmin,
                 {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), txtHead});
    INFO(typed.out.toStdString() << typed.err.toStdString());
    CHECK(typed.exitCode == 0);
    CHECK(
        cli.as(QStringLiteral("admin"), Cli::kAdmin,
               {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"), QStringLiteral("jurnal")})
            .exitCode
        == 2);

    // Someone with the recovery key removes the entries from the first report on.
    const QString recovery = init.out.trimmed().section(QLatin1Char('\n'), -1).trimmed();
    const MasterKey key = storeKeyFromRecoveryKey(cli.store(), recovery);
    REQUIRE(key.isValid());
    {
        auto db = Database::open(cli.store(), key.bytes(), false);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("DROP TRIGGER audit_entry_no_delete")).ok());
        REQUIRE((*db)->exec(QStringLiteral("DELETE FROM audit_entry WHERE seq >= %1").arg(m.captured(1))).ok());
    }
    for (const QStringList& args :
         {QStringList{QStringLiteral("--against"), pdf}, QStringList{QStringLiteral("--head"), txtHead}}) {
        const CliResult v = cli.as(QStringLiteral("admin"), Cli::kAdmin,
                                   QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + args);
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.exitCode == 1);
        CHECK(v.out.contains(QStringLiteral("FAILED: ")));
    }
}

TEST_CASE("cli: user enable brings a disabled user back with a temporary password", "[security][cli]")
{
    Cli cli;
    REQUIRE(
        cli.as({}, Cli::kAdmin, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}).exitCode
        == 0);
    cli.addUser(QStringLiteral("op_bv"), QStringLiteral("operator"), QStringLiteral("CR-BV"));
    const QString op = QStringLiteral("op_bv");
    CHECK(cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("user"), QStringLiteral("enable"), op},
                 QStringLiteral("back-again-temporary"))
              .exitCode
          == 1); // not disabled
    REQUIRE(
        cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("user"), QStringLiteral("disable"), op}).exitCode
        == 0);
    CHECK(cli.as(op, Cli::passwordOf(op), {QStringLiteral("verify")}).exitCode == 1);
    const CliResult enabled
        = cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("user"), QStringLiteral("enable"), op},
                 QStringLiteral("back-again-temporary"));
    INFO(enabled.err.toStdString());
    REQUIRE(enabled.exitCode == 0);
    CHECK(enabled.err.contains(QStringLiteral("active again")));
    // The old password opens nothing; the temporary one allows only choosing a new one.
    CHECK(cli.as(op, Cli::passwordOf(op), {QStringLiteral("verify")}).exitCode == 1);
    const CliResult temporary = cli.as(op, QStringLiteral("back-again-temporary"),
                                       {QStringLiteral("victim"), QStringLiteral("show"), QStringLiteral("RV-T00001")});
    CHECK(temporary.exitCode == 1);
    REQUIRE(cli.as(op, QStringLiteral("back-again-temporary"), {QStringLiteral("user"), QStringLiteral("passwd")},
                   QStringLiteral("op-chose-a-new-one"))
                .exitCode
            == 0);
    const CliResult listed = cli.as(
        QStringLiteral("admin"), Cli::kAdmin,
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("user.enabled")});
    CHECK(listed.out.contains(op));
    CHECK(cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode
          == 0);
}

TEST_CASE("cli: export all writes the twelve files for the roles allowed, identity only on purpose",
          "[security][cli][export]")
{
    Cli cli;
    const QString recovery = cli.init();
    REQUIRE(cli.as(QStringLiteral("admin"), Cli::kAdmin, {QStringLiteral("import"), dataPath(QStringLiteral("small"))})
                .exitCode
            == 0);
    cli.addUser(QStringLiteral("analist"), QStringLiteral("analyst"), {});
    cli.addUser(QStringLiteral("coord_bv"), QStringLiteral("coordinator"), QStringLiteral("CR-BV"));
    cli.handOver(recovery);
    const auto as = [&](const QString& user, const QStringList& args) {
        return cli.as(user, user == QLatin1String("admin") ? Cli::kAdmin : Cli::passwordOf(user), args);
    };
    const auto exportAll = [&](const QString& user, const QString& folder, const QStringList& more = {}) {
        return as(
            user,
            QStringList{QStringLiteral("export"), QStringLiteral("all"), QStringLiteral("--out"), cli.file(folder)}
                + more);
    };
    const QStringList identity = {QStringLiteral("--with-identity"), QStringLiteral("--yes")};

    // Analysts see figures only; identity needs --yes, and a coordinator of the victims' own centre.
    CHECK(exportAll(QStringLiteral("analist"), QStringLiteral("a")).exitCode == 1);
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("a"))));
    CHECK(exportAll(QStringLiteral("coord_bv"), QStringLiteral("b"), {QStringLiteral("--with-identity")}).exitCode
          == 1);
    const CliResult national = exportAll(QStringLiteral("admin"), QStringLiteral("n"), identity);
    CHECK(national.exitCode == 1);
    checkNoIdentity(national.all() + readAll(cli.file(QStringLiteral("n/victims.csv"))));

    const CliResult own = exportAll(QStringLiteral("coord_bv"), QStringLiteral("bv"), identity);
    INFO(own.err.toStdString());
    REQUIRE(own.exitCode == 0);
    CHECK(QDir(cli.file(QStringLiteral("bv"))).entryList(QDir::Files).size() == 12);
    const QString bv = readAll(cli.file(QStringLiteral("bv/victims.csv")));
    CHECK(bv.contains(QStringLiteral("Testescu")));
    CHECK_FALSE(bv.contains(QStringLiteral(",CR-CJ,")));
    CHECK_FALSE(readAll(cli.file(QStringLiteral("bv/protocols.csv"))).contains(QStringLiteral("CR-CJ")));

    // The national coordinator: every centre, no identity; a folder that is not empty is refused.
    const CliResult all = exportAll(QStringLiteral("admin"), QStringLiteral("all"), {QStringLiteral("--year=2020")});
    REQUIRE(all.exitCode == 0);
    const QString victims = readAll(cli.file(QStringLiteral("all/victims.csv")));
    CHECK(victims.contains(QStringLiteral("RV-T00002,CR-B,")));
    CHECK_FALSE(victims.contains(QStringLiteral("RV-T00004"))); // identified in 2019
    checkNoIdentity(victims);
    const CliResult again = exportAll(QStringLiteral("admin"), QStringLiteral("all"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("is not empty")));
    CHECK(readAll(cli.file(QStringLiteral("all/victims.csv"))) == victims);
    CHECK(as(QStringLiteral("admin"), {QStringLiteral("export"), QStringLiteral("all")}).exitCode == 2);

    // Imported into an empty store, the folder gives the same bilanț of 2020.
    CliRunner other;
    REQUIRE(other.initAndImport(cli.file(QStringLiteral("all"))));
    const QStringList json = {QStringLiteral("report"), QStringLiteral("bilant"),   QStringLiteral("--year"),
                              QStringLiteral("2020"),   QStringLiteral("--format"), QStringLiteral("json")};
    const CliResult before = as(QStringLiteral("admin"), json);
    const CliResult after = other.run(json);
    REQUIRE(before.exitCode == 0);
    REQUIRE(after.exitCode == 0);
    QJsonObject a = QJsonDocument::fromJson(before.bytes).object();
    QJsonObject b = QJsonDocument::fromJson(after.bytes).object();
    a.remove(QStringLiteral("_report"));
    b.remove(QStringLiteral("_report"));
    CHECK(a.value(QStringLiteral("victims_identified")).toInt() > 0);
    CHECK(a == b);
}
