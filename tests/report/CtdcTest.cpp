// The CTDC case file (export ctdc): k-anonymity checked by brute force over every combination of
// the quasi-identifiers in the file; a data set where suppressing the rare values alone would still
// single a person out; k = 1 gives every victim with the bilanț's own counts; nothing in the file
// is a code, a name, a CNP, a date or free text; the export is recorded in the audit trail.
#include "core/InternationalCodes.h"
#include "report/CtdcCaseFile.h"
#include "report/ReportSource.h"
#include "report/StoreFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/FiguresRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <climits>

using namespace reper;

namespace {

struct Csv
{
    QStringList header;
    QList<QStringList> rows;
    int column(const QString& name) const { return int(header.indexOf(name)); }
};

// The file as written (RFC 4180: quotes only around a cell with a comma or a quote).
Csv parse(const QByteArray& bytes)
{
    Csv csv;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        const QString& line = lines[i];
        for (int c = 0; c < line.size(); ++c) {
            const QChar ch = line[c];
            if (quoted) {
                if (ch == QLatin1Char('"') && c + 1 < line.size() && line[c + 1] == QLatin1Char('"')) {
                    cell += ch;
                    ++c;
                } else if (ch == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    cell += ch;
                }
            } else if (ch == QLatin1Char('"')) {
                quoted = true;
            } else if (ch == QLatin1Char(',')) {
                cells << cell;
                cell.clear();
            } else {
                cell += ch;
            }
        }
        cells << cell;
        if (i == 0)
            csv.header = cells;
        else
            csv.rows << cells;
    }
    return csv;
}

// The smallest group of rows sharing a combination, over every subset of the quasi-identifiers
// (each subset's groups are unions of the full combination's, so this also checks the whole).
int smallestGroup(const Csv& csv)
{
    const auto qis = CtdcCaseFile::quasiIdentifierColumns();
    int smallest = INT_MAX;
    for (int subset = 1; subset < (1 << qis.size()); ++subset) {
        QHash<QString, int> groups;
        for (const QStringList& row : csv.rows) {
            QStringList key;
            for (int q = 0; q < qis.size(); ++q) {
                if (!(subset & (1 << q)))
                    continue;
                for (const QString& column : qis[q].second)
                    key << row.value(csv.column(column));
            }
            groups[key.join(QChar(0x1f))] += 1;
        }
        for (int n : groups)
            smallest = std::min(smallest, n);
    }
    return csv.rows.isEmpty() ? 0 : smallest;
}

QMap<QString, int> countsOf(const Csv& csv, const QString& column)
{
    QMap<QString, int> out;
    for (const QStringList& row : csv.rows)
        out[row.value(csv.column(column))] += 1;
    return out;
}

// victims.csv rows: `n` victims alike, and one that is like no other.
QString writeRareFolder(const QString& dir, int n)
{
    const QString folder = dir + QStringLiteral("/rare");
    QDir().mkpath(folder);
    QFile f(folder + QStringLiteral("/victims.csv"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray csv = "victim_code,center,sex,birth_date,birth_year,citizenship,county,residence_env,education,"
                     "notification_date,identification_date,mnir_status,institution,scope,exploitation,"
                     "primary_exploitation,attempt,exploitation_country,recruitment,recruiter_relation,last_name,"
                     "first_name,cnp,address,phone,notes\n";
    for (int i = 1; i <= n; ++i)
        csv += QStringLiteral("RV-K%1,CR-B,F,,1998,RO,B,urban,upper_secondary,2020-03-%2,,identified,police,"
                              "international,sexual,sexual,no,IT,job_offer,friend,,,,,,\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    csv += "RV-KRARE1,CR-B,M,1960-05-05,,NG,B,rural,none,2020-07-07,,identified,ngo,international,labour,labour,no,"
           "ES,abduction,relative,,,,,,\n";
    f.write(csv);
    return folder;
}

void checkVocabulary(const Csv& csv)
{
    // Every column holds values of a fixed list or ISO codes: no free text can be there.
    QSet<QString> allowed{International::missing(),
                          QStringLiteral("0"),
                          QStringLiteral("1"),
                          QStringLiteral("Female"),
                          QStringLiteral("Male"),
                          QStringLiteral("Minor"),
                          QStringLiteral("Adult"),
                          QStringLiteral("Case Management"),
                          QStringLiteral("RO"),
                          QStringLiteral("EU"),
                          QStringLiteral("NONEU"),
                          QStringLiteral("Other EU"),
                          QStringLiteral("Europe (non-EU)"),
                          QStringLiteral("Africa"),
                          QStringLiteral("Americas"),
                          QStringLiteral("Asia"),
                          QStringLiteral("Oceania"),
                          QStringLiteral("Antarctica"),
                          QStringLiteral("Intimate Partner"),
                          QStringLiteral("Friend"),
                          QStringLiteral("Family/Relative"),
                          QStringLiteral("Other"),
                          QStringLiteral("Unknown")};
    for (const char* band : {"0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"})
        allowed.insert(QLatin1String(band));
    const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
    const QRegularExpression kinds(QStringLiteral(
        "^(Forced labour|Sexual exploitation|Forced marriage|Organ removal|Slavery and similar practices|Other)"
        "(; (Forced labour|Sexual exploitation|Forced marriage|Organ removal|Slavery and similar practices|Other))*$"));
    const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d$"));
    for (const QStringList& row : csv.rows) {
        for (int c = 0; c < row.size(); ++c) {
            const QString& v = row[c];
            INFO(csv.header.value(c).toStdString() << " = " << v.toStdString());
            if (csv.header.value(c) == QLatin1String("yearOfRegistration"))
                CHECK(year.match(v).hasMatch());
            else if (csv.header.value(c) == QLatin1String("typeOfExploitConcatenated"))
                CHECK((v == International::missing() || kinds.match(v).hasMatch()));
            else
                CHECK((allowed.contains(v) || iso.match(v).hasMatch()));
        }
    }
}

} // namespace

TEST_CASE("CTDC: every combination of the quasi-identifiers is shared by k rows (brute force)", "[report][ctdc]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    for (int year : {2019, 2020}) {
        for (int k : {2, 3, 5, 11}) {
            INFO(year << " k=" << k);
            auto file = exportCtdc(s.store(), {year, {}, k, QStringLiteral("ctdc.csv")});
            REQUIRE(file);
            const Csv csv = parse(file->csv());
            CHECK(csv.header == CtdcCaseFile::columns());
            CHECK(csv.rows.size() + file->suppressed == file->victims);
            if (!csv.rows.isEmpty()) {
                CHECK(smallestGroup(csv) >= k);
                CHECK(file->smallestClass >= k);
            }
            checkVocabulary(csv);
            CHECK(file->summary().contains(QStringLiteral("left out: %1").arg(file->suppressed)));
        }
    }
}

TEST_CASE("CTDC: a rare person is not singled out where suppressing their rare values would", "[report][ctdc]")
{
    QTemporaryDir dir;
    test::ImportedStore s(writeRareFolder(dir.path(), 30));
    // Naive suppression: every value rarer than k in its column becomes -99. The rare person's row
    // is then the only one with -99 there: still a group of one.
    auto full = exportCtdc(s.store(), {2020, {}, 1, {}});
    REQUIRE(full);
    Csv naive = parse(full->csv());
    REQUIRE(naive.rows.size() == 31);
    for (int c = 0; c < naive.header.size(); ++c) {
        const QMap<QString, int> counts = countsOf(naive, naive.header[c]);
        for (QStringList& row : naive.rows)
            if (counts.value(row[c]) < 11)
                row[c] = International::missing();
    }
    CHECK(smallestGroup(naive) == 1);

    auto file = exportCtdc(s.store(), {2020, {}, 11, {}});
    REQUIRE(file);
    const Csv csv = parse(file->csv());
    CHECK(smallestGroup(csv) >= 11);
    CHECK(csv.rows.size() == 30);
    CHECK(file->suppressed == 1);
    const QString text = QString::fromUtf8(file->csv());
    for (const char* rare : {"Male", "NG", "Africa", "ES", "48+", "Family/Relative"})
        CHECK_FALSE(text.contains(QLatin1String(rare)));
    // What was left out is counted, never described.
    CHECK_FALSE(file->summary().contains(QStringLiteral("NG")));
    CHECK_FALSE(file->summary().contains(QStringLiteral("Male")));
}

TEST_CASE("CTDC: k = 1 writes every victim identified, with the bilanț's counts", "[report][ctdc]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    for (int year : {2019, 2020}) {
        auto figures = FiguresRepository(s.store()).compute(year);
        REQUIRE(figures);
        auto file = exportCtdc(s.store(), {year, {}, 1, {}});
        REQUIRE(file);
        const Csv csv = parse(file->csv());
        CHECK(csv.rows.size() == figures->victimsIdentified);
        CHECK(file->suppressed == 0);
        const auto qis = CtdcCaseFile::quasiIdentifiers();
        REQUIRE(file->released.size() == int(qis.size()));
        for (int q = 0; q < file->released.size(); ++q)
            CHECK(file->released[q].second == qis[size_t(q)].levels.first()); // nothing generalised
        const auto b = figures->breakdowns;
        const QMap<QString, int> gender = countsOf(csv, QStringLiteral("gender"));
        CHECK(gender.value(QStringLiteral("Female")) == b.value(QStringLiteral("sex")).value(QStringLiteral("F")));
        CHECK(gender.value(QStringLiteral("Male")) == b.value(QStringLiteral("sex")).value(QStringLiteral("M")));
        const QMap<QString, int> majority = countsOf(csv, QStringLiteral("majorityStatus"));
        const auto minorAdult = b.value(QStringLiteral("minor_adult"));
        CHECK(majority.value(QStringLiteral("Minor")) == minorAdult.value(QStringLiteral("minor")));
        CHECK(majority.value(QStringLiteral("Adult")) == minorAdult.value(QStringLiteral("adult")));
        CHECK(majority.value(International::missing()) == minorAdult.value(QStringLiteral("unknown")));
        const QMap<QString, int> country = countsOf(csv, QStringLiteral("CountryOfExploitation"));
        for (auto it = b.value(QStringLiteral("exploitation_country")).constBegin();
             it != b.value(QStringLiteral("exploitation_country")).constEnd(); ++it)
            CHECK(country.value(it.key() == QLatin1String("unknown") ? International::missing() : it.key())
                  == it.value());
        auto data = loadInternationalData(s.store(), year, {});
        REQUIRE(data);
        QMap<QString, int> citizenship;
        for (const VictimFacts& v : data->identified)
            citizenship[v.citizenship] += 1;
        CHECK(countsOf(csv, QStringLiteral("citizenship")) == citizenship);
    }
}

TEST_CASE("CTDC: no code, name, CNP, date or free text leaves in the file", "[report][ctdc]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    // Every value of the fixture's victims that identifies a person or a record.
    QFile f(test::dataPath(QStringLiteral("bilant")) + QStringLiteral("/victims.csv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const Csv victims = parse(f.readAll());
    QSet<QString> secrets;
    for (const char* column : {"victim_code", "last_name", "first_name", "cnp", "address", "phone", "notes"}) {
        const int c = victims.column(QLatin1String(column));
        REQUIRE(c >= 0);
        for (const QStringList& row : victims.rows)
            if (row.value(c).size() >= 3)
                secrets.insert(row.value(c));
    }
    REQUIRE(secrets.size() > 40);
    for (int year : {2019, 2020}) {
        auto file = exportCtdc(s.store(), {year, {}, 1, {}});
        REQUIRE(file);
        const QString text = QString::fromUtf8(file->csv());
        for (const QString& secret : secrets) {
            INFO(secret.toStdString());
            CHECK_FALSE(text.contains(secret));
        }
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{4}"))));
        checkVocabulary(parse(file->csv()));
    }
}

TEST_CASE("CTDC: the export is an entry of the audit trail, and bad requests are refused", "[report][ctdc]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    auto file = exportCtdc(s.store(), {2020, QStringLiteral("cr-b"), 3, QStringLiteral("/tmp/out/ctdc-2020.csv")});
    REQUIRE(file);
    CHECK(file->scope == Scope::ofCenter(QStringLiteral("CR-B")));
    auto trail = s->audit().list({});
    REQUIRE(trail);
    const AuditEntry& last = trail->last();
    CHECK(last.action == AuditAction::Export);
    CHECK(last.recordType == QLatin1String("ctdc"));
    CHECK(last.center == QLatin1String("CR-B"));
    CHECK(last.detail.contains(QStringLiteral("\"k\":3")));
    CHECK(last.detail.contains(QStringLiteral("\"file\":\"ctdc-2020.csv\"")));
    CHECK_FALSE(exportCtdc(s.store(), {2020, QStringLiteral("CR-ZZ"), 3, {}}));
    CHECK_FALSE(exportCtdc(s.store(), {2020, {}, 0, {}}));
}

TEST_CASE("CTDC: the national sample, k = 11 and k = 1", "[report][ctdc][samples]")
{
    const QString folder = test::samplesPath(QStringLiteral("national-2018"));
    if (folder.isEmpty()) {
        WARN("shared/samples not found: set REPER_SAMPLES to run this test against the public samples");
        return;
    }
    test::ImportedStore s(folder);
    auto all = exportCtdc(s.store(), {2018, {}, 1, {}});
    REQUIRE(all);
    CHECK(all->rows.size() == 497);
    auto file = exportCtdc(s.store(), {2018, {}, 11, {}});
    REQUIRE(file);
    const Csv csv = parse(file->csv());
    CHECK(csv.rows.size() + file->suppressed == 497);
    CHECK(csv.rows.size() > 400); // generalising keeps most of the victims in the file
    CHECK(smallestGroup(csv) >= 11);
    checkVocabulary(csv);
}
