#include "JsonRenderer.h"

#include "report/BilantFields.h"
#include "report/DocumentBuilder.h"
#include "report/FiguresCodec.h"
#include "report/JsonText.h"
#include "report/SuppressionPlan.h"

#include <QList>
#include <utility>

namespace reper {

namespace {

// Written by hand rather than with QJsonObject, which sorts its keys: the spec fixes their order.
using JsonText::boolean;
using JsonText::Members;
using JsonText::object;
using JsonText::quoted;

Members fieldMembers(const BilantFigures& f, const std::vector<BilantFields::Field>& fields)
{
    Members members;
    for (const BilantFields::Field& field : fields)
        members.append({quoted(QString::fromLatin1(field.key)), QByteArray::number(f.*field.value)});
    return members;
}

// A count, or null when the plan hides it.
QByteArray countOrNull(const SuppressionPlan& plan, const QString& table, const QString& code, qint64 n)
{
    return plan.isHidden(table, code) ? QByteArray("null") : QByteArray::number(n);
}

QByteArray render(const BilantFigures& figures, const SuppressionPlan& plan, const Members& extra)
{
    Members top;
    top.append({quoted(QStringLiteral("year")), QByteArray::number(figures.year)});
    top.append({quoted(QStringLiteral("scope")), quoted(figures.scope.text())});
    top += fieldMembers(figures, BilantFields::figures());

    Members breakdowns;
    for (const QString& name : BilantFields::breakdownNames(figures)) {
        const QMap<QString, qint64>& counts = figures.breakdowns[name];
        Members codes;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            codes.append({quoted(it.key()), countOrNull(plan, name, it.key(), it.value())});
        breakdowns.append({quoted(name), object(codes, 2)});
    }
    top.append({quoted(QStringLiteral("breakdowns")), object(breakdowns, 1)});
    Members info;
    for (const BilantFields::Field& field : BilantFields::info())
        info.append({quoted(QString::fromLatin1(field.key)),
                     countOrNull(plan, QStringLiteral("info"), QLatin1String(field.key), figures.*field.value)});
    top.append({quoted(QStringLiteral("_info")), object(info, 1)});
    top += extra;
    return object(top, 0) + '\n';
}

} // namespace

QByteArray renderJson(const BilantFigures& figures) { return render(figures, SuppressionPlan(), {}); }

QByteArray renderJson(const BilantReportData& data, const ReportOptions& options)
{
    const bool revised = options.edition == Edition::Revised && data.currentFigures;
    BilantReportData shown = data;
    if (revised) {
        shown.figures = *data.currentFigures;
        shown.centres = data.currentCentres;
    }
    const SuppressionPlan plan = DocumentBuilder(options).planFor(shown);

    Members report;
    report.append({quoted(QStringLiteral("edition")), quoted(editionName(options.edition))});
    if (plan.isActive())
        report.append({quoted(QStringLiteral("threshold")), QByteArray::number(plan.threshold())});
    if (options.generatedAt.isValid())
        report.append(
            {quoted(QStringLiteral("generated_at")), quoted(options.generatedAt.toUTC().toString(Qt::ISODate))});
    report.append({quoted(QStringLiteral("program_version")), quoted(options.programVersion)});
    report.append({quoted(QStringLiteral("figures_sha256")), quoted(FiguresCodec::contentHash(shown))});
    if (!options.auditHead.isEmpty())
        report.append({quoted(QStringLiteral("audit_head")), quoted(options.auditHead)});
    QByteArray months = "[";
    for (int m = 0; m < 12; ++m) {
        const QString code = QStringLiteral("%1").arg(m + 1, 2, 10, QLatin1Char('0'));
        months += (m ? ", " : "")
            + countOrNull(plan, QStringLiteral("month"), code, shown.figures.identifiedByMonth[size_t(m)]);
    }
    report.append({quoted(QStringLiteral("identified_by_month")), months + ']'});
    Members extra{{quoted(QStringLiteral("_report")), object(report, 1)}};

    if (data.closure) {
        const BilantClosure& c = *data.closure;
        Members closure;
        closure.append({quoted(QStringLiteral("closed_at")), quoted(c.closedAt)});
        closure.append({quoted(QStringLiteral("closed_by")), quoted(c.closedBy)});
        closure.append({quoted(QStringLiteral("rules_version")), quoted(c.rulesVersion)});
        closure.append({quoted(QStringLiteral("content_hash")), quoted(c.contentHash)});
        closure.append({quoted(QStringLiteral("forced")), boolean(c.forced)});
        closure.append({quoted(QStringLiteral("figures")),
                        quoted(revised           ? QStringLiteral("current")
                                   : data.frozen ? QStringLiteral("frozen")
                                                 : QStringLiteral("current"))});
        closure.append({quoted(QStringLiteral("changed_records")),
                        QByteArray::number(qsizetype(data.changedSinceClosure.size()))});
        extra.append({quoted(QStringLiteral("_closure")), object(closure, 1)});
    }
    if (revised) {
        Members changes;
        for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()}) {
            for (const BilantFields::Field& field : *fields) {
                const qint64 a = data.figures.*field.value;
                const qint64 b = (*data.currentFigures).*field.value;
                if (a != b)
                    changes.append(
                        {quoted(QString::fromLatin1(field.key)),
                         "{ \"frozen\": " + QByteArray::number(a) + ", \"current\": " + QByteArray::number(b) + " }"});
            }
        }
        extra.append({quoted(QStringLiteral("_revisions")), object(changes, 1)});
    }
    return render(shown.figures, plan, extra);
}

} // namespace reper
