// The public edition's suppression: every small cell hidden, and no hidden cell can be worked out
// from the totals and the other cells — checked on the cases where a naive rule leaks, and by
// brute force on many small tables.
#include "report/DocumentBuilder.h"
#include "report/SuppressionPlan.h"
#include "report/TextRenderer.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <set>

using namespace reper;
using Mark = SuppressionPlan::Mark;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

// Figures whose victims identified are the sum of one breakdown.
BilantReportData withBreakdown(const QString& name, const QMap<QString, qint64>& counts)
{
    BilantReportData d;
    d.figures.year = 2020;
    d.figures.scope = Scope::national();
    d.figures.breakdowns[name] = counts;
    for (qint64 n : counts)
        d.figures.victimsIdentified += n;
    return d;
}

// Independent of the planner's linear programmes: what a reader of a one-way table can deduce, by
// trying every value of the hidden cells. The reader sees the shown cells, the exact total, "<5"
// (1..t) and "x" (hidden to protect others, so above t). Returns, for each hidden cell, how many
// values it can take.
std::map<QString, std::set<qint64>> possibleValues(const QMap<QString, qint64>& counts, const SuppressionPlan& plan,
                                                   const QString& table)
{
    const int t = plan.threshold();
    qint64 total = 0;
    qint64 shown = 0;
    QStringList hidden;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        total += it.value();
        if (plan.isHidden(table, it.key()))
            hidden << it.key();
        else
            shown += it.value();
    }
    std::map<QString, std::set<qint64>> values;
    std::vector<qint64> pick(size_t(hidden.size()), 0);
    const std::function<void(int, qint64)> walk = [&](int i, qint64 left) {
        if (i == hidden.size()) {
            if (left == 0) {
                for (int k = 0; k < hidden.size(); ++k)
                    values[hidden[k]].insert(pick[size_t(k)]);
            }
            return;
        }
        const bool small = plan.mark(table, hidden[i]) == Mark::Small;
        const qint64 lo = small ? 1 : t + 1;
        const qint64 hi = small ? t : left;
        for (qint64 v = lo; v <= hi && v <= left; ++v) {
            pick[size_t(i)] = v;
            walk(i + 1, left - v);
        }
    };
    walk(0, total - shown);
    return values;
}

void requireNoDisclosure(const QMap<QString, qint64>& counts, const SuppressionPlan& plan, const QString& table)
{
    if (plan.isWithheld(table))
        return;
    const auto values = possibleValues(counts, plan, table);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        INFO(table.toStdString() << "/" << it.key().toStdString() << " = " << it.value());
        if (it.value() >= 1 && it.value() <= plan.threshold())
            CHECK(plan.isHidden(table, it.key()));
        if (plan.isHidden(table, it.key())) {
            REQUIRE(values.count(it.key()) == 1);
            CHECK(values.at(it.key()).count(it.value()) == 1); // the truth is among the possibilities
            CHECK(values.at(it.key()).size() >= 2); // and it is not the only one
        }
    }
}

} // namespace

TEST_CASE("Suppression: one small cell is not enough, its complement is hidden too", "[report][suppression]")
{
    // A naive rule hides F only: 43 - 40 gives it back.
    const QMap<QString, qint64> sex{{QStringLiteral("F"), 3}, {QStringLiteral("M"), 40}};
    const auto plan = SuppressionPlan::make(withBreakdown(QStringLiteral("sex"), sex), 4);
    CHECK(plan.mark(QStringLiteral("sex"), QStringLiteral("F")) == Mark::Small);
    CHECK(plan.mark(QStringLiteral("sex"), QStringLiteral("M")) == Mark::Complementary);
    CHECK(plan.markText(Mark::Small) == QStringLiteral("<5"));
    requireNoDisclosure(sex, plan, QStringLiteral("sex"));
    CHECK(plan.system().disclosedCells(4).empty());
}

TEST_CASE("Suppression: two small cells whose sum pins them both get a third", "[report][suppression]")
{
    // Both "<5" and adding up to 2: each must be 1.
    const QMap<QString, qint64> forms{
        {QStringLiteral("begging"), 1}, {QStringLiteral("labour"), 1}, {QStringLiteral("sexual"), 50}};
    const auto plan = SuppressionPlan::make(withBreakdown(QStringLiteral("primary_exploitation"), forms), 4);
    CHECK(plan.mark(QStringLiteral("primary_exploitation"), QStringLiteral("begging")) == Mark::Small);
    CHECK(plan.mark(QStringLiteral("primary_exploitation"), QStringLiteral("labour")) == Mark::Small);
    CHECK(plan.mark(QStringLiteral("primary_exploitation"), QStringLiteral("sexual")) == Mark::Complementary);
    requireNoDisclosure(forms, plan, QStringLiteral("primary_exploitation"));
}

TEST_CASE("Suppression: a complement just above the threshold can still pin the pair", "[report][suppression]")
{
    // Hiding 1 with the smallest other cell, 5: the pair adds up to 6, "<5" is at least 1 and "x" at
    // least 5, so they are 1 and 5. The naive choice leaks; the planner takes 30 instead.
    CellSystem naive;
    const int de = naive.addCell(QStringLiteral("c"), QStringLiteral("DE"), 1);
    const int it = naive.addCell(QStringLiteral("c"), QStringLiteral("IT"), 5);
    const int ro = naive.addCell(QStringLiteral("c"), QStringLiteral("RO"), 30);
    naive.addSum({de, it, ro}, 36);
    naive.cells()[size_t(de)].mark = Mark::Small;
    naive.cells()[size_t(it)].mark = Mark::Complementary;
    CHECK(naive.disclosedCells(4) == std::vector<int>{de, it});
    CHECK(naive.range(de, 4) == std::pair<qint64, qint64>(1, 1));

    const QMap<QString, qint64> counts{
        {QStringLiteral("RO"), 30}, {QStringLiteral("IT"), 5}, {QStringLiteral("DE"), 1}};
    const auto plan = SuppressionPlan::make(withBreakdown(QStringLiteral("exploitation_country"), counts), 4);
    CHECK(plan.mark(QStringLiteral("exploitation_country"), QStringLiteral("DE")) == Mark::Small);
    CHECK(plan.mark(QStringLiteral("exploitation_country"), QStringLiteral("RO")) == Mark::Complementary);
    CHECK_FALSE(plan.isHidden(QStringLiteral("exploitation_country"), QStringLiteral("IT")));
    requireNoDisclosure(counts, plan, QStringLiteral("exploitation_country"));
}

TEST_CASE("Suppression: the age groups cannot be worked out from the minors and adults", "[report][suppression]")
{
    BilantReportData d = withBreakdown(QStringLiteral("age_group"),
                                       {{QStringLiteral("0-13"), 3},
                                        {QStringLiteral("14-17"), 50},
                                        {QStringLiteral("18-25"), 40},
                                        {QStringLiteral("26-35"), 30},
                                        {QStringLiteral("36+"), 20}});
    d.figures.breakdowns[QStringLiteral("minor_adult")]
        = {{QStringLiteral("minor"), 53}, {QStringLiteral("adult"), 90}};
    const auto plan = SuppressionPlan::make(d, 4);
    const QString age = QStringLiteral("age_group");
    CHECK(plan.mark(age, QStringLiteral("0-13")) == Mark::Small);
    // Hiding 36+ (the smallest of its own table) would leave 0-13 = minors - 14-17 = 53 - 50.
    CHECK((plan.isHidden(age, QStringLiteral("14-17"))
           || plan.isHidden(QStringLiteral("minor_adult"), QStringLiteral("minor"))));
    CHECK(plan.system().disclosedCells(4).empty());
    const int cell = plan.system().find(age, QStringLiteral("0-13"));
    REQUIRE(cell >= 0);
    const auto [lo, hi] = plan.system().range(cell, 4);
    CHECK(lo < hi);
    // By hand: with 14-17 and 0-13 hidden and the minors shown, 0-13 + 14-17 = 53, 0-13 in 1..4.
    CHECK(lo == 1);
    CHECK(hi == 4);
}

TEST_CASE("Suppression: a table its total gives away is withheld, its total kept", "[report][suppression]")
{
    // One victim of each sex: "<5" and "<5" adding up to 2 can only be 1 and 1.
    const BilantReportData d
        = withBreakdown(QStringLiteral("sex"), {{QStringLiteral("F"), 1}, {QStringLiteral("M"), 1}});
    ReportOptions options;
    options.edition = Edition::Public;
    const auto plan = DocumentBuilder(options).planFor(d);
    CHECK(plan.isWithheld(QStringLiteral("sex")));
    const ReportDocument doc = DocumentBuilder(options).build(d);
    const ReportTable* sex = nullptr;
    for (const ReportTable* t : doc.allTables())
        sex = t->id == QLatin1String("breakdown.sex") ? t : sex;
    REQUIRE(sex);
    REQUIRE(sex->rows.size() == 1);
    CHECK(sex->rows[0][0].text == QStringLiteral("Total"));
    CHECK(sex->rows[0][1].text == QStringLiteral("2"));
    CHECK(sex->notes.join(QString()).contains(s("nu este publicată")));
}

TEST_CASE("Suppression: months, centres and attempts are protected too", "[report][suppression]")
{
    BilantReportData d;
    d.figures.year = 2020;
    d.figures.scope = Scope::national();
    d.figures.identifiedByMonth = {2, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12};
    d.figures.victimsIdentified = 44;
    d.figures.attempts = 3;
    for (const auto& [code, n] :
         std::vector<std::pair<const char*, qint64>>{{"CR-B", 20}, {"CR-BV", 2}, {"CR-IS", 22}}) {
        BilantFigures c;
        c.year = 2020;
        c.scope = Scope::ofCenter(QLatin1String(code));
        c.victimsIdentified = n;
        d.centres << c;
    }
    const auto plan = SuppressionPlan::make(d, 4);
    CHECK(plan.mark(QStringLiteral("month"), QStringLiteral("01")) == Mark::Small);
    CHECK(plan.mark(QStringLiteral("month"), QStringLiteral("12")) == Mark::Complementary); // 12 < 30
    CHECK_FALSE(plan.isHidden(QStringLiteral("month"), QStringLiteral("02")));
    CHECK(plan.mark(QStringLiteral("centres.victims_identified"), QStringLiteral("CR-BV")) == Mark::Small);
    CHECK(plan.mark(QStringLiteral("centres.victims_identified"), QStringLiteral("CR-B")) == Mark::Complementary);
    CHECK(plan.mark(QStringLiteral("info"), QStringLiteral("attempts")) == Mark::Small);
    CHECK(plan.system().disclosedCells(4).empty());
}

TEST_CASE("Suppression: the threshold is configurable", "[report][suppression]")
{
    const QMap<QString, qint64> sex{{QStringLiteral("F"), 7}, {QStringLiteral("M"), 40}, {QStringLiteral("U"), 12}};
    const auto four = SuppressionPlan::make(withBreakdown(QStringLiteral("sex"), sex), 4);
    CHECK(four.hiddenCount() == 0);
    const auto nine = SuppressionPlan::make(withBreakdown(QStringLiteral("sex"), sex), 9);
    CHECK(nine.mark(QStringLiteral("sex"), QStringLiteral("F")) == Mark::Small);
    CHECK(nine.mark(QStringLiteral("sex"), QStringLiteral("U")) == Mark::Complementary);
    CHECK(nine.smallMark() == QStringLiteral("<10"));
    requireNoDisclosure(sex, nine, QStringLiteral("sex"));
}

TEST_CASE("Suppression: no hidden cell of many small tables can be worked out (brute force)", "[report][suppression]")
{
    QRandomGenerator random(20260115);
    int tables = 0;
    int hidden = 0;
    for (int round = 0; round < 400; ++round) {
        QMap<QString, qint64> counts;
        const int cells = 2 + int(random.bounded(4));
        for (int i = 0; i < cells; ++i) {
            // Mostly small values, some just above the threshold, a few large.
            const int kind = int(random.bounded(10));
            const qint64 v = kind < 5 ? 1 + random.bounded(4)
                : kind < 8            ? 5 + random.bounded(4)
                                      : 10 + random.bounded(20);
            counts.insert(QStringLiteral("c%1").arg(i), v);
        }
        const QString table = QStringLiteral("county");
        const auto plan = SuppressionPlan::make(withBreakdown(table, counts), 4);
        INFO("round " << round);
        requireNoDisclosure(counts, plan, table);
        ++tables;
        hidden += plan.hiddenCount();
    }
    CHECK(tables == 400);
    CHECK(hidden > 400); // the cases were not trivial
}

TEST_CASE("Suppression: the internal edition hides nothing — totals and headline figures stay exact",
          "[report][suppression]")
{
    BilantReportData d = withBreakdown(QStringLiteral("sex"), {{QStringLiteral("F"), 3}, {QStringLiteral("M"), 40}});
    d.figures.victimsRepatriated = 2;
    ReportOptions internal;
    CHECK_FALSE(DocumentBuilder(internal).planFor(d).isActive());
    const QString exact = renderText(DocumentBuilder(internal).build(d));
    CHECK(exact.contains(QRegularExpression(QStringLiteral("feminin +3 "))));

    ReportOptions pub;
    pub.edition = Edition::Public;
    const QString text = renderText(DocumentBuilder(pub).build(d));
    CHECK(text.contains(QRegularExpression(QStringLiteral("feminin +<5 +x\\n"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("masculin +x +x\\n"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Total +43 +100,0%"))));
    CHECK(text.contains(QRegularExpression(s("Victime repatriate, cetățeni români \\* +2\\n"))));
    CHECK(text.contains(s("Ediție publică")));
    CHECK_FALSE(text.contains(s("CONFIDENȚIAL")));
}

TEST_CASE("Suppression: age groups with minors and adults, by brute force", "[report][suppression]")
{
    const QStringList ages{QStringLiteral("0-13"),  QStringLiteral("14-17"), QStringLiteral("18-25"),
                           QStringLiteral("26-35"), QStringLiteral("36+"),   QStringLiteral("unknown")};
    const QString age = QStringLiteral("age_group");
    const QString ma = QStringLiteral("minor_adult");
    QRandomGenerator random(42);
    int checked = 0;
    for (int round = 0; round < 60; ++round) {
        std::array<qint64, 6> a{};
        for (qint64& v : a)
            v = random.bounded(10) < 2 ? 0 : qint64(random.bounded(9));
        BilantReportData d;
        d.figures.year = 2020;
        d.figures.scope = Scope::national();
        for (int i = 0; i < 6; ++i)
            if (a[size_t(i)] > 0)
                d.figures.breakdowns[age][ages[i]] = a[size_t(i)];
        const std::array<qint64, 3> m{a[0] + a[1], a[2] + a[3] + a[4], a[5]};
        const QStringList maCodes{QStringLiteral("minor"), QStringLiteral("adult"), QStringLiteral("unknown")};
        for (int i = 0; i < 3; ++i)
            if (m[size_t(i)] > 0)
                d.figures.breakdowns[ma][maCodes[i]] = m[size_t(i)];
        const qint64 total = m[0] + m[1] + m[2];
        if (total == 0)
            continue;
        const auto plan = SuppressionPlan::make(d, 4);
        if (plan.isWithheld(age) || plan.isWithheld(ma))
            continue;
        // What the reader can know of a cell: its value when shown, 0 when absent, else its bounds.
        const auto fits = [&](const QString& table, const QString& code, qint64 truth, qint64 v) {
            if (truth == 0)
                return v == 0;
            switch (plan.mark(table, code)) {
            case Mark::Shown: return v == truth;
            case Mark::Small: return v >= 1 && v <= 4;
            default: return v >= 5;
            }
        };
        std::map<QString, std::set<qint64>> seen;
        std::array<qint64, 6> x{};
        const std::function<void(int, qint64)> walk = [&](int i, qint64 left) {
            if (i == 5) {
                x[5] = left;
                if (!fits(age, ages[5], a[5], x[5]))
                    return;
                const std::array<qint64, 3> y{x[0] + x[1], x[2] + x[3] + x[4], x[5]};
                for (int k = 0; k < 3; ++k)
                    if (!fits(ma, maCodes[k], m[size_t(k)], y[size_t(k)]))
                        return;
                for (int k = 0; k < 6; ++k)
                    seen[age + ages[k]].insert(x[size_t(k)]);
                for (int k = 0; k < 3; ++k)
                    seen[ma + maCodes[k]].insert(y[size_t(k)]);
                return;
            }
            for (qint64 v = 0; v <= left; ++v) {
                if (!fits(age, ages[i], a[size_t(i)], v))
                    continue;
                x[size_t(i)] = v;
                walk(i + 1, left - v);
            }
        };
        walk(0, total);
        INFO("round " << round);
        for (int k = 0; k < 6; ++k) {
            INFO(ages[k].toStdString() << " = " << a[size_t(k)]);
            if (a[size_t(k)] > 0 && plan.isHidden(age, ages[k]))
                CHECK(seen[age + ages[k]].size() >= 2);
            if (a[size_t(k)] >= 1 && a[size_t(k)] <= 4)
                CHECK(plan.isHidden(age, ages[k]));
        }
        for (int k = 0; k < 3; ++k) {
            INFO(maCodes[k].toStdString() << " = " << m[size_t(k)]);
            if (m[size_t(k)] > 0 && plan.isHidden(ma, maCodes[k]))
                CHECK(seen[ma + maCodes[k]].size() >= 2);
        }
        ++checked;
    }
    CHECK(checked >= 30);
}
