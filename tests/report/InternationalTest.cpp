// The international report (issue 13): on the fixtures and on the national sample, every table's
// total is its bilanț figure, every row adds up, the margins are the bilanț's own breakdowns, a
// cell lists the same victims as explain of the figure; the JSON keeps its contract; SDG 16.2.2
// says so when the population is missing; the public edition discloses no small cell.
#include "core/InternationalCodes.h"
#include "report/InternationalDocument.h"
#include "report/InternationalJson.h"
#include "report/InternationalTables.h"
#include "report/ReportSource.h"
#include "report/StoreFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/ExplainRepository.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/figures/PopulationRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::International;

namespace {

qint64 number(const ReportCell& c)
{
    REQUIRE(c.kind == ReportCell::Kind::Count);
    return qint64(c.value);
}

// Checks one year and scope; returns how many tables were checked.
int checkInternational(Store& store, int year, const QString& center)
{
    INFO(year << " " << (center.isEmpty() ? "national" : center.toStdString()));
    auto data = loadInternationalData(store, year, center);
    REQUIRE(data);
    auto figures = FiguresRepository(store).compute(year, center);
    REQUIRE(figures);
    const BilantFigures& f = *figures;
    // The populations are the bilanț's four figures of victims.
    CHECK(data->identified.size() == f.victimsIdentified);
    CHECK(data->assisted.size() == f.victimsAssistanceMonitored);
    CHECK(data->repatriated.size() == f.victimsRepatriated);
    CHECK(data->judicial.size() == f.victimsJudicialParticipation);

    // The margins are the bilanț's breakdowns of the victims identified.
    const auto breakdown
        = [&](const QString& name, const QString& code) { return f.breakdowns.value(name).value(code); };
    for (const QString& sex : sexes())
        CHECK(count(*data, Cell::of(Population::Identified, {{QStringLiteral("sex"), sex}}))
              == breakdown(QStringLiteral("sex"), sex));
    CHECK(count(*data, Cell::of(Population::Identified, {{QStringLiteral("age"), QStringLiteral("child")}}))
          == breakdown(QStringLiteral("minor_adult"), QStringLiteral("minor")));
    CHECK(count(*data, Cell::of(Population::Identified, {{QStringLiteral("age"), QStringLiteral("adult")}}))
          == breakdown(QStringLiteral("minor_adult"), QStringLiteral("adult")));
    for (const QString& form : forms())
        CHECK(count(*data, Cell::of(Population::Identified, {{QStringLiteral("form"), form}}))
              == breakdown(QStringLiteral("primary_exploitation"), form));
    for (const QString& scope : {QStringLiteral("internal"), QStringLiteral("international")})
        CHECK(count(*data, Cell::of(Population::Identified, {{QStringLiteral("scope"), scope}}))
              == breakdown(QStringLiteral("scope"), scope));

    // The JSON's finest cells add up to the total, which is the figure (every form: at least it).
    int tables = 0;
    for (const TableLayout& t : countTables(*data)) {
        INFO(t.key.toStdString());
        qint64 sum = 0;
        for (const Cell& c : t.jsonCells)
            sum += count(*data, c);
        const qint64 figure = bilantFigure(f, t.population);
        if (t.addsUp)
            CHECK(sum == figure);
        else
            CHECK(sum >= figure);
        ++tables;
    }

    // The document: each row's total column is the sum of its other columns, the total row is the
    // figure, a group's row is the sum of the rows under it.
    const ReportDocument doc = InternationalDocument(ReportOptions()).build(*data);
    for (const ReportTable* t : doc.allTables()) {
        INFO(t->id.toStdString());
        if (t->id == QLatin1String("international.sdg_16_2_2")) {
            CHECK(number(t->rows.first()[1]) == f.victimsIdentified);
            continue;
        }
        const int columns = int(t->header.size());
        for (const auto& row : t->rows) {
            if (columns > 2) {
                qint64 sum = 0;
                for (int c = 1; c < columns - 1; ++c)
                    sum += number(row[c]);
                CHECK(sum == number(row[columns - 1]));
            }
        }
        const QString key = t->id.mid(int(qstrlen("international.")));
        const Population p = key.startsWith(QLatin1String("assisted")) ? Population::Assisted
            : key.startsWith(QLatin1String("repatriated"))             ? Population::Repatriated
            : key.startsWith(QLatin1String("judicial"))                ? Population::Judicial
                                                                       : Population::Identified;
        CHECK(number(t->rows.last()[columns - 1]) == bilantFigure(f, p));
        CHECK(t->notes.join(QLatin1Char(' ')).contains(bilantKey(p)));
        // Groups ("… – total") and the rows under them ("– …").
        for (int r = 0; r < t->rows.size(); ++r) {
            if (!t->rows[r][0].text.endsWith(QString::fromUtf8(" – total")) || key == QLatin1String("scope_by_sex_age"))
                continue;
            qint64 sum = 0;
            for (int u = r + 1; u < t->rows.size() && t->rows[u][0].text.startsWith(QString::fromUtf8("– ")); ++u)
                sum += number(t->rows[u][columns - 1]);
            CHECK(sum == number(t->rows[r][columns - 1]));
        }
    }

    // A cell lists victims that explain lists for the figure, as many as the cell counts.
    if (!data->identified.isEmpty() && store.access().readsEveryCenter()) {
        auto e = ExplainRepository(store).explain(year, center, QStringLiteral("victims_identified"));
        REQUIRE(e);
        QSet<QString> explained;
        for (const ExplainRow& r : e->rows)
            explained.insert(r.reference);
        for (const QString& sex : sexes()) {
            const Cell cell
                = Cell::of(Population::Identified,
                           {{QStringLiteral("sex"), sex}, {QStringLiteral("age"), QStringLiteral("adult")}});
            const QList<VictimFacts> in = victimsIn(*data, cell);
            CHECK(in.size() == count(*data, cell));
            for (const VictimFacts& v : in)
                CHECK(explained.contains(v.code));
        }
    }
    return tables;
}

QJsonObject json(const InternationalData& data, Edition edition = Edition::Internal)
{
    ReportOptions options;
    options.edition = edition;
    auto bytes = renderInternational(ReportFormat::Json, data, options);
    REQUIRE(bytes);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("International: every table adds up to its bilanț figure (fixtures, every scope)", "[report][international]")
{
    for (const QString& folder : {QStringLiteral("bilant"), QStringLiteral("small")}) {
        test::ImportedStore s(test::dataPath(folder));
        for (int year : {2019, 2020}) {
            QStringList scopes{QString()};
            for (const Center& c : s->reference().centers())
                scopes << c.code;
            for (const QString& scope : scopes)
                CHECK(checkInternational(s.store(), year, scope) == 9);
        }
    }
}

TEST_CASE("International: the JSON contract", "[report][international]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    auto data = loadInternationalData(s.store(), 2020, {});
    REQUIRE(data);
    const QByteArray bytes = *renderInternational(ReportFormat::Json, *data, ReportOptions());
    // The keys in the contract's order.
    const QStringList keys{QStringLiteral("year"),
                           QStringLiteral("scope"),
                           QStringLiteral("victims_by_sex_age"),
                           QStringLiteral("victims_by_citizenship"),
                           QStringLiteral("victims_by_citizenship_group"),
                           QStringLiteral("victims_by_form_primary"),
                           QStringLiteral("victims_by_form_all"),
                           QStringLiteral("scope_by_sex_age"),
                           QStringLiteral("assisted_by_sex_age"),
                           QStringLiteral("repatriated_by_sex_age"),
                           QStringLiteral("judicial_by_sex_age"),
                           QStringLiteral("sdg_16_2_2"),
                           QStringLiteral("_totals"),
                           QStringLiteral("_population"),
                           QStringLiteral("_report")};
    qsizetype at = 0;
    for (const QString& key : keys) {
        INFO(key.toStdString());
        const qsizetype next = bytes.indexOf("\n  \"" + key.toUtf8() + "\":", at);
        CHECK(next > at);
        at = next;
    }
    const QJsonObject o = json(*data);
    const QMap<QString, QStringList> codes = {
        {QStringLiteral("sex"), sexes()},
        {QStringLiteral("age"), ageGroups()},
        {QStringLiteral("group"), citizenshipGroups()},
        {QStringLiteral("form"), forms()},
        {QStringLiteral("form_group"), formGroups()},
        {QStringLiteral("scope"), {QStringLiteral("internal"), QStringLiteral("international")}},
    };
    for (const QString& table : tableKeys()) {
        INFO(table.toStdString());
        const QJsonArray rows = o.value(table).toArray();
        REQUIRE_FALSE(rows.isEmpty());
        qint64 sum = 0;
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key() == QLatin1String("victims")) {
                    CHECK(it.value().isDouble());
                    continue;
                }
                if (it.key() == QLatin1String("per_100k"))
                    continue;
                if (it.key() == QLatin1String("citizenship")) {
                    const QString c = it.value().toString();
                    CHECK((c == QLatin1String("unknown") || (c.size() == 2 && c == c.toUpper())));
                    continue;
                }
                REQUIRE(codes.contains(it.key()));
                CHECK(codes.value(it.key()).contains(it.value().toString()));
            }
            if (table != QLatin1String("sdg_16_2_2"))
                sum += row.value(QStringLiteral("victims")).toInteger();
        }
        const QJsonObject total = o.value(QStringLiteral("_totals")).toObject().value(table).toObject();
        if (table != QLatin1String("victims_by_form_all") && table != QLatin1String("sdg_16_2_2"))
            CHECK(sum == total.value(QStringLiteral("victims")).toInteger());
    }
    CHECK(o.value(QStringLiteral("_totals"))
              .toObject()
              .value(QStringLiteral("assisted_by_sex_age"))
              .toObject()
              .value(QStringLiteral("bilant_figure"))
          == QStringLiteral("victims_assistance_monitored"));
    // Romania, then each other country with a victim, then unknown.
    const QJsonArray citizenship = o.value(QStringLiteral("victims_by_citizenship")).toArray();
    CHECK(citizenship.first().toObject().value(QStringLiteral("citizenship")) == QStringLiteral("RO"));
    CHECK(citizenship.last().toObject().value(QStringLiteral("citizenship")) == QStringLiteral("unknown"));
    for (int i = 1; i + 1 < citizenship.size(); ++i)
        CHECK(citizenship[i].toObject().value(QStringLiteral("victims")).toInteger() >= 1);
}

TEST_CASE("International: SDG 16.2.2 without and with the year's population", "[report][international]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    auto data = loadInternationalData(s.store(), 2020, {});
    REQUIRE(data);
    REQUIRE_FALSE(data->population);
    QJsonObject o = json(*data);
    CHECK(o.value(QStringLiteral("_population")).isNull());
    for (const QJsonValue& v : o.value(QStringLiteral("sdg_16_2_2")).toArray())
        CHECK(v.toObject().value(QStringLiteral("per_100k")).isNull());
    const ReportDocument missing = InternationalDocument(ReportOptions()).build(*data);
    CHECK(missing.allTables()
              .last()
              ->notes.join(QLatin1Char(' '))
              .contains(QString::fromUtf8("Populația anului 2020 nu a fost introdusă")));

    PopulationEntry p;
    p.year = 2020;
    p.total = 19'186'201;
    p.female = 9'850'000;
    p.male = 9'336'201;
    p.source = QStringLiteral("INS, TEMPO POP105A, 1 ianuarie 2020");
    REQUIRE(PopulationRepository(s.store()).set(p));
    data = loadInternationalData(s.store(), 2020, {});
    REQUIRE(data);
    REQUIRE(data->population);
    o = json(*data);
    CHECK(o.value(QStringLiteral("_population")).toObject().value(QStringLiteral("total")).toInteger() == p.total);
    const qint64 women = count(*data, Cell::of(Population::Identified, {{QStringLiteral("sex"), QStringLiteral("F")}}));
    bool sawTotal = false;
    bool sawWomen = false;
    for (const QJsonValue& v : o.value(QStringLiteral("sdg_16_2_2")).toArray()) {
        const QJsonObject row = v.toObject();
        const QJsonValue rate = row.value(QStringLiteral("per_100k"));
        if (row.size() == 2) { // the total: only victims and per_100k
            sawTotal = true;
            CHECK(rate.toDouble() == Approx(std::round(data->identified.size() * 1e5 / p.total * 1000) / 1000));
        } else if (row.value(QStringLiteral("sex")) == QStringLiteral("F")) {
            sawWomen = true;
            CHECK(rate.toDouble() == Approx(std::round(women * 1e5 / *p.female * 1000) / 1000));
        } else if (row.value(QStringLiteral("sex")) == QStringLiteral("U")
                   || row.value(QStringLiteral("age")).toString() != QString()) {
            CHECK(rate.isNull()); // no population of unknown sex; the ages were not entered
        }
    }
    CHECK(sawTotal);
    CHECK(sawWomen);
    // Nationally only: a centre has no rates.
    auto centre = loadInternationalData(s.store(), 2020, QStringLiteral("CR-B"));
    REQUIRE(centre);
    for (const QJsonValue& v : json(*centre).value(QStringLiteral("sdg_16_2_2")).toArray())
        CHECK(v.toObject().value(QStringLiteral("per_100k")).isNull());
}

TEST_CASE("International: the public edition hides small cells and discloses none", "[report][international]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("bilant")));
    auto data = loadInternationalData(s.store(), 2020, {});
    REQUIRE(data);
    ReportOptions options;
    options.edition = Edition::Public;
    const InternationalDocument builder(options);
    const SuppressionPlan plan = builder.planFor(*data);
    REQUIRE(plan.isActive());
    CHECK(plan.system().disclosedCells(plan.threshold()).empty());
    // Every displayed cell from 1 to 4 is hidden; every total stays.
    int small = 0;
    for (const Cell& c : displayedCells(*data)) {
        const qint64 n = count(*data, c);
        if (c.isTotal() || n == 0)
            continue;
        if (n <= 4) {
            INFO(c.key().toStdString());
            CHECK(plan.isHidden(c.table(), c.code()));
            ++small;
        }
    }
    CHECK(small > 0);
    const QJsonObject o = json(*data, Edition::Public);
    for (const QString& table : tableKeys()) {
        for (const QJsonValue& v : o.value(table).toArray()) {
            const QJsonObject row = v.toObject();
            const QJsonValue victims = row.value(QStringLiteral("victims"));
            if (victims.isDouble()) {
                CHECK((victims.toInteger() == 0 || victims.toInteger() > 4 || row.size() == 2));
            }
            if (victims.isNull() && row.contains(QStringLiteral("per_100k")))
                CHECK(row.value(QStringLiteral("per_100k")).isNull());
        }
    }
    const ReportDocument doc = builder.build(*data, plan);
    CHECK(doc.edition == QLatin1String("public"));
    for (const ReportTable* t : doc.allTables()) {
        const ReportCell& total = t->rows.last().last();
        if (t->id != QLatin1String("international.sdg_16_2_2"))
            CHECK(total.kind == ReportCell::Kind::Count);
    }
}

TEST_CASE("International: the population of a year, entered by an administrator", "[report][international]")
{
    test::ImportedStore s(test::dataPath(QStringLiteral("small")));
    PopulationRepository repo(s.store());
    PopulationEntry p;
    p.year = 2020;
    p.total = 1000;
    p.female = 600;
    p.male = 300; // does not add up
    p.source = QStringLiteral("test");
    const Status bad = repo.set(p);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("female, male")));
    p.male = 400;
    p.source = QStringLiteral("  ");
    CHECK_FALSE(repo.set(p));
    p.source = QStringLiteral("INS");
    REQUIRE(repo.set(p));
    p.total = 2000;
    p.female.reset();
    p.male.reset();
    REQUIRE(repo.set(p)); // a correction replaces the year
    auto list = repo.list();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().total == 2000);
    CHECK_FALSE(list->first().female);
    CHECK(list->first().enteredBy == QLatin1String("admin"));
    auto trail = s->audit().list({});
    REQUIRE(trail);
    int entries = 0;
    for (const AuditEntry& e : *trail)
        entries += e.action == AuditAction::PopulationSet ? 1 : 0;
    CHECK(entries == 2);
    REQUIRE(repo.remove(2020));
    CHECK_FALSE(*repo.find(2020));
    CHECK_FALSE(repo.remove(2020));
}

TEST_CASE("International: the national sample, nationally and per centre", "[report][international][samples]")
{
    const QString folder = test::samplesPath(QStringLiteral("national-2018"));
    if (folder.isEmpty()) {
        WARN("shared/samples not found: set REPER_SAMPLES to run this test against the public samples");
        return;
    }
    test::ImportedStore s(folder);
    const QJsonObject want = test::readJsonObject(folder + QStringLiteral("/expected.json"));
    auto data = loadInternationalData(s.store(), 2018, {});
    REQUIRE(data);
    // The totals are the expected figures of the sample, as the independent implementation counts them.
    CHECK(data->identified.size() == want.value(QStringLiteral("victims_identified")).toInteger());
    CHECK(data->assisted.size() == want.value(QStringLiteral("victims_assistance_monitored")).toInteger());
    CHECK(data->repatriated.size() == want.value(QStringLiteral("victims_repatriated")).toInteger());
    CHECK(data->judicial.size() == want.value(QStringLiteral("victims_judicial_participation")).toInteger());
    CHECK(checkInternational(s.store(), 2018, {}) == 9);
    for (const QString& centre : {QStringLiteral("CR-BV"), QStringLiteral("CR-B"), QStringLiteral("CR-IS")})
        CHECK(checkInternational(s.store(), 2018, centre) == 9);
}
