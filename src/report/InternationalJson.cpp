#include "InternationalJson.h"

#include "report/InternationalTables.h"
#include "report/JsonText.h"

#include <QList>
#include <utility>

namespace reper {

using namespace International;

namespace {

using JsonText::array;
using JsonText::Members;
using JsonText::object;
using JsonText::quoted;

QByteArray rate(double value) { return QByteArray::number(value, 'f', 3); }

// The dimensions of a cell as the contract names them, each child followed by its parent group.
Members dimensionMembers(const Cell& cell)
{
    Members out;
    static const QStringList order
        = {QStringLiteral("scope"),    QStringLiteral("citizenship"), QStringLiteral("group"), QStringLiteral("form"),
           QStringLiteral("form_all"), QStringLiteral("form_group"),  QStringLiteral("sex"),   QStringLiteral("age")};
    for (const QString& d : order) {
        if (!cell.codes.contains(d))
            continue;
        const QString value = cell.codes.value(d);
        const QString name = d == QLatin1String("form_all") ? QStringLiteral("form") : d;
        out.append({quoted(name), quoted(value)});
        const QString parent = d == QLatin1String("form_all") ? QStringLiteral("form_group") : parentDimension(d);
        if (!parent.isEmpty() && !cell.codes.contains(parent))
            out.append({quoted(parent),
                        quoted(parentValue(d == QLatin1String("form_all") ? QStringLiteral("form") : d, value))});
    }
    return out;
}

QByteArray countOrNull(const InternationalData& data, const SuppressionPlan& plan, const Cell& cell)
{
    if (!cell.isTotal() && plan.isHidden(cell.table(), cell.code()))
        return "null";
    return QByteArray::number(count(data, cell));
}

QByteArray render(const InternationalData& data, const SuppressionPlan& plan, const Members& extra)
{
    Members top;
    top.append({quoted(QStringLiteral("year")), QByteArray::number(data.year)});
    top.append({quoted(QStringLiteral("scope")), quoted(data.scope.text())});
    Members totals;
    for (const TableLayout& t : countTables(data)) {
        QList<Members> items;
        for (const Cell& cell : t.jsonCells) {
            Members item = dimensionMembers(cell);
            item.append({quoted(QStringLiteral("victims")), countOrNull(data, plan, cell)});
            items << item;
        }
        top.append({quoted(t.key), array(items, 1)});
        totals.append({quoted(t.key),
                       "{ \"victims\": " + QByteArray::number(qsizetype(factsOf(data, t.population).size()))
                           + ", \"bilant_figure\": " + quoted(bilantKey(t.population)) + " }"});
    }
    QList<Members> sdg;
    for (const RateRow& r : sdgRows(data)) {
        Members item = dimensionMembers(r.cell);
        const QByteArray victims = countOrNull(data, plan, r.cell);
        item.append({quoted(QStringLiteral("victims")), victims});
        const bool national = data.scope.isNational();
        item.append({quoted(QStringLiteral("per_100k")),
                     victims != "null" && national && r.population ? rate(per100k(count(data, r.cell), *r.population))
                                                                   : QByteArray("null")});
        sdg << item;
    }
    top.append({quoted(QStringLiteral("sdg_16_2_2")), array(sdg, 1)});
    totals.append({quoted(QStringLiteral("sdg_16_2_2")),
                   "{ \"victims\": " + QByteArray::number(qsizetype(data.identified.size()))
                       + ", \"bilant_figure\": \"victims_identified\" }"});
    top.append({quoted(QStringLiteral("_totals")), object(totals, 1)});
    if (data.population) {
        const PopulationEntry& p = *data.population;
        Members pop;
        pop.append({quoted(QStringLiteral("year")), QByteArray::number(p.year)});
        pop.append({quoted(QStringLiteral("total")), QByteArray::number(p.total)});
        const auto part = [&](const char* name, const std::optional<qint64>& v) {
            pop.append({quoted(QLatin1String(name)), v ? QByteArray::number(*v) : QByteArray("null")});
        };
        part("female", p.female);
        part("male", p.male);
        part("children", p.children);
        part("adults", p.adults);
        pop.append({quoted(QStringLiteral("source")), quoted(p.source)});
        top.append({quoted(QStringLiteral("_population")), object(pop, 1)});
    } else {
        top.append({quoted(QStringLiteral("_population")), "null"});
    }
    top += extra;
    return object(top, 0) + '\n';
}

} // namespace

QByteArray internationalCanonicalJson(const InternationalData& data) { return render(data, SuppressionPlan(), {}); }

QByteArray renderInternationalJson(const InternationalData& data, const ReportOptions& options,
                                   const SuppressionPlan& plan)
{
    Members report;
    report.append({quoted(QStringLiteral("edition")), quoted(editionName(options.edition))});
    if (plan.isActive())
        report.append({quoted(QStringLiteral("threshold")), QByteArray::number(plan.threshold())});
    if (options.generatedAt.isValid())
        report.append(
            {quoted(QStringLiteral("generated_at")), quoted(options.generatedAt.toUTC().toString(Qt::ISODate))});
    report.append({quoted(QStringLiteral("program_version")), quoted(options.programVersion)});
    if (!options.auditHead.isEmpty())
        report.append({quoted(QStringLiteral("audit_head")), quoted(options.auditHead)});
    return render(data, plan, {{quoted(QStringLiteral("_report")), object(report, 1)}});
}

} // namespace reper
