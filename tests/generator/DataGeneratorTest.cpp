// The synthetic data generator: the files are in the import format of interchange.md §1, their
// contents are valid and consistent, volumes follow scale and years, and runs are reproducible.
#include "generator/DataGenerator.h"

#include "core/CivilDate.h"
#include "core/Cnp.h"
#include "core/Codes.h"
#include "core/ReferenceData.h"
#include "generator/CsvFile.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <iostream>
#include <map>
#include <memory>

using namespace reper;

namespace {

struct Table
{
    QStringList header;
    std::vector<QStringList> rows;

    int column(const QString& name) const
    {
        const int i = header.indexOf(name);
        if (i < 0)
            FAIL("no column " << name.toStdString());
        return i;
    }
};

// RFC 4180, as the import reads it: quoted fields may hold commas, doubled quotes and line breaks.
Table readCsv(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records.push_back(record);
    }
    Table t;
    REQUIRE(!records.empty());
    t.header = records.front();
    t.rows.assign(records.begin() + 1, records.end());
    for (const QStringList& r : t.rows)
        REQUIRE(r.size() == t.header.size());
    return t;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The columns of interchange.md §1, in its order.
const std::map<QString, QStringList>& specifiedColumns()
{
    static const std::map<QString, QStringList> columns = {
        {QStringLiteral("victims.csv"),
         {QStringLiteral("victim_code"),
          QStringLiteral("center"),
          QStringLiteral("sex"),
          QStringLiteral("birth_date"),
          QStringLiteral("birth_year"),
          QStringLiteral("citizenship"),
          QStringLiteral("county"),
          QStringLiteral("residence_env"),
          QStringLiteral("education"),
          QStringLiteral("notification_date"),
          QStringLiteral("identification_date"),
          QStringLiteral("mnir_status"),
          QStringLiteral("institution"),
          QStringLiteral("scope"),
          QStringLiteral("exploitation"),
          QStringLiteral("primary_exploitation"),
          QStringLiteral("attempt"),
          QStringLiteral("exploitation_country"),
          QStringLiteral("recruitment"),
          QStringLiteral("recruiter_relation"),
          QStringLiteral("last_name"),
          QStringLiteral("first_name"),
          QStringLiteral("cnp"),
          QStringLiteral("address"),
          QStringLiteral("phone"),
          QStringLiteral("notes")}},
        {QStringLiteral("assistance.csv"),
         {QStringLiteral("victim_code"), QStringLiteral("center"), QStringLiteral("service"),
          QStringLiteral("provider"), QStringLiteral("start_date"), QStringLiteral("end_date")}},
        {QStringLiteral("repatriations.csv"),
         {QStringLiteral("victim_code"), QStringLiteral("center"), QStringLiteral("from_country"),
          QStringLiteral("request_date"), QStringLiteral("arrival_date"), QStringLiteral("entry_point"),
          QStringLiteral("status")}},
        {QStringLiteral("judicial.csv"),
         {QStringLiteral("victim_code"), QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("case_ref"),
          QStringLiteral("body"), QStringLiteral("stage"), QStringLiteral("role"), QStringLiteral("support")}},
        {QStringLiteral("campaigns.csv"),
         {QStringLiteral("campaign_code"), QStringLiteral("center"), QStringLiteral("title"), QStringLiteral("level"),
          QStringLiteral("funding"), QStringLiteral("funder"), QStringLiteral("start_date"),
          QStringLiteral("end_date")}},
        {QStringLiteral("prevention_activities.csv"),
         {QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("county"), QStringLiteral("campaign_code"),
          QStringLiteral("type"), QStringLiteral("target_group"), QStringLiteral("participants"),
          QStringLiteral("materials"), QStringLiteral("online_reach")}},
        {QStringLiteral("protocols.csv"),
         {QStringLiteral("center"), QStringLiteral("signed_date"), QStringLiteral("partner")}},
        {QStringLiteral("action_plans.csv"),
         {QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("partner")}},
        {QStringLiteral("team_meetings.csv"),
         {QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("county"), QStringLiteral("attendees")}},
        {QStringLiteral("trainings.csv"),
         {QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("county"), QStringLiteral("audience"),
          QStringLiteral("participants"), QStringLiteral("topic")}},
        {QStringLiteral("events.csv"),
         {QStringLiteral("center"), QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("role"),
          QStringLiteral("title")}},
        {QStringLiteral("funded_projects.csv"),
         {QStringLiteral("project_code"), QStringLiteral("center"), QStringLiteral("title"), QStringLiteral("funder"),
          QStringLiteral("focus"), QStringLiteral("start_date"), QStringLiteral("end_date")}},
    };
    return columns;
}

// Volumes a year at scale 1.
const std::map<QString, double>& volumePerYear()
{
    static const std::map<QString, double> volumes = {
        {QStringLiteral("victims.csv"), 700},      {QStringLiteral("assistance.csv"), 2000},
        {QStringLiteral("repatriations.csv"), 30}, {QStringLiteral("judicial.csv"), 1500},
        {QStringLiteral("campaigns.csv"), 30},     {QStringLiteral("prevention_activities.csv"), 2500},
        {QStringLiteral("protocols.csv"), 5},      {QStringLiteral("action_plans.csv"), 20},
        {QStringLiteral("team_meetings.csv"), 55}, {QStringLiteral("trainings.csv"), 160},
        {QStringLiteral("events.csv"), 235},       {QStringLiteral("funded_projects.csv"), 2},
    };
    return volumes;
}

struct Generated
{
    std::unique_ptr<QTemporaryDir> dir;
    GeneratorOptions options;
    std::vector<GeneratedFile> files;
    qint64 rows = 0;

    QString path(const QString& name) const { return dir->filePath(name); }
    Table table(const QString& name) const { return readCsv(path(name)); }
};

Generated generate(const GeneratorOptions& options)
{
    Generated g;
    g.dir = std::make_unique<QTemporaryDir>();
    REQUIRE(g.dir->isValid());
    g.options = options;
    DataGenerator generator;
    const Status status = generator.write(g.dir->path(), options);
    INFO((status.ok() ? std::string() : status.error().message.toStdString()));
    REQUIRE(status.ok());
    g.files = generator.files();
    g.rows = generator.rowsWritten();
    return g;
}

// Three years at half scale: re-identifications across years, cases that age, campaigns that
// carry over. Generated once for the tests that read the contents.
const Generated& sample()
{
    static const Generated g = generate(GeneratorOptions{7, 2017, 3, 0.5});
    return g;
}

QDate date(const QString& text)
{
    const auto parsed = CivilDate::parse(text);
    if (!parsed)
        FAIL("not a date: " << text.toStdString());
    return *parsed;
}

QSet<QString> centerCodes()
{
    QSet<QString> codes;
    for (const auto& c : ReferenceData::centers())
        codes << c.code;
    return codes;
}

QHash<QString, QString> centerOfCounty()
{
    QHash<QString, QString> out;
    for (const auto& c : ReferenceData::counties())
        out.insert(c.code, c.center);
    return out;
}

} // namespace

TEST_CASE("the generator writes the twelve import files with the headers of interchange.md", "[generator]")
{
    const Generated& g = sample();
    REQUIRE(DataGenerator::fileNames().size() == 12);
    for (const auto& [name, columns] : specifiedColumns()) {
        INFO(name.toStdString());
        REQUIRE(QFile::exists(g.path(name)));
        const QByteArray bytes = fileBytes(g.path(name));
        const QByteArray headerLine = bytes.left(bytes.indexOf('\n'));
        CHECK(QString::fromUtf8(headerLine) == columns.join(QLatin1Char(',')));
        CHECK(!bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(!bytes.contains('\r')); // LF line ends, and no CR inside fields either
    }
}

TEST_CASE("the headers agree with the table of interchange.md when the specification is at hand", "[generator]")
{
    const QString spec = QDir::cleanPath(QStringLiteral(REPER_SOURCE_DIR "/../shared/spec/interchange.md"));
    if (!QFile::exists(spec))
        return; // the specification lives beside the sources only in the project's workspace
    const QString text = test::readText(spec);
    int found = 0;
    const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+\\.csv)`[^|]*\\| (.+) \\|$"),
                                 QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QStringList columns;
        for (QString c : m.captured(2).split(QLatin1Char(','))) {
            c = c.trimmed();
            c = c.left(c.indexOf(QRegularExpression(QStringLiteral("[ *]"))) < 0
                           ? c.size()
                           : c.indexOf(QRegularExpression(QStringLiteral("[ *]"))));
            columns << c;
        }
        INFO(m.captured(1).toStdString());
        REQUIRE(specifiedColumns().count(m.captured(1)) == 1);
        CHECK(columns == specifiedColumns().at(m.captured(1)));
        ++found;
    }
    CHECK(found == 12);
}

TEST_CASE("the same options give the same bytes, another seed other data", "[generator]")
{
    const GeneratorOptions options{42, 2019, 2, 0.3};
    const Generated a = generate(options);
    const Generated b = generate(options);
    GeneratorOptions otherSeed = options;
    otherSeed.seed = 43;
    const Generated c = generate(otherSeed);
    int differing = 0;
    for (const QString& name : DataGenerator::fileNames()) {
        INFO(name.toStdString());
        const QByteArray bytesA = fileBytes(a.path(name));
        CHECK(bytesA == fileBytes(b.path(name)));
        if (bytesA != fileBytes(c.path(name)))
            ++differing;
    }
    CHECK(a.rows == b.rows);
    CHECK(differing >= 10); // a file of two or three rows may by chance be alike
    CHECK(fileBytes(a.path(QStringLiteral("victims.csv"))) != fileBytes(c.path(QStringLiteral("victims.csv"))));
}

TEST_CASE("row counts follow scale and years", "[generator]")
{
    const auto [years, scale] = GENERATE(std::make_pair(1, 1.0), std::make_pair(3, 0.5), std::make_pair(2, 2.0));
    const Generated g = generate(GeneratorOptions{11, 2015, years, scale});
    INFO("years " << years << ", scale " << scale);
    qint64 total = 0;
    REQUIRE(g.files.size() == 12);
    for (const GeneratedFile& f : g.files) {
        const double expected = volumePerYear().at(f.fileName) * years * scale;
        const double tolerance = 0.1 * expected + 3 * std::sqrt(expected) + 1;
        INFO(f.fileName.toStdString() << ": " << f.rows << " rows, expected about " << expected);
        CHECK(std::abs(double(f.rows) - expected) <= tolerance);
        CHECK(qint64(g.table(f.fileName).rows.size()) == f.rows);
        total += f.rows;
    }
    CHECK(total == g.rows);
}

TEST_CASE("every coded cell is a code of its list", "[generator]")
{
    const Generated& g = sample();
    const QSet<QString> centers = centerCodes();
    const QHash<QString, QString> counties = centerOfCounty();
    const std::map<QString, std::map<QString, QString>> coded = {
        {QStringLiteral("victims.csv"),
         {{QStringLiteral("sex"), QStringLiteral("sex")},
          {QStringLiteral("citizenship"), QStringLiteral("country")},
          {QStringLiteral("county"), QStringLiteral("county")},
          {QStringLiteral("residence_env"), QStringLiteral("residence_env")},
          {QStringLiteral("education"), QStringLiteral("education")},
          {QStringLiteral("mnir_status"), QStringLiteral("mnir_status")},
          {QStringLiteral("institution"), QStringLiteral("institution")},
          {QStringLiteral("scope"), QStringLiteral("scope")},
          {QStringLiteral("exploitation"), QStringLiteral("exploitation")},
          {QStringLiteral("primary_exploitation"), QStringLiteral("exploitation")},
          {QStringLiteral("exploitation_country"), QStringLiteral("country")},
          {QStringLiteral("recruitment"), QStringLiteral("recruitment")},
          {QStringLiteral("recruiter_relation"), QStringLiteral("recruiter_relation")}}},
        {QStringLiteral("assistance.csv"),
         {{QStringLiteral("service"), QStringLiteral("service")},
          {QStringLiteral("provider"), QStringLiteral("provider")}}},
        {QStringLiteral("repatriations.csv"),
         {{QStringLiteral("from_country"), QStringLiteral("country")},
          {QStringLiteral("status"), QStringLiteral("repatriation_status")}}},
        {QStringLiteral("judicial.csv"),
         {{QStringLiteral("body"), QStringLiteral("judicial_body")},
          {QStringLiteral("stage"), QStringLiteral("judicial_stage")},
          {QStringLiteral("role"), QStringLiteral("procedural_role")},
          {QStringLiteral("support"), QStringLiteral("judicial_support")}}},
        {QStringLiteral("campaigns.csv"),
         {{QStringLiteral("level"), QStringLiteral("campaign_level")},
          {QStringLiteral("funding"), QStringLiteral("funding")}}},
        {QStringLiteral("prevention_activities.csv"),
         {{QStringLiteral("county"), QStringLiteral("county")},
          {QStringLiteral("type"), QStringLiteral("activity_type")},
          {QStringLiteral("target_group"), QStringLiteral("target_group")}}},
        {QStringLiteral("team_meetings.csv"), {{QStringLiteral("county"), QStringLiteral("county")}}},
        {QStringLiteral("trainings.csv"),
         {{QStringLiteral("county"), QStringLiteral("county")},
          {QStringLiteral("audience"), QStringLiteral("audience")}}},
        {QStringLiteral("events.csv"),
         {{QStringLiteral("type"), QStringLiteral("event_type")},
          {QStringLiteral("role"), QStringLiteral("event_role")}}},
        {QStringLiteral("funded_projects.csv"), {{QStringLiteral("focus"), QStringLiteral("project_focus")}}},
    };
    const QSet<QString> required
        = {QStringLiteral("sex"),      QStringLiteral("citizenship"),  QStringLiteral("mnir_status"),
           QStringLiteral("scope"),    QStringLiteral("exploitation"), QStringLiteral("service"),
           QStringLiteral("provider"), QStringLiteral("from_country"), QStringLiteral("status"),
           QStringLiteral("body"),     QStringLiteral("stage"),        QStringLiteral("role"),
           QStringLiteral("support"),  QStringLiteral("level"),        QStringLiteral("funding"),
           QStringLiteral("type"),     QStringLiteral("target_group"), QStringLiteral("audience"),
           QStringLiteral("focus")};
    for (const QString& name : DataGenerator::fileNames()) {
        INFO(name.toStdString());
        const Table t = g.table(name);
        const int center = t.column(QStringLiteral("center"));
        for (const QStringList& r : t.rows)
            REQUIRE(centers.contains(r[center]));
        const auto lists = coded.find(name);
        if (lists == coded.end())
            continue;
        for (const auto& [column, list] : lists->second) {
            INFO(column.toStdString());
            const int c = t.column(column);
            for (const QStringList& r : t.rows) {
                const QString& cell = r[c];
                if (cell.isEmpty()) {
                    REQUIRE(!required.contains(column));
                    continue;
                }
                const QStringList values
                    = column == QStringLiteral("exploitation") ? cell.split(QLatin1Char(';')) : QStringList{cell};
                for (const QString& v : values) {
                    INFO(v.toStdString());
                    if (list == QStringLiteral("county"))
                        REQUIRE(counties.contains(v));
                    else if (list == QStringLiteral("country"))
                        REQUIRE(Codes::countries().contains(v));
                    else
                        REQUIRE(Codes::byName(list).contains(v));
                }
            }
        }
    }
    // Counties of activities are the counties of the centre that recorded them.
    for (const QString& name : {QStringLiteral("prevention_activities.csv"), QStringLiteral("team_meetings.csv"),
                                QStringLiteral("trainings.csv")}) {
        const Table t = g.table(name);
        for (const QStringList& r : t.rows)
            if (!r[t.column(QStringLiteral("county"))].isEmpty())
                REQUIRE(counties.value(r[t.column(QStringLiteral("county"))]) == r[t.column(QStringLiteral("center"))]);
    }
    // The exploitation forms: one or two, the primary among them, attempt yes/no.
    const Table v = g.table(QStringLiteral("victims.csv"));
    for (const QStringList& r : v.rows) {
        const QStringList forms = r[v.column(QStringLiteral("exploitation"))].split(QLatin1Char(';'));
        REQUIRE((forms.size() == 1 || forms.size() == 2));
        const QString primary = r[v.column(QStringLiteral("primary_exploitation"))];
        if (!primary.isEmpty())
            REQUIRE(forms.contains(primary));
        REQUIRE((r[v.column(QStringLiteral("attempt"))].isEmpty()
                 || r[v.column(QStringLiteral("attempt"))] == QStringLiteral("yes")
                 || r[v.column(QStringLiteral("attempt"))] == QStringLiteral("no")));
    }
}

TEST_CASE("every CNP is valid and agrees with sex and birth date", "[generator]")
{
    const Table v = sample().table(QStringLiteral("victims.csv"));
    QSet<QString> victims, withCnp;
    for (const QStringList& r : v.rows) {
        victims << r[v.column(QStringLiteral("victim_code"))];
        const QString cnp = r[v.column(QStringLiteral("cnp"))];
        if (cnp.isEmpty())
            continue;
        withCnp << r[v.column(QStringLiteral("victim_code"))];
        INFO(cnp.toStdString());
        REQUIRE(!Cnp::problem(cnp));
        const QDate birth = date(r[v.column(QStringLiteral("birth_date"))]);
        const bool male = r[v.column(QStringLiteral("sex"))] == QStringLiteral("M");
        REQUIRE(r[v.column(QStringLiteral("sex"))] != QStringLiteral("U"));
        const int sexDigit = cnp[0].digitValue();
        REQUIRE(sexDigit == (birth.year() < 2000 ? (male ? 1 : 2) : (male ? 5 : 6)));
        REQUIRE(cnp.mid(1, 6) == birth.toString(QStringLiteral("yyMMdd")));
        const int county = cnp.mid(7, 2).toInt();
        REQUIRE(((county >= 1 && county <= 46) || county == 51 || county == 52));
    }
    const double share = double(withCnp.size()) / victims.size();
    CHECK(share > 0.25);
    CHECK(share < 0.42);
}

TEST_CASE("dates are calendar dates inside the generated years, and in order", "[generator]")
{
    const Generated& g = sample();
    const QDate first(g.options.firstYear, 1, 1);
    const QDate last(g.options.firstYear + g.options.years - 1, 12, 31);
    auto inside = [&](const QString& text) {
        const QDate d = date(text);
        INFO(text.toStdString());
        REQUIRE(d >= first);
        REQUIRE(d <= last);
        return d;
    };
    const std::map<QString, QStringList> dateColumns = {
        {QStringLiteral("judicial.csv"), {QStringLiteral("date")}},
        {QStringLiteral("prevention_activities.csv"), {QStringLiteral("date")}},
        {QStringLiteral("protocols.csv"), {QStringLiteral("signed_date")}},
        {QStringLiteral("action_plans.csv"), {QStringLiteral("date")}},
        {QStringLiteral("team_meetings.csv"), {QStringLiteral("date")}},
        {QStringLiteral("trainings.csv"), {QStringLiteral("date")}},
        {QStringLiteral("events.csv"), {QStringLiteral("date")}},
    };
    for (const auto& [name, columns] : dateColumns) {
        const Table t = g.table(name);
        for (const QString& column : columns)
            for (const QStringList& r : t.rows)
                inside(r[t.column(column)]);
    }
    const Table v = g.table(QStringLiteral("victims.csv"));
    int birthYearOnly = 0, birthDate = 0;
    for (const QStringList& r : v.rows) {
        const QDate notified = inside(r[v.column(QStringLiteral("notification_date"))]);
        if (!r[v.column(QStringLiteral("identification_date"))].isEmpty())
            REQUIRE(inside(r[v.column(QStringLiteral("identification_date"))]) >= notified);
        if (!r[v.column(QStringLiteral("birth_date"))].isEmpty()) {
            REQUIRE(r[v.column(QStringLiteral("birth_year"))].isEmpty());
            const QDate born = date(r[v.column(QStringLiteral("birth_date"))]);
            REQUIRE(born <= notified);
            REQUIRE(born.addYears(9) <= notified);
            REQUIRE(born.addYears(60) > notified);
            ++birthDate;
        } else if (!r[v.column(QStringLiteral("birth_year"))].isEmpty()) {
            REQUIRE(r[v.column(QStringLiteral("birth_year"))].toInt() <= notified.year());
            ++birthYearOnly;
        }
    }
    CHECK(birthDate > birthYearOnly);
    CHECK(birthYearOnly > 0);
    auto checkPeriods = [&](const QString& name, const QString& start, const QString& end) {
        const Table t = g.table(name);
        int open = 0;
        for (const QStringList& r : t.rows) {
            const QDate s = inside(r[t.column(start)]);
            if (r[t.column(end)].isEmpty())
                ++open;
            else
                REQUIRE(inside(r[t.column(end)]) >= s);
        }
        return open;
    };
    const int openAssistance
        = checkPeriods(QStringLiteral("assistance.csv"), QStringLiteral("start_date"), QStringLiteral("end_date"));
    CHECK(openAssistance > 0);
    checkPeriods(QStringLiteral("campaigns.csv"), QStringLiteral("start_date"), QStringLiteral("end_date"));
    checkPeriods(QStringLiteral("funded_projects.csv"), QStringLiteral("start_date"), QStringLiteral("end_date"));
    const Table rep = g.table(QStringLiteral("repatriations.csv"));
    int completed = 0;
    for (const QStringList& r : rep.rows) {
        const QDate requested = inside(r[rep.column(QStringLiteral("request_date"))]);
        if (!r[rep.column(QStringLiteral("arrival_date"))].isEmpty())
            REQUIRE(inside(r[rep.column(QStringLiteral("arrival_date"))]) >= requested);
        if (r[rep.column(QStringLiteral("status"))] == QStringLiteral("completed")) {
            REQUIRE(!r[rep.column(QStringLiteral("arrival_date"))].isEmpty());
            ++completed;
        }
    }
    CHECK(completed > int(rep.rows.size()) / 2);
}

TEST_CASE("references resolve and codes are unique", "[generator]")
{
    const Generated& g = sample();
    const Table v = g.table(QStringLiteral("victims.csv"));
    const QRegularExpression victimCode(QStringLiteral("^RV-[A-Z0-9]{6}$"));
    QSet<QString> victims;
    for (const QStringList& r : v.rows) {
        REQUIRE(victimCode.match(r[v.column(QStringLiteral("victim_code"))]).hasMatch());
        victims << r[v.column(QStringLiteral("victim_code"))];
    }
    for (const QString& name :
         {QStringLiteral("assistance.csv"), QStringLiteral("repatriations.csv"), QStringLiteral("judicial.csv")}) {
        const Table t = g.table(name);
        REQUIRE(!t.rows.empty());
        for (const QStringList& r : t.rows) {
            INFO(name.toStdString() << " " << r[t.column(QStringLiteral("victim_code"))].toStdString());
            REQUIRE(victims.contains(r[t.column(QStringLiteral("victim_code"))]));
        }
    }

    const Table c = g.table(QStringLiteral("campaigns.csv"));
    const QRegularExpression campaignCode(QStringLiteral("^CMP-\\d\\d-\\d{3,}$"));
    QSet<QString> campaigns;
    for (const QStringList& r : c.rows) {
        REQUIRE(campaignCode.match(r[c.column(QStringLiteral("campaign_code"))]).hasMatch());
        REQUIRE(!campaigns.contains(r[c.column(QStringLiteral("campaign_code"))]));
        campaigns << r[c.column(QStringLiteral("campaign_code"))];
    }
    const Table p = g.table(QStringLiteral("prevention_activities.csv"));
    int withoutCampaign = 0;
    for (const QStringList& r : p.rows) {
        const QString code = r[p.column(QStringLiteral("campaign_code"))];
        if (code.isEmpty())
            ++withoutCampaign;
        else
            REQUIRE(campaigns.contains(code));
    }
    const double share = double(withoutCampaign) / p.rows.size();
    CHECK(share > 0.2);
    CHECK(share < 0.4);

    const Table f = g.table(QStringLiteral("funded_projects.csv"));
    QSet<QString> projects;
    for (const QStringList& r : f.rows) {
        REQUIRE(!projects.contains(r[f.column(QStringLiteral("project_code"))]));
        projects << r[f.column(QStringLiteral("project_code"))];
    }

    // Support actions of a year concern fewer cases than actions: several victims share a case.
    const Table j = g.table(QStringLiteral("judicial.csv"));
    QHash<int, QSet<QString>> caseRefs;
    QHash<int, int> actions;
    for (const QStringList& r : j.rows) {
        const int year = date(r[j.column(QStringLiteral("date"))]).year();
        caseRefs[year] << r[j.column(QStringLiteral("case_ref"))];
        ++actions[year];
    }
    for (auto it = actions.constBegin(); it != actions.constEnd(); ++it) {
        INFO(it.key() << ": " << it.value() << " actions, " << caseRefs[it.key()].size() << " case references");
        CHECK(caseRefs[it.key()].size() < it.value());
        if (it.key() > g.options.firstYear) // the first year has only the cases opened in it
            CHECK(caseRefs[it.key()].size() > it.value() / 4);
    }
}

TEST_CASE("person columns agree on every row of a victim", "[generator]")
{
    const Table v = sample().table(QStringLiteral("victims.csv"));
    const QStringList person
        = {QStringLiteral("sex"),         QStringLiteral("birth_date"), QStringLiteral("birth_year"),
           QStringLiteral("citizenship"), QStringLiteral("county"),     QStringLiteral("residence_env"),
           QStringLiteral("education"),   QStringLiteral("last_name"),  QStringLiteral("first_name"),
           QStringLiteral("cnp"),         QStringLiteral("address"),    QStringLiteral("phone"),
           QStringLiteral("notes")};
    QHash<QString, QStringList> seen;
    QHash<QString, QSet<QString>> centers;
    int repeated = 0;
    for (const QStringList& r : v.rows) {
        QStringList values;
        for (const QString& column : person)
            values << r[v.column(column)];
        const QString code = r[v.column(QStringLiteral("victim_code"))];
        centers[code] << r[v.column(QStringLiteral("center"))];
        const auto it = seen.constFind(code);
        if (it == seen.constEnd()) {
            seen.insert(code, values);
            continue;
        }
        ++repeated;
        INFO(code.toStdString());
        REQUIRE(*it == values);
    }
    // About 4 % of identifications are of a victim identified before, some by another centre.
    CHECK(repeated > int(v.rows.size()) / 100);
    CHECK(repeated < int(v.rows.size()) / 10);
    int elsewhere = 0;
    for (const auto& c : centers)
        elsewhere += c.size() > 1;
    CHECK(elsewhere > 0);
}

TEST_CASE("the data look like the centres' data", "[generator]")
{
    const Generated& g = sample();
    const Table v = g.table(QStringLiteral("victims.csv"));
    QHash<QString, int> sex, primary, centers, scope;
    int named = 0, foreign = 0, quotedNotes = 0, commaAddresses = 0;
    for (const QStringList& r : v.rows) {
        ++sex[r[v.column(QStringLiteral("sex"))]];
        const QString p = r[v.column(QStringLiteral("primary_exploitation"))];
        ++primary[p.isEmpty() ? r[v.column(QStringLiteral("exploitation"))].section(QLatin1Char(';'), 0, 0) : p];
        ++centers[r[v.column(QStringLiteral("center"))]];
        ++scope[r[v.column(QStringLiteral("scope"))]];
        named += !r[v.column(QStringLiteral("last_name"))].isEmpty();
        foreign += r[v.column(QStringLiteral("citizenship"))] != QStringLiteral("RO");
        quotedNotes += r[v.column(QStringLiteral("notes"))].contains(QLatin1Char('"'));
        commaAddresses += r[v.column(QStringLiteral("address"))].contains(QLatin1Char(','));
        if (r[v.column(QStringLiteral("scope"))] == QStringLiteral("internal"))
            REQUIRE(r[v.column(QStringLiteral("exploitation_country"))] == QStringLiteral("RO"));
    }
    const int n = int(v.rows.size());
    CHECK(sex[QStringLiteral("F")] > n * 0.65);
    CHECK(primary[QStringLiteral("sexual")] > primary[QStringLiteral("labour")]);
    CHECK(primary[QStringLiteral("labour")] > primary[QStringLiteral("begging")]);
    CHECK(named > n * 0.75);
    CHECK(foreign > 0);
    CHECK(foreign < n * 0.08);
    CHECK(quotedNotes > 0);
    CHECK(commaAddresses > 0);
    CHECK(scope[QStringLiteral("internal")] > scope[QStringLiteral("international")]);
    CHECK(centers[QStringLiteral("CR-B")] > n * 0.10);
    CHECK(centers[QStringLiteral("CR-B")] < n * 0.18);
    CHECK(centers[QStringLiteral("CR-BV")] < centers[QStringLiteral("CR-B")] / 2 + n * 0.02);

    const Table p = g.table(QStringLiteral("prevention_activities.csv"));
    for (const QStringList& r : p.rows) {
        if (r[p.column(QStringLiteral("type"))] == QStringLiteral("online")) {
            REQUIRE(r[p.column(QStringLiteral("participants"))] == QStringLiteral("0"));
            REQUIRE(r[p.column(QStringLiteral("online_reach"))].toInt() > 0);
        }
    }
    const Table rep = g.table(QStringLiteral("repatriations.csv"));
    QHash<QString, int> status;
    for (const QStringList& r : rep.rows)
        ++status[r[rep.column(QStringLiteral("status"))]];
    CHECK(status[QStringLiteral("completed")] > int(rep.rows.size()) * 0.6);
}

TEST_CASE("no row of a file repeats another, since the import would merge them", "[generator]")
{
    const Generated& g = sample();
    for (const QString& name : DataGenerator::fileNames()) {
        INFO(name.toStdString());
        const Table t = g.table(name);
        QSet<QString> rows;
        for (const QStringList& r : t.rows) {
            const QString joined = r.join(QChar(0x1F));
            REQUIRE(!rows.contains(joined));
            rows << joined;
        }
    }
}

TEST_CASE("CSV fields are quoted only when they need it", "[generator]")
{
    // The generator writes its cells through the one CSV writer of core.
    auto csv = [](const char* field) {
        QTemporaryDir dir;
        gen::CsvFile file(dir.filePath(QStringLiteral("x.csv")), {"h"});
        REQUIRE(file.open());
        file.add(field).commit();
        REQUIRE(file.close());
        QFile f(file.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll().mid(2).chopped(1).toStdString(); // after "h\n", without the row's "\n"
    };
    CHECK(csv("Brașov") == "Brașov");
    CHECK(csv("") == "");
    CHECK(csv("Str. Zorilor nr. 56, Focșani") == "\"Str. Zorilor nr. 56, Focșani\"");
    CHECK(csv("spune \"nu\"") == "\"spune \"\"nu\"\"\"");
    CHECK(csv("două\nrânduri") == "\"două\nrânduri\"");
    CHECK(csv("cr\rx") == "\"cr\rx\"");
    CHECK(csv("=1+1") == "'=1+1");
}

TEST_CASE("cancelling stops the generation and keeps no file", "[generator]")
{
    QTemporaryDir dir;
    DataGenerator generator;
    qint64 reported = 0;
    const Status status
        = generator.write(dir.filePath(QStringLiteral("out")), GeneratorOptions{1, 2019, 2, 1.0}, [&](qint64 rows) {
              reported = rows;
              return rows < 5000;
          });
    REQUIRE(!status.ok());
    CHECK(reported >= 5000);
    CHECK(reported < 20000);
    CHECK(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).isEmpty());
}

TEST_CASE("options out of range are refused", "[generator]")
{
    QTemporaryDir dir;
    DataGenerator generator;
    CHECK(!generator.write(dir.path(), GeneratorOptions{1, 2019, 0, 1.0}).ok());
    CHECK(!generator.write(dir.path(), GeneratorOptions{1, 2019, 1, 0.0}).ok());
    CHECK(!generator.write(dir.path(), GeneratorOptions{1, 1900, 1, 1.0}).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

// The benchmark store: ten years at scale 20. Hidden; run with `generator_tests "[.benchmark]"` on a
// release build.
TEST_CASE("the ten-year store at scale 20", "[.benchmark]")
{
    QTemporaryDir dir;
    DataGenerator generator;
    QElapsedTimer timer;
    timer.start();
    const Status status = generator.write(dir.path(), GeneratorOptions{2019, 2011, 10, 20.0});
    const qint64 ms = timer.elapsed();
    REQUIRE(status.ok());
    std::cout << "years 10, scale 20: " << generator.rowsWritten() << " rows in " << ms << " ms\n";
    for (const GeneratedFile& f : generator.files())
        std::cout << "  " << f.fileName.toStdString() << " " << f.rows << " rows, "
                  << QFileInfo(dir.filePath(f.fileName)).size() / 1024 << " KiB\n";
}
