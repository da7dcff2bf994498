// The data-quality check before closing (close --dry-run, the window's "Check the data") names
// victim codes: it needs the right to close the scope, finds nothing outside it, and never links
// codes through a CNP for a user who may not see those victims' identity.
#include "core/Cnp.h"
#include "importer/Importer.h"
#include "report/YearClosing.h"
#include "security/SecurityFixture.h"
#include "storage/figures/DataQualityRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QString cnp(const QString& first12) { return first12 + QString::number(Cnp::checkDigit(first12)); }

// As admin: two CR-BV victims with one CNP, a CR-BV and a CR-CJ victim with another, and a CR-BV
// and a CR-CJ victim alike by birth date, sex and county.
void importDuplicates(SecurityFixture& fx)
{
    auto admin = fx.openAs(QStringLiteral("admin"));
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("victims.csv")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QString within = cnp(QStringLiteral("290020212345"));
    const QString across = cnp(QStringLiteral("290030312345"));
    f.write(QStringLiteral("victim_code,center,sex,birth_date,citizenship,county,notification_date,mnir_status,scope,"
                           "exploitation,exploitation_country,cnp\n"
                           "RV-D1,CR-BV,F,1990-02-02,RO,BV,2020-01-10,identified,internal,sexual,RO,%1\n"
                           "RV-D2,CR-BV,F,1990-02-02,RO,BV,2020-02-10,identified,internal,sexual,RO,%1\n"
                           "RV-D3,CR-BV,M,1991-03-03,RO,BV,2020-03-10,identified,internal,sexual,RO,%2\n"
                           "RV-D4,CR-CJ,M,1991-03-03,RO,CJ,2020-04-10,identified,internal,sexual,RO,%2\n"
                           "RV-D5,CR-BV,M,1985-05-05,RO,AB,2020-05-10,identified,internal,labour,RO,\n"
                           "RV-D6,CR-CJ,M,1985-05-05,RO,AB,2020-06-10,identified,internal,labour,RO,\n")
                .arg(within, across)
                .toUtf8());
    f.close();
    const ImportReport report = Importer(*admin).run(dir.path(), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
}

const QualityFinding* find(const QList<QualityFinding>& findings, const char* code)
{
    for (const QualityFinding& f : findings)
        if (f.code == QLatin1String(code))
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("the data-quality check needs the right to close the scope", "[security][quality]")
{
    SecurityFixture fx;
    importDuplicates(fx);
    const QDate today(2026, 1, 15);
    for (const char* user : {"op_bv", "analyst_bv", "analyst_nat", "admin_only"}) {
        auto store = fx.openAs(QString::fromLatin1(user));
        INFO(user);
        CHECK_FALSE(DataQualityRepository(*store).check(2020, Scope::ofCenter(QStringLiteral("CR-BV")), today));
        CHECK_FALSE(DataQualityRepository(*store).check(2020, Scope::national(), today));
        // What `close --dry-run` and the window's check call.
        const auto dryRun = checkYearClosing(*store, 2020, QStringLiteral("CR-BV"), true, false);
        REQUIRE_FALSE(dryRun);
        CHECK_FALSE(dryRun.error().message.contains(QStringLiteral("RV-")));
    }
    auto coordinator = fx.openAs(QStringLiteral("coord_bv"));
    CHECK_FALSE(DataQualityRepository(*coordinator).check(2020, Scope::ofCenter(QStringLiteral("CR-CJ")), today));
    CHECK_FALSE(DataQualityRepository(*coordinator).check(2020, Scope::national(), today));
    CHECK_FALSE(checkYearClosing(*coordinator, 2020, QStringLiteral("CR-CJ"), true, false));
    CHECK(DataQualityRepository(*coordinator).check(2020, Scope::ofCenter(QStringLiteral("CR-BV")), today));
}

TEST_CASE("every finding stays in the scope, and a CNP links codes only for who may see identity",
          "[security][quality]")
{
    SecurityFixture fx;
    importDuplicates(fx);
    const QDate today(2026, 1, 15);

    SECTION("a coordinator of CR-BV: CR-BV's own duplicates by code, nothing of CR-CJ")
    {
        auto store = fx.openAs(QStringLiteral("coord_bv"));
        const auto findings
            = DataQualityRepository(*store).check(2020, Scope::ofCenter(QStringLiteral("CR-BV")), today);
        REQUIRE(findings);
        const QString all = formatFindings(*findings);
        INFO(all.toStdString());
        const QualityFinding* cnpGroups = find(*findings, "duplicate_cnp");
        REQUIRE(cnpGroups);
        CHECK(cnpGroups->count == 1);
        CHECK(cnpGroups->examples == QStringList{QStringLiteral("RV-D1 = RV-D2")});
        // The data-quality page's lines: the group, with its codes to open.
        REQUIRE(cnpGroups->records.size() == 1);
        CHECK(cnpGroups->records[0].groupCodes == QStringList{QStringLiteral("RV-D1"), QStringLiteral("RV-D2")});
        // RV-D3's twin is CR-CJ's RV-D4, RV-D5's look-alike CR-CJ's RV-D6: outside the scope.
        CHECK_FALSE(all.contains(QStringLiteral("RV-D4")));
        CHECK_FALSE(all.contains(QStringLiteral("RV-D6")));
        CHECK_FALSE(all.contains(QStringLiteral("RV-D3")));
        CHECK_FALSE(all.contains(QStringLiteral("RV-D5")));
        CHECK_FALSE(all.contains(QStringLiteral("CR-CJ")));
    }
    SECTION("a national coordinator: every group counted, but no codes linked through a CNP")
    {
        // The import was the administrator's, who holds no centre key: the CNPs' keyed tokens are
        // written at the next sign-in of each centre's staff (security.md §3.2).
        fx.openAs(QStringLiteral("coord_bv"));
        fx.openAs(QStringLiteral("op_cj"));
        auto store = fx.openAs(QStringLiteral("coord_nat"));
        const auto findings = DataQualityRepository(*store).check(2020, Scope::national(), today);
        REQUIRE(findings);
        const QString all = formatFindings(*findings);
        INFO(all.toStdString());
        const QualityFinding* cnpGroups = find(*findings, "duplicate_cnp");
        REQUIRE(cnpGroups);
        CHECK(cnpGroups->isBlocking());
        // Within CR-BV only: a CNP's token is keyed per centre, so RV-D3 (CR-BV) and RV-D4 (CR-CJ) are
        // not linked at all, by design (decisions.md K4).
        CHECK(cnpGroups->count == 1);
        for (const QString& example : cnpGroups->examples)
            CHECK_FALSE(example.contains(QStringLiteral("RV-")));
        // Nor do the page's lines name them, or let them be opened.
        REQUIRE(cnpGroups->records.size() == 1);
        CHECK(cnpGroups->records[0].groupCodes.isEmpty());
        CHECK_FALSE(cnpGroups->records[0].victimCode.contains(QStringLiteral("RV-")));
        CHECK(cnpGroups->examples.join(QString()).contains(QStringLiteral("CR-BV")));
        CHECK_FALSE(cnpGroups->examples.join(QString()).contains(QStringLiteral("CR-CJ")));
        // Birth date, sex and county are record fields this user reads: those groups keep their codes.
        const QualityFinding* alike = find(*findings, "possible_duplicate");
        REQUIRE(alike);
        CHECK(alike->examples.contains(QStringLiteral("RV-D5 = RV-D6")));
    }
}
