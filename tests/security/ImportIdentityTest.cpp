// Two rows (or a row and the store) that give one victim code different identity values: the file
// contradicting itself is an error for everyone; against the store only who may see the identity
// compares (docs/security.md §1), and nobody's value is dropped without a word.
#include "importer/Importer.h"
#include "security/SecurityFixture.h"
#include "storage/keys/IdentityVault.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QByteArray kHeader = "victim_code,center,sex,birth_date,citizenship,county,residence_env,education,"
                           "notification_date,mnir_status,scope,exploitation,last_name,first_name,cnp\n";

// A row of RV-T00001 as tests/data/small has it (person columns), with the identity given.
QByteArray knownRow(const QByteArray& date, const QByteArray& lastName, const QByteArray& firstName = "Ană")
{
    return "RV-T00001,CR-BV,F,2003-05-10,RO,BV,urban,upper_secondary," + date + ",identified,international,sexual,"
        + lastName + "," + firstName + ",\n";
}

QByteArray newRow(const QByteArray& code, const QByteArray& date, const QByteArray& lastName,
                  const QByteArray& cnp = "")
{
    return code + ",CR-BV,F,,RO,BV,,," + date + ",identified,internal,labour," + lastName + ",," + cnp + "\n";
}

ImportReport importVictims(Store& store, const QByteArray& rows, bool dryRun = false)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("victims.csv")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(kHeader + rows);
    f.close();
    return Importer(store).run(dir.path(), dryRun);
}

QStringList lines(const ImportReport& report)
{
    QStringList out;
    for (const auto& p : report.problems)
        out << p.toString();
    return out;
}

// How many tables named `name` the store has, in main or temporary: the import's working tables
// (GivenIdentityTable's and CaseStatusRule's) live only while it runs.
qint64 tablesNamed(Store& store, const char* name)
{
    const auto n = store.db().queryInt(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE name = '%1')"
                                                      " + (SELECT count(*) FROM sqlite_temp_master WHERE name = '%1')")
                                           .arg(QLatin1String(name)));
    REQUIRE(n);
    return *n;
}

} // namespace

TEST_CASE("an import of more victims than a step of its working tables' emptying judges every case and "
          "leaves no working table",
          "[security][import][cases]")
{
    // The working tables are emptied a range at a time before they go (5,000 rows a statement, so
    // that the local file's secure delete rewrites a little per statement): three steps here.
    constexpr int kVictims = 10'100;
    QByteArray rows;
    for (int i = 1; i <= kVictims; ++i)
        rows += newRow("RV-W" + QByteArray::number(i).rightJustified(5, '0'), "2019-01-15",
                       "Numetest" + QByteArray::number(i));
    SecurityFixture fx;
    auto store = fx.openAs(QStringLiteral("coord_bv"));
    const auto count = [&](const char* sql) {
        const auto n = store->db().queryInt(QString::fromLatin1(sql));
        REQUIRE(n);
        return *n;
    };

    SECTION("written")
    {
        const ImportReport report = importVictims(*store, rows);
        INFO(lines(report).mid(0, 5).join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        REQUIRE(report.written);
        CHECK(tablesNamed(*store, "import_given_identity") == 0);
        CHECK(tablesNamed(*store, "case_rule") == 0);
        // Every new case, in each range, judged by the rule: opened on its notification, closed a
        // year after nothing more was recorded (the store's clock is 2026).
        CHECK(count("SELECT count(*) FROM victim_case c JOIN victim v ON v.id = c.victim_id WHERE v.code LIKE 'RV-W%' "
                    "AND c.opened_on = '2019-01-15' AND c.status = 'closed' AND c.closed_on = '2019-01-15'")
              == kVictims);
        // The rule's changes are part of the cases' making, not one change each in the trail.
        CHECK(count("SELECT count(*) FROM audit_change WHERE tbl = 'victim_case' AND op = 'update'") == 0);
        // The next import starts with nothing given: the same names again agree with the store.
        const ImportReport again = importVictims(*store, rows.left(rows.indexOf("\n", 2000) + 1), true);
        CHECK(again.ok());
    }
    SECTION("rolled back")
    {
        const ImportReport dry = importVictims(*store, rows, true);
        REQUIRE(dry.ok());
        CHECK_FALSE(dry.written);
        CHECK(tablesNamed(*store, "import_given_identity") == 0);
        CHECK(tablesNamed(*store, "case_rule") == 0);
        CHECK(count("SELECT count(*) FROM victim WHERE code LIKE 'RV-W%'") == 0);
    }
}

TEST_CASE("one import giving one victim two identities is an error for every user", "[security][import]")
{
    SecurityFixture fx;
    for (const char* user : {"admin", "coord_nat", "coord_bv", "op_bv"}) {
        DYNAMIC_SECTION(user)
        {
            auto store = fx.openAs(QString::fromLatin1(user));
            // A new victim: the second row's name differs, the third's CNP is new.
            const ImportReport differ
                = importVictims(*store,
                                newRow("RV-N1", "2020-01-01", "Popa") + newRow("RV-N1", "2020-02-01", "Popescu")
                                    + newRow("RV-N1", "2020-03-01", "", "2900101400014"));
            INFO(lines(differ).join(QLatin1Char('\n')).toStdString());
            CHECK_FALSE(differ.written);
            REQUIRE(differ.problems.size() == 2);
            CHECK(lines(differ)[0].startsWith(QStringLiteral("victims.csv:3: last_name:")));
            CHECK(lines(differ)[0].contains(QStringLiteral("line 2")));
            CHECK(lines(differ)[1].startsWith(QStringLiteral("victims.csv:4: cnp:")));
            CHECK_FALSE(lines(differ).join(QString()).contains(QStringLiteral("Pop")));
            CHECK_FALSE(lines(differ).join(QString()).contains(QStringLiteral("2900101400014")));
            CHECK(*store->db().queryInt(QStringLiteral("SELECT count(*) FROM victim WHERE code = 'RV-N1'")) == 0);
            CHECK(tablesNamed(*store, "import_given_identity") == 0);

            // A victim already in the store, given two names by one file: the file contradicts itself
            // whether or not this user may compare with the store.
            const ImportReport twice
                = importVictims(*store, knownRow("2020-01-01", "Testescu") + knownRow("2020-02-02", "Altescu"));
            CHECK_FALSE(twice.written);
            CHECK(lines(twice).filter(QStringLiteral("victims.csv:3: last_name:")).size() == 1);

            // Rows that agree, or leave the identity out, are one person.
            const ImportReport agree
                = importVictims(*store,
                                newRow("RV-N2", "2020-01-01", "Popa") + newRow("RV-N2", "2020-02-01", "Popa")
                                    + newRow("RV-N2", "2020-03-01", ""));
            INFO(lines(agree).join(QLatin1Char('\n')).toStdString());
            CHECK(agree.ok());
            CHECK(agree.written);
            CHECK(tablesNamed(*store, "import_given_identity") == 0);
            // The next import starts with nothing given: RV-N2's name is compared with the store now
            // (by whoever may see it), not with the earlier file.
            const ImportReport next = importVictims(*store, newRow("RV-N2", "2020-04-01", "Popa"), true);
            CHECK(next.ok());
            CHECK(tablesNamed(*store, "import_given_identity") == 0);
        }
    }
}

TEST_CASE("identity for a stored victim is compared only by who may see it, and never dropped silently",
          "[security][import]")
{
    SecurityFixture fx;
    SECTION("a coordinator of the victim's centre compares and is told the columns that differ")
    {
        auto store = fx.openAs(QStringLiteral("coord_bv"));
        const ImportReport differ = importVictims(*store, knownRow("2020-03-03", "Altescu"), true);
        CHECK(lines(differ).filter(QStringLiteral("victims.csv:2: last_name:")).size() == 1);
        const ImportReport same = importVictims(*store, knownRow("2020-03-03", "Testescu"), true);
        CHECK(same.ok());
        CHECK(same.notes.isEmpty());
    }
    SECTION("a national coordinator is told the identity was neither compared nor written, whatever it is")
    {
        auto store = fx.openAs(QStringLiteral("coord_nat"));
        const ImportReport differ = importVictims(*store, knownRow("2020-03-03", "Altescu"));
        INFO(lines(differ).join(QLatin1Char('\n')).toStdString());
        REQUIRE(differ.ok());
        REQUIRE(differ.notes.size() == 1);
        CHECK(differ.notes.first().contains(QStringLiteral("victims.csv")));
        CHECK(differ.notes.first().contains(QStringLiteral("RV-T00001")));
        CHECK(differ.notes.first().contains(QStringLiteral("not written")));
        // The same note for the right name: the answer tells nothing about the stored identity.
        const ImportReport same = importVictims(*store, knownRow("2020-04-04", "Testescu"));
        REQUIRE(same.notes.size() == 1);
        CHECK(same.notes.first() == differ.notes.first());
        {
            // As the centre's coordinator reads it (identity is sealed to CR-BV's staff).
            auto own = fx.openAs(QStringLiteral("coord_bv"));
            const auto victim = own->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00001'"));
            REQUIRE(victim);
            const auto stored = own->identity().read(*victim);
            REQUIRE(stored);
            REQUIRE(stored->has_value());
            CHECK((*stored)->lastName == QStringLiteral("Testescu"));
        }
        // Rows without identity need no note.
        const ImportReport none = importVictims(*store, knownRow("2020-05-05", "", ""));
        CHECK(none.ok());
        CHECK(none.notes.isEmpty());
    }
}
