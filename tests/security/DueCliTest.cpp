// reper-cli due (issue 10 §4): the list of a case worker in txt, csv and ics, the rules changed by an
// administrator only, a deadline set aside, nothing of another centre.
#include "SecurityFixture.h"
#include "core/CsvWriter.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "support/CliRunner.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kBv = QStringLiteral("CR-BV");

RecordId addVictim(Store& store, const char* code)
{
    Victim v;
    v.code = QLatin1String(code);
    v.center = kBv;
    v.sex = QStringLiteral("M");
    v.citizenship = QStringLiteral("RO");
    auto added = VictimRepository(store).add(v, {});
    REQUIRE(added.ok());
    return *added;
}

class DueCli
{
public:
    explicit DueCli(SecurityFixture& f)
        : m_store(f.path())
    {
    }
    CliResult as(const QString& user, QStringList args)
    {
        m_cli.setPassword(passwordOf(user));
        return m_cli.runRaw(QStringList{QStringLiteral("--store"), m_store, QStringLiteral("--user"), user} + args);
    }

private:
    QString m_store;
    CliRunner m_cli;
};

} // namespace

TEST_CASE("cli: due lists a case worker's deadlines as text, CSV and a calendar", "[security][deadlines][cli]")
{
    SecurityFixture f;
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        Assistance a; // open since 2025-12-01: its review was due on 2025-12-31
        a.victimId = addVictim(*op, "RV-D00002");
        a.center = kBv;
        a.service = QStringLiteral("psychological");
        a.provider = QStringLiteral("ngo");
        a.startDate = QDate(2025, 12, 1);
        REQUIRE(RecordEditor(*op).save(a).ok());
        JudicialParticipation j; // a hearing on 2026-01-20
        j.victimId = addVictim(*op, "RV-D00004");
        j.center = kBv;
        j.date = QDate(2025, 12, 5);
        j.caseRef = QStringLiteral("77/P/2025");
        j.body = QStringLiteral("court");
        j.stage = QStringLiteral("trial");
        j.role = QStringLiteral("witness");
        j.support = QStringLiteral("information");
        j.hearingDate = QDate(2026, 1, 20);
        REQUIRE(RecordEditor(*op).save(j).ok());
    }
    DueCli cli(f);
    const QStringList day{QStringLiteral("--today"), QStringLiteral("2026-01-15")};
    const CliResult text = cli.as(QStringLiteral("op_bv"), QStringList{QStringLiteral("due")} + day);
    INFO(text.all().toStdString());
    REQUIRE(text.exitCode == 0);
    const int overdue = text.out.indexOf(QLatin1String("overdue\n"));
    const int week = text.out.indexOf(QLatin1String("this week\n"));
    const int review = text.out.indexOf(QLatin1String("2025-12-31  RV-D00002"));
    const int hearing = text.out.indexOf(QLatin1String("2026-01-20  RV-D00004"));
    CHECK(overdue >= 0);
    CHECK(review > overdue);
    CHECK(week > review);
    CHECK(hearing > week);

    const CliResult csv
        = cli.as(QStringLiteral("op_bv"),
                 QStringList{QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("csv")} + day);
    REQUIRE(csv.exitCode == 0);
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(rows.first().startsWith(QLatin1String("key,due,state,victim_code,center,kind")));
    QString reviewKey;
    for (const QString& row : rows)
        if (row.contains(QLatin1String("RV-D00002"))) {
            const QStringList cells = row.split(QLatin1Char(','));
            CHECK(cells.at(1) == QStringLiteral("2025-12-31"));
            CHECK(cells.at(2) == QStringLiteral("overdue"));
            CHECK(cells.at(5) == QStringLiteral("assistance_review"));
            CHECK(cells.at(8) == QStringLiteral("op_bv"));
            reviewKey = cells.at(0);
        }
    REQUIRE_FALSE(reviewKey.isEmpty());

    const CliResult ics
        = cli.as(QStringLiteral("op_bv"),
                 QStringList{QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("ics")} + day);
    REQUIRE(ics.exitCode == 0);
    CHECK(ics.bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.bytes.endsWith("END:VCALENDAR\r\n"));
    QByteArray unfolded = ics.bytes;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded.contains("UID:" + reviewKey.toUtf8() + "@"));
    CHECK(unfolded.contains("DTSTART;VALUE=DATE:20251231\r\n"));
    CHECK(unfolded.contains("DTSTART;VALUE=DATE:20260120\r\n"));
    CHECK(unfolded.contains("DTSTAMP:20260115T120000Z\r\n"));
    CHECK(unfolded.contains("TRIGGER:-P7D\r\n")); // the hearing's reminder a week before

    // Another centre's operator sees none of it, and may not ask for CR-BV.
    const CliResult other
        = cli.as(QStringLiteral("op_cj"),
                 QStringList{QStringLiteral("due"), QStringLiteral("--days"), QStringLiteral("400")} + day);
    REQUIRE(other.exitCode == 0);
    CHECK_FALSE(other.out.contains(QLatin1String("RV-D")));
    CHECK(cli.as(QStringLiteral("op_cj"), {QStringLiteral("due"), QStringLiteral("--center"), kBv}).exitCode == 1);

    // Set aside with a reason: it goes from the list.
    const CliResult dismissed = cli.as(QStringLiteral("op_bv"),
                                       {QStringLiteral("due"), QStringLiteral("dismiss"), reviewKey,
                                        QStringLiteral("--reason"), QStringLiteral("not_applicable")});
    INFO(dismissed.all().toStdString());
    CHECK(dismissed.exitCode == 0);
    const CliResult after = cli.as(QStringLiteral("op_bv"), QStringList{QStringLiteral("due")} + day);
    CHECK_FALSE(after.out.contains(QLatin1String("RV-D00002")));
    CHECK(after.out.contains(QLatin1String("RV-D00004")));
}

TEST_CASE("cli: due rule is for administrators, and the list follows the rule", "[security][deadlines][cli]")
{
    SecurityFixture f;
    {
        auto op = f.openAs(QStringLiteral("op_bv"));
        JudicialParticipation j;
        j.victimId = addVictim(*op, "RV-D00004");
        j.center = kBv;
        j.date = QDate(2025, 12, 5);
        j.caseRef = QStringLiteral("77/P/2025");
        j.body = QStringLiteral("court");
        j.stage = QStringLiteral("trial");
        j.role = QStringLiteral("witness");
        j.support = QStringLiteral("information");
        j.hearingDate = QDate(2026, 1, 28); // 13 days after the test's today
        REQUIRE(RecordEditor(*op).save(j).ok());
    }
    DueCli cli(f);
    const QStringList list{QStringLiteral("due"), QStringLiteral("--days"), QStringLiteral("0"),
                           QStringLiteral("--today"), QStringLiteral("2026-01-15")};
    CHECK_FALSE(cli.as(QStringLiteral("op_bv"), list).out.contains(QLatin1String("RV-D00004")));
    const QStringList change{QStringLiteral("due"), QStringLiteral("rule"), QStringLiteral("hearing"),
                             QStringLiteral("--lead"), QStringLiteral("14")};
    CHECK(cli.as(QStringLiteral("op_bv"), change).exitCode == 1);
    const CliResult changed = cli.as(QStringLiteral("admin_only"), change);
    INFO(changed.all().toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(cli.as(QStringLiteral("op_bv"), list).out.contains(QLatin1String("2026-01-28  RV-D00004")));
    const CliResult rules = cli.as(QStringLiteral("op_bv"), {QStringLiteral("due"), QStringLiteral("rules")});
    CHECK(rules.out.contains(QLatin1String("hearing  judicial  0  day  14  case_worker  yes  (admin_only")));
    CHECK(cli.as(QStringLiteral("admin_only"),
                 {QStringLiteral("due"), QStringLiteral("rule"), QStringLiteral("hearing"), QStringLiteral("--offsets"),
                  QStringLiteral("-3")})
              .exitCode
          == 2);
}
