// Duplicates across centres (issue 10 §5, security.md §3.9): the pairs that must be found and those
// that must not, through the match hashes the centres' staff write; and the scope — an operator or
// a centre's coordinator never sees a pair's other half from another centre, a national coordinator
// sees the pairs across centres, never a name or a CNP; analysts and administrators see none.
#include "core/Cnp.h"
#include "importer/Importer.h"
#include "security/SecurityFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/duplicates/DuplicateRepository.h"
#include "storage/keys/IdentityCipher.h"
#include "storage/keys/IdentityVault.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QString cnp(const QString& first12) { return first12 + QString::number(Cnp::checkDigit(first12)); }

// As admin (who holds no centre key: the rows are sealed, not indexed), then indexed by each
// centre's operator at their sign-in.
void importPeople(SecurityFixture& fx)
{
    {
        auto admin = fx.openAs(QStringLiteral("admin"));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("victims.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString same = cnp(QStringLiteral("291030312345"));
        f.write(QStringLiteral(
                    "victim_code,center,sex,birth_date,birth_year,citizenship,county,notification_date,mnir_status,"
                    "scope,exploitation,exploitation_country,cnp,last_name,first_name\n"
                    // The same CNP in two centres, under other names.
                    "RV-C1,CR-BV,M,1991-03-03,,RO,CJ,2020-01-10,identified,internal,sexual,RO,%1,Vasilescu,Dan\n"
                    "RV-C2,CR-CJ,M,1991-03-03,,RO,CJ,2022-01-10,identified,internal,sexual,RO,%1,Vasilache,Dan\n"
                    // Last and first name transposed, within CR-BV.
                    "RV-N1,CR-BV,F,1990-02-02,,RO,BV,2020-02-10,identified,internal,sexual,RO,,Ionescu,Maria\n"
                    "RV-N2,CR-BV,F,1990-02-02,,RO,BV,2021-02-10,identified,internal,sexual,RO,,Maria,Ionescu\n"
                    // Diacritics, and a birth year against a full date, across centres.
                    "RV-S1,CR-BV,F,1988-04-04,,RO,CJ,2020-03-10,identified,internal,labour,RO,,Știrbu,Elena\n"
                    "RV-S2,CR-CJ,F,,1988,RO,CJ,2023-03-10,identified,internal,labour,RO,,Stirbu,Elena\n"
                    // Alike but not one person: another date, sex, county, first name; one name alone.
                    "RV-X1,CR-BV,F,1985-01-01,,RO,BV,2020-04-10,identified,internal,sexual,RO,,Popescu,Ana\n"
                    "RV-X2,CR-BV,F,1985-01-02,,RO,BV,2020-05-10,identified,internal,sexual,RO,,Popescu,Ana\n"
                    "RV-X3,CR-CJ,M,1985-01-01,,RO,BV,2020-06-10,identified,internal,sexual,RO,,Popescu,Ana\n"
                    "RV-X4,CR-CJ,F,1985-01-01,,RO,AB,2020-07-10,identified,internal,sexual,RO,,Popescu,Ana\n"
                    "RV-X5,CR-CJ,F,1985-01-01,,RO,BV,2020-08-10,identified,internal,sexual,RO,,Popescu,Ioana\n"
                    "RV-X6,CR-BV,F,1987-07-07,,RO,BV,2020-09-10,identified,internal,sexual,RO,,Ana,\n"
                    "RV-X7,CR-CJ,F,1987-07-07,,RO,BV,2020-10-10,identified,internal,sexual,RO,,Ana,\n")
                    .arg(same)
                    .toUtf8());
        f.close();
        const ImportReport report = Importer(*admin).run(dir.path(), false);
        INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
        REQUIRE(report.ok());
        CHECK(*admin->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_match")) == 0);
    }
    fx.openAs(QStringLiteral("op_bv")); // makes the match key, seals it to every centre, indexes CR-BV
    fx.openAs(QStringLiteral("op_cj")); // opens it from CR-CJ's copy, indexes CR-CJ
}

QStringList pairsOf(Store& store, const QString& center = {})
{
    auto pairs = DuplicateRepository(store).find(center);
    REQUIRE(pairs);
    QStringList out;
    for (const DuplicatePair& p : *pairs)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(p.first.code, p.second.code, DuplicateScore::ruleCode(p.match.rule))
                   .arg(p.match.score);
    return out;
}

} // namespace

TEST_CASE("the names a match hash is made of: folded, split, in order", "[security][duplicates]")
{
    using IdentityCipher::matchNameText;
    CHECK(matchNameText(QStringLiteral("Ionescu"), QStringLiteral("Maria"))
          == matchNameText(QStringLiteral("Maria"), QStringLiteral("Ionescu")));
    CHECK(matchNameText(QStringLiteral("Știrbu"), QStringLiteral("Elena"))
          == matchNameText(QStringLiteral("STIRBU"), QStringLiteral("elena")));
    CHECK(matchNameText(QStringLiteral("Ionescu Maria"), QString())
          == matchNameText(QStringLiteral("Ionescu"), QStringLiteral("Maria")));
    CHECK(matchNameText(QStringLiteral("Pop-Ionescu"), QStringLiteral("Ana"))
          == matchNameText(QStringLiteral("Pop Ionescu"), QStringLiteral("Ana")));
    CHECK(matchNameText(QStringLiteral("Popescu"), QStringLiteral("Ana"))
          != matchNameText(QStringLiteral("Popescu"), QStringLiteral("Ioana")));
    CHECK(matchNameText(QStringLiteral("Ana"), QString()).isEmpty());
}

TEST_CASE("duplicates: the pairs that must be found and those that must not, within each scope",
          "[security][duplicates]")
{
    SecurityFixture fx;
    importPeople(fx);

    auto national = fx.openAs(QStringLiteral("coord_nat"));
    const QStringList all = pairsOf(*national);
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all
          == QStringList{QStringLiteral("RV-C1 RV-C2 cnp 100"), QStringLiteral("RV-N1 RV-N2 name_birth_date 90"),
                         QStringLiteral("RV-S1 RV-S2 name_birth_year 70")});
    // Narrowed to one centre: the pairs with a victim of it, across centres included.
    CHECK(pairsOf(*national, QStringLiteral("CR-CJ"))
          == QStringList{QStringLiteral("RV-C1 RV-C2 cnp 100"), QStringLiteral("RV-S1 RV-S2 name_birth_year 70")});
    auto pairs = DuplicateRepository(*national).find();
    REQUIRE(pairs);
    REQUIRE(pairs->size() == 3);
    CHECK(pairs->at(0).crossesCentres());
    CHECK_FALSE(pairs->at(1).crossesCentres());
    national.reset();

    // A centre's staff: the pairs of their centre only, never the other half in another centre.
    for (const char* user : {"op_bv", "coord_bv"}) {
        auto store = fx.openAs(QString::fromLatin1(user));
        INFO(user);
        CHECK(pairsOf(*store) == QStringList{QStringLiteral("RV-N1 RV-N2 name_birth_date 90")});
        CHECK(pairsOf(*store, QStringLiteral("CR-BV"))
              == QStringList{QStringLiteral("RV-N1 RV-N2 name_birth_date 90")});
        CHECK_FALSE(DuplicateRepository(*store).find(QStringLiteral("CR-CJ")));
    }
    {
        auto store = fx.openAs(QStringLiteral("op_cj"));
        CHECK(pairsOf(*store).isEmpty());
    }
    for (const char* user : {"analyst_nat", "analyst_bv", "admin_only"}) {
        auto store = fx.openAs(QString::fromLatin1(user));
        INFO(user);
        CHECK_FALSE(DuplicateRepository(*store).find());
    }

    // Each search is in the trail, with counts only.
    auto admin = fx.openAs(QStringLiteral("admin"));
    auto entries = admin->audit().list(AuditFilter::forAction(AuditAction::DuplicatesSearched));
    REQUIRE(entries);
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->first().userName == QStringLiteral("coord_nat")); // oldest first: the national search
    CHECK(entries->first().detail == QStringLiteral("{\"across_centres\":2,\"pairs\":3}"));
}

TEST_CASE("a victim whose identity changes leaves its pair — one whose identity is erased too",
          "[security][duplicates]")
{
    SecurityFixture fx;
    importPeople(fx);
    {
        auto op = fx.openAs(QStringLiteral("op_bv"));
        const auto id = op->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-N2'"));
        REQUIRE(id);
        VictimIdentity other;
        other.lastName = QStringLiteral("Marinescu");
        other.firstName = QStringLiteral("Ioana");
        REQUIRE(op->identity().write(*id, *op->reference().centerId(QStringLiteral("CR-BV")), other));
        const auto c1 = op->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-C1'"));
        REQUIRE(c1);
        REQUIRE(op->identity().write(*c1, *op->reference().centerId(QStringLiteral("CR-BV")), VictimIdentity()));
    }
    auto national = fx.openAs(QStringLiteral("coord_nat"));
    CHECK(pairsOf(*national) == QStringList{QStringLiteral("RV-S1 RV-S2 name_birth_year 70")});
}

TEST_CASE("reper-cli duplicates: codes and rules in txt and csv, within the scope, no identity",
          "[security][duplicates][cli]")
{
    SecurityFixture fx;
    importPeople(fx);
    fx.temp().close();
    CliRunner cli;
    REQUIRE(QFile::copy(fx.path(), cli.store()));
    REQUIRE(QFile::copy(fx.path() + QStringLiteral(".keys"), cli.store() + QStringLiteral(".keys")));
    const auto as = [&](const char* user, const QStringList& args) {
        const QString name = QString::fromLatin1(user);
        return cli.runAs(name, passwordOf(name), args);
    };
    const auto csv = as("coord_nat", {QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("score,rule,victim,center,other_victim,other_center,across")));
    CHECK(lines[1].startsWith(QStringLiteral("100,cnp,RV-C1,CR-BV,RV-C2,CR-CJ,yes,M,1991-03-03,CJ")));
    CHECK(lines[3].startsWith(
        QStringLiteral("70,name_birth_year,RV-S1,CR-BV,RV-S2,CR-CJ,yes,F,1988-04-04,CJ,F,1988,CJ")));
    const auto txt
        = as("coord_nat", {QStringLiteral("duplicates"), QStringLiteral("--center"), QStringLiteral("CR-BV")});
    REQUIRE(txt.exitCode == 0);
    CHECK(txt.out.contains(QStringLiteral("3 pair(s), 2 across centres")));
    for (const QString& out : {csv.out, txt.out})
        for (const char* identity : {"Ionescu", "Maria", "tirbu", "Vasil", "291030312345"})
            CHECK_FALSE(out.contains(QLatin1String(identity), Qt::CaseInsensitive));

    const auto op = as("op_bv", {QStringLiteral("duplicates")});
    REQUIRE(op.exitCode == 0);
    CHECK(op.out.contains(QStringLiteral("RV-N1")));
    CHECK_FALSE(op.out.contains(QStringLiteral("RV-C2")));
    CHECK_FALSE(op.out.contains(QStringLiteral("RV-S2")));
    CHECK(as("op_bv", {QStringLiteral("duplicates"), QStringLiteral("--center"), QStringLiteral("CR-CJ")}).exitCode
          == 1);
    CHECK(as("op_bv", {QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);
    CHECK(as("analyst_nat", {QStringLiteral("duplicates")}).exitCode == 1);
}
