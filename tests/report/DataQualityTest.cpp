// The data-quality check before closing: blocking problems (the year not over, a record before
// the victim's birth, one CNP under two codes) and warnings, found by kind, id and victim code —
// never by name or CNP.
#include "core/Cnp.h"
#include "report/StoreFixture.h"
#include "storage/figures/DataQualityRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

const QualityFinding* find(const QList<QualityFinding>& findings, const char* code)
{
    for (const QualityFinding& f : findings)
        if (f.code == QLatin1String(code))
            return &f;
    return nullptr;
}

// A valid synthetic CNP (the check digit computed).
QString cnp(const QString& first12) { return first12 + QString::number(Cnp::checkDigit(first12)); }

QString problemFolder(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("problems"));
    QDir().mkpath(folder);
    const QString same = cnp(QStringLiteral("290010112345"));
    QFile v(folder + QStringLiteral("/victims.csv"));
    REQUIRE(v.open(QIODevice::WriteOnly));
    v.write(QStringLiteral("victim_code,center,sex,birth_date,citizenship,county,notification_date,mnir_status,scope,"
                           "exploitation,exploitation_country,last_name,cnp\n"
                           "RV-Q1,CR-IS,F,2019-06-01,RO,IS,2020-01-10,identified,internal,sexual,RO,Test,\n"
                           "RV-Q2,CR-IS,F,1990-01-01,RO,IS,2020-02-10,identified,internal,sexual,RO,Test,%1\n"
                           "RV-Q3,CR-IS,F,1990-01-01,RO,B,2020-03-10,identified,internal,sexual,,Test,%1\n"
                           "RV-Q4,CR-B,M,1985-05-05,RO,B,2020-04-10,identified,internal,labour,IT,,\n"
                           "RV-Q5,CR-B,M,1985-05-05,RO,B,2020-05-10,identified,internal,labour,IT,,\n")
                .arg(same)
                .toUtf8());
    v.close();
    QFile a(folder + QStringLiteral("/assistance.csv"));
    REQUIRE(a.open(QIODevice::WriteOnly));
    a.write("victim_code,center,service,provider,start_date,end_date\n"
            "RV-Q1,CR-IS,shelter,anitp,2019-01-01,2020-02-01\n"
            "RV-Q4,CR-B,legal,ngo,2017-03-01,\n");
    return folder;
}

} // namespace

TEST_CASE("Data quality: blocking problems and warnings of a year", "[report][quality]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    QTemporaryDir dir;
    const QString problems = s.import(problemFolder(dir));
    REQUIRE(problems.isEmpty());
    // The CNP is sealed: the same CNP is found through its keyed token, written by the centre's
    // staff (here: with the recovery key), and within one centre only.
    s.indexNames();
    DataQualityRepository quality(s.store());
    const auto findings = quality.check(2020, Scope::national(), QDate(2026, 1, 15));
    REQUIRE(findings);
    INFO(formatFindings(*findings).toStdString());

    const QualityFinding* birth = find(*findings, "dated_before_birth");
    REQUIRE(birth);
    CHECK(birth->isBlocking());
    CHECK(birth->examples.join(QString()).contains(QStringLiteral("assistance #")));
    CHECK(birth->examples.join(QString()).contains(QStringLiteral("(RV-Q1)")));

    const QualityFinding* duplicate = find(*findings, "duplicate_cnp");
    REQUIRE(duplicate);
    CHECK(duplicate->isBlocking());
    // The store's administrator is a national coordinator, who sees no identity: the group (two
    // victims of CR-IS) is counted, but a CNP links no codes for them (DataQualityScopeTest has the rest).
    REQUIRE(duplicate->examples.size() == 1);
    CHECK(duplicate->examples.first().contains(QStringLiteral("2 victims of CR-IS")));
    CHECK_FALSE(duplicate->examples.first().contains(QStringLiteral("RV-")));

    const QualityFinding* alike = find(*findings, "possible_duplicate");
    REQUIRE(alike);
    CHECK_FALSE(alike->isBlocking());
    CHECK(alike->examples.contains(QStringLiteral("RV-Q4 = RV-Q5")));

    const QualityFinding* country = find(*findings, "identification_without_country");
    REQUIRE(country);
    CHECK(country->examples.join(QString()).contains(QStringLiteral("(RV-Q3)")));
    CHECK(find(*findings, "activity_without_campaign")); // the online activity of the small fixture
    const QualityFinding* open = find(*findings, "assistance_open_long");
    REQUIRE(open); // RV-Q4's legal counselling, open since 2017
    CHECK(open->examples.join(QString()).contains(QStringLiteral("(RV-Q4)")));
    const QualityFinding* early = find(*findings, "before_notification");
    REQUIRE(early);
    CHECK(early->examples.join(QString()).contains(QStringLiteral("(RV-Q1)")));

    // Blocking first; the text names codes and ids, never the CNP.
    CHECK(findings->first().isBlocking());
    const QString text = formatFindings(*findings);
    CHECK(text.contains(QStringLiteral("BLOCKING duplicate_cnp (1)")));
    CHECK_FALSE(text.contains(cnp(QStringLiteral("290010112345"))));
    CHECK_FALSE(text.contains(QStringLiteral("Test")));
}

TEST_CASE("Data quality: a year not over blocks — a clean centre has nothing blocking", "[report][quality]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    DataQualityRepository quality(s.store());
    const auto current = quality.check(2026, Scope::national(), QDate(2026, 1, 15));
    REQUIRE(current);
    REQUIRE(find(*current, "year_not_over"));
    CHECK(find(*current, "year_not_over")->isBlocking());
    const auto centre = quality.check(2020, Scope::ofCenter(QStringLiteral("CR-BV")), QDate(2026, 1, 15));
    REQUIRE(centre);
    for (const QualityFinding& f : *centre)
        CHECK_FALSE(f.isBlocking());
    CHECK_FALSE(quality.check(2020, Scope::ofCenter(QStringLiteral("CR-ZZ")), QDate(2026, 1, 15)));
}
